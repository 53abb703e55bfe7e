// Drives planReminder the way ReminderScheduler does (one armed instant, re-plan when it
// comes round, re-plan on every outside event), over a span of explicit instants. The
// machine runs no timers while asleep; waking is an event that re-arms, as in the shell.
import { localDateOf } from '../../../shared/local-day.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { planReminder } from '../../../main/core/reminders/plan.ts';
import { afterFired } from '../../../main/core/reminders/state.ts';
import { INITIAL_REMINDER_STATE } from '../../../main/core/reminders/types.ts';
import type {
  FireReason,
  ReminderPlan,
  ReminderSettings,
  ReminderState,
} from '../../../main/core/reminders/types.ts';

export type Action = (state: ReminderState, now: number, zone: string) => ReminderState;

export interface Simulation {
  settings: ReminderSettings;
  zone: string;
  /** App start (counts as a wake for the grace period). */
  from: number;
  to: number;
  state?: ReminderState;
  asleep?: readonly (readonly [number, number])[];
  /** Instants at which the last partner on this computer checked in for that day. */
  checkIns?: readonly number[];
  actions?: readonly { at: number; apply: Action }[];
  zoneChanges?: readonly { at: number; zone: string }[];
}

export interface Fired {
  at: number;
  reason: FireReason;
  date: LocalDate;
}

export function simulate(sim: Simulation): { fired: Fired[]; state: ReminderState } {
  let now = sim.from;
  let wokeAt = sim.from;
  let zone = sim.zone;
  let state = sim.state ?? INITIAL_REMINDER_STATE;
  const checkIns = sim.checkIns ?? [];
  const asleep = sim.asleep ?? [];
  const fired: Fired[] = [];

  const events: { at: number; apply: () => void }[] = [
    ...asleep.map(([, end]) => ({ at: end, apply: () => (wokeAt = end) })),
    ...checkIns.map((at) => ({ at, apply: () => undefined })),
    ...(sim.actions ?? []).map((a) => ({
      at: a.at,
      apply: () => (state = a.apply(state, now, zone)),
    })),
    ...(sim.zoneChanges ?? []).map((z) => ({ at: z.at, apply: () => (zone = z.zone) })),
  ]
    .filter((e) => e.at > sim.from && e.at <= sim.to)
    .sort((a, b) => a.at - b.at);

  const plan = (): ReminderPlan =>
    planReminder({
      settings: sim.settings,
      state,
      now,
      timeZone: zone,
      allCheckedInToday: checkIns.some(
        (c) => c <= now && localDateOf(c, zone) === localDateOf(now, zone),
      ),
      wokeAt,
    });
  const armedAt = (p: ReminderPlan): number | null => (p.kind === 'fire-at' ? p.at : p.recheckAt);
  const isAsleep = (t: number): boolean => asleep.some(([start, end]) => t >= start && t < end);

  let target = armedAt(plan());
  let next = 0;
  for (let steps = 0; steps < 10_000; steps++) {
    const event = events[next];
    if (target !== null && target <= sim.to && (event === undefined || target < event.at)) {
      if (isAsleep(target)) {
        target = null; // the timer can't run; the wake event re-arms
        continue;
      }
      now = target;
      const p = plan();
      if (p.kind === 'fire-at' && p.at <= now) {
        fired.push({ at: now, reason: p.reason, date: p.date });
        state = afterFired(state, p, now);
      }
      target = armedAt(plan());
      continue;
    }
    if (event === undefined) return { fired, state };
    now = event.at;
    event.apply();
    next++;
    target = armedAt(plan());
  }
  throw new Error('simulation did not settle');
}
