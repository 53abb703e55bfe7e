// Connects the reminder decisions to the store: reads settings, today's check-ins and the
// persisted reminder state, arms the one scheduler job, records firings, and tells the
// screens and the tray when the "due" state changes.

import type { ReminderStatus } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import type { CoreContext } from '../context.ts';
import { isDue } from './due.ts';
import { planReminder } from './plan.ts';
import { ReminderScheduler, type ScheduleJob } from './reminder-scheduler.ts';
import { afterFired, pauseUntil, skipToday, snooze } from './state.ts';
import type { ReminderContext, ReminderState } from './types.ts';

export interface ReminderServiceOptions {
  /** Shows the notification (generic words only). Absent in tests: the due state is the cue. */
  notify?: () => void;
  scheduleJob?: ScheduleJob;
}

export function createReminderService(ctx: CoreContext, options: ReminderServiceOptions = {}) {
  const { clock, settings, checkins } = ctx;
  let wokeAt: number | null = clock.now();
  let lastDue: boolean | null = null;

  const save = (state: ReminderState) => settings.setLocal('reminderState', state, clock.now());

  function context(): ReminderContext {
    const s = settings.get();
    const all = ctx.days.all();
    const here = all.filter((d) => d.onThisComputer);
    const me = all.find((d) => d.partnerId === settings.me().id);
    return {
      // Before onboarding there is nobody to remind.
      settings: s.onboarded ? s.reminder : { ...s.reminder, enabled: false },
      state: settings.reminderState(),
      now: clock.now(),
      timeZone: clock.timeZone(),
      // The reminder follows the owner's day; each partner here checks in for their own.
      dayEndsAt: me?.dayEndsAt ?? 0,
      allCheckedInToday: here.every((d) => checkins.get(d.partnerId, d.today) !== null),
      wokeAt,
    };
  }

  // One re-plan reads the context once: the plan and the "due" check share it.
  let planned: ReminderContext | null = null;
  const scheduler = new ReminderScheduler({
    plan: () => {
      planned = context();
      return planReminder(planned);
    },
    onFire: (plan, firedAt) => {
      save(afterFired(settings.reminderState(), plan, firedAt));
      options.notify?.();
    },
    onPlan: () => {
      const due = isDue(planned ?? context());
      planned = null;
      if (due !== lastDue) {
        lastDue = due;
        ctx.emit('changed', { topics: ['reminders'] });
      }
    },
    now: () => clock.now(),
    ...(options.scheduleJob ? { scheduleJob: options.scheduleJob } : {}),
  });

  const change = (next: (state: ReminderState) => ReminderState) => {
    save(next(settings.reminderState()));
    scheduler.rearm();
    ctx.emit('changed', { topics: ['reminders'] });
  };

  return {
    /** Plan and arm; call on start and whenever anything the plan reads has changed. */
    rearm: () => scheduler.rearm(),
    /** Resume, unlock or start: re-plan, with the grace period before any catch-up. */
    wake() {
      wokeAt = clock.now();
      scheduler.rearm();
    },
    isDue: () => isDue(context()),
    status(): ReminderStatus {
      const c = context();
      const plan = planReminder(c);
      const today = ctx.days.myDay();
      return {
        enabled: c.settings.enabled,
        due: isDue(c),
        nextAt: plan.kind === 'fire-at' ? plan.at : null,
        snoozedUntil: c.state.snoozedUntil,
        skippedToday: c.state.skippedDate === today,
        pausedUntil:
          c.state.pausedUntil !== null && c.state.pausedUntil >= today ? c.state.pausedUntil : null,
      };
    },
    snooze: (minutes?: number) => change((s) => snooze(s, clock.now(), minutes)),
    skipToday: () =>
      change((s) => skipToday(s, clock.now(), clock.timeZone(), context().dayEndsAt)),
    pauseUntil: (date: LocalDate | null) => change((s) => pauseUntil(s, date)),
    stop: () => scheduler.stop(),
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
