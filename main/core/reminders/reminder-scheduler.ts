// Arms exactly one timer for the current plan. The decisions live in planReminder; this
// only turns a plan into a node-schedule job, and re-plans when the job runs so a job armed
// before a check-in, a skip or a settings change can never notify on stale information.
import { scheduleJob as nodeScheduleJob } from 'node-schedule';
import { MIN_GAP_MS } from './types.ts';
import type { FirePlan, ReminderPlan } from './types.ts';

export interface CancellableJob {
  cancel(): unknown;
}

/** node-schedule's `scheduleJob(date, fn)`; at runtime it returns null for a date already past. */
export type ScheduleJob = (date: Date, fn: () => void) => CancellableJob | null;

export interface ReminderSchedulerOptions {
  /** The current decision, read fresh each time (settings, saved state, check-ins, zone). */
  plan: () => ReminderPlan;
  /** Show the notification and save `afterFired(...)` before returning; then we re-plan. */
  onFire: (fired: FirePlan, firedAt: number) => void;
  /** Every new plan, e.g. to refresh the tray's "due" state. */
  onPlan?: (plan: ReminderPlan) => void;
  /** Errors thrown inside a timer callback, where nobody else could catch them. */
  onError?: (error: unknown) => void;
  now?: () => number;
  scheduleJob?: ScheduleJob;
}

/** Scheduled and catch-up are the same day's reminder; a snooze is its own. */
function keyOf(plan: FirePlan): string {
  return `${plan.date}|${plan.reason === 'snooze' ? 'snooze' : 'day'}`;
}

const defaultScheduleJob: ScheduleJob = (date, fn) => nodeScheduleJob(date, fn);

export class ReminderScheduler {
  private job: CancellableJob | null = null;
  private armed: number | null = null;
  // Belt and braces against repeats if onFire failed to record a firing: the same
  // reminder (day, or snooze) never fires twice until the shell re-arms after a change,
  // and a plan that keeps asking is only looked at again every MIN_GAP_MS.
  private lastFireAt = -Infinity;
  private firedKey: string | null = null;
  private readonly now: () => number;
  private readonly scheduleJob: ScheduleJob;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.now = options.now ?? (() => Date.now());
    this.scheduleJob = options.scheduleJob ?? defaultScheduleJob;
  }

  /** Instant of the armed job (a notification or a re-plan), or null when nothing is armed. */
  get armedAt(): number | null {
    return this.armed;
  }

  /** Re-plan and re-arm: on start, resume, unlock, zone change, settings change, check-in. */
  rearm(): ReminderPlan {
    this.firedKey = null;
    return this.replan();
  }

  stop(): void {
    this.cancel();
  }

  private replan(): ReminderPlan {
    const plan = this.options.plan();
    const target = plan.kind === 'fire-at' ? this.fireTarget(plan) : plan.recheckAt;
    // Every save re-plans; most leave the plan as it was, and the armed job can stay.
    if (target === null || target !== this.armed || this.job === null) {
      this.cancel();
      if (target !== null) this.arm(target);
    }
    this.options.onPlan?.(plan);
    return plan;
  }

  private fireTarget(plan: FirePlan): number {
    // A repeat the guard would refuse is looked at again later, never in a tight loop.
    const earliest =
      keyOf(plan) === this.firedKey ? this.now() + MIN_GAP_MS : this.lastFireAt + MIN_GAP_MS;
    return Math.max(plan.at, earliest);
  }

  private arm(target: number): void {
    const run = (): void => {
      if (this.job !== job) return; // cancelled meanwhile
      this.job = null;
      this.armed = null;
      this.trigger();
    };
    // node-schedule refuses a date already past; a plain timer runs it on the next tick.
    let job: CancellableJob | null =
      target > this.now() ? this.scheduleJob(new Date(target), run) : null;
    if (job === null) {
      const timer = setTimeout(run, Math.max(0, target - this.now()));
      job = { cancel: () => clearTimeout(timer) };
    }
    this.job = job;
    this.armed = target;
  }

  private trigger(): void {
    this.guard(() => {
      const plan = this.options.plan();
      const now = this.now();
      if (plan.kind !== 'fire-at' || plan.at > now || now < this.lastFireAt + MIN_GAP_MS) return;
      const key = keyOf(plan);
      if (key === this.firedKey) return;
      this.lastFireAt = now;
      this.firedKey = key;
      this.options.onFire(plan, now);
    });
    // Re-arm even when showing the notification failed, so tomorrow still comes.
    this.guard(() => this.replan());
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (this.options.onError) this.options.onError(error);
      else console.error('Reminder scheduling failed', error);
    }
  }

  private cancel(): void {
    this.job?.cancel();
    this.job = null;
    this.armed = null;
  }
}
