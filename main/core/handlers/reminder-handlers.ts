// "Remind me in 1 hour", "Skip today", "Pause reminders until…", and the reminder's status.

import type { Handlers } from '../ipc/dispatch.ts';
import type { ReminderService } from '../reminders/reminder-service.ts';
import { todayOf } from '../clock.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';

type ReminderHandlers = Pick<
  Handlers,
  'reminders:status' | 'reminders:snooze' | 'reminders:skip-today' | 'reminders:pause'
>;

export function reminderHandlers(ctx: CoreContext, reminders: ReminderService): ReminderHandlers {
  return {
    'reminders:status': () => reminders.status(),
    'reminders:snooze': (input) => {
      reminders.snooze(input && 'minutes' in input ? input.minutes : undefined);
      return reminders.status();
    },
    'reminders:skip-today': () => {
      reminders.skipToday();
      return reminders.status();
    },
    'reminders:pause': ({ until }) => {
      if (until !== null && until < todayOf(ctx.clock)) {
        throw new AppError('bad-request', 'Pick today or a later day to pause until.');
      }
      reminders.pauseUntil(until);
      return reminders.status();
    },
  };
}
