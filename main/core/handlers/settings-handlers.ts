// Settings and first-run onboarding.

import type { Handlers } from '../ipc/dispatch.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';

type SettingsHandlers = Pick<
  Handlers,
  'app:info' | 'settings:get' | 'settings:save' | 'onboarding:complete'
>;

export function settingsHandlers(ctx: CoreContext): SettingsHandlers {
  const { db, clock, settings } = ctx;
  const changed = () => ctx.emit('changed', { topics: ['settings'] });

  /** Each partner sets when their own day ends, on a computer they check in on. */
  function setDayEnds(mine: number | undefined, theirs: number | undefined, now: number): void {
    const [me, partner] = [settings.me(), settings.partners().find((p) => p.role === 'partner')];
    if (theirs !== undefined && partner && !partner.onThisComputer) {
      throw new AppError(
        'bad-request',
        `${partner.name || 'Your partner'} sets when their day ends on their own computer.`,
      );
    }
    if (mine !== undefined) ctx.days.setDayEnd(me.id, mine, now);
    if (theirs !== undefined && partner) ctx.days.setDayEnd(partner.id, theirs, now);
  }

  return {
    'app:info': () => ({
      version: ctx.version,
      now: clock.now(),
      timeZone: clock.timeZone(),
      today: ctx.days.myDay(),
      platform: ctx.platform,
    }),
    'settings:get': () => settings.get(),
    'settings:save': (patch) => {
      const now = clock.now();
      db.transaction(() => {
        if (patch.myName !== undefined) settings.renamePartner('me', patch.myName, now);
        if (patch.partnerName !== undefined)
          settings.renamePartner('partner', patch.partnerName, now);
        if (patch.computerMode !== undefined)
          settings.setLocal('computerMode', patch.computerMode, now);
        if (patch.reminder !== undefined) {
          const weekdays = [...patch.reminder.weekdays].sort((a, b) => a - b);
          settings.setLocal('reminder', { ...patch.reminder, weekdays }, now);
        }
        if (patch.launchAtLogin !== undefined)
          settings.setLocal('launchAtLogin', patch.launchAtLogin, now);
        setDayEnds(patch.myDayEndsAt, patch.partnerDayEndsAt, now);
      })();
      changed();
      return settings.get();
    },
    'onboarding:complete': (input) => {
      const now = clock.now();
      db.transaction(() => {
        settings.renamePartner('me', input.myName, now);
        settings.renamePartner('partner', input.partnerName, now);
        settings.setLocal('computerMode', input.computerMode, now);
        const reminder = settings.get().reminder;
        settings.setLocal('reminder', { ...reminder, time: input.reminderTime }, now);
        settings.setLocal('launchAtLogin', input.launchAtLogin, now);
        settings.setLocal('onboarded', true, now);
      })();
      changed();
      return settings.get();
    },
  };
}
