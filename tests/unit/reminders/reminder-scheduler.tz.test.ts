// The scheduler with the real node-schedule under fake timers: a job armed from the pure
// decision fires at the planned instant and not before, and re-arming replaces the job.
import { scheduledJobs } from 'node-schedule';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planReminder } from '../../../main/core/reminders/plan.ts';
import { ReminderScheduler } from '../../../main/core/reminders/reminder-scheduler.ts';
import type {
  CancellableJob,
  ScheduleJob,
} from '../../../main/core/reminders/reminder-scheduler.ts';
import { afterFired, snooze } from '../../../main/core/reminders/state.ts';
import { INITIAL_REMINDER_STATE } from '../../../main/core/reminders/types.ts';
import type {
  FirePlan,
  ReminderSettings,
  ReminderState,
} from '../../../main/core/reminders/types.ts';
import { NEW_YORK, evening, t } from './fixtures.ts';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

/** What the shell keeps: settings, saved state, check-ins, the last wake. */
interface Shell {
  settings: ReminderSettings;
  state: ReminderState;
  checkedIn: boolean;
  wokeAt: number;
  fired: string[];
}

let running: ReminderScheduler[] = [];

function start(
  options: {
    onFire?: (shell: Shell, plan: FirePlan, at: number) => void;
    onError?: (e: unknown) => void;
    scheduleJob?: ScheduleJob;
  } = {},
): { shell: Shell; scheduler: ReminderScheduler } {
  const shell: Shell = {
    settings: evening(),
    state: INITIAL_REMINDER_STATE,
    checkedIn: false,
    wokeAt: Date.now(),
    fired: [],
  };
  const scheduler = new ReminderScheduler({
    plan: () =>
      planReminder({
        settings: shell.settings,
        state: shell.state,
        now: Date.now(),
        timeZone: NEW_YORK,
        allCheckedInToday: shell.checkedIn,
        wokeAt: shell.wokeAt,
      }),
    onFire:
      options.onFire === undefined
        ? (plan, at) => {
            shell.fired.push(iso(at));
            shell.state = afterFired(shell.state, plan, at);
          }
        : (plan, at) => options.onFire?.(shell, plan, at),
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.scheduleJob ? { scheduleJob: options.scheduleJob } : {}),
  });
  running.push(scheduler);
  scheduler.rearm();
  return { shell, scheduler };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(t('2025-06-10T12:00-04:00'));
});

afterEach(() => {
  for (const s of running) s.stop();
  running = [];
  vi.useRealTimers();
});

describe('ReminderScheduler with node-schedule', () => {
  it('fires at 20:00 New York time, not a millisecond before, and again the next evening', () => {
    const { shell, scheduler } = start();
    expect(scheduler.armedAt).toBe(t('2025-06-10T20:00-04:00'));

    vi.advanceTimersByTime(8 * HOUR - 1);
    expect(shell.fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shell.fired).toEqual([iso(t('2025-06-10T20:00-04:00'))]);

    vi.advanceTimersByTime(24 * HOUR);
    expect(shell.fired).toEqual([
      iso(t('2025-06-10T20:00-04:00')),
      iso(t('2025-06-11T20:00-04:00')),
    ]);
    expect(Object.keys(scheduledJobs)).toHaveLength(1);
  });

  it('replaces the armed job when re-armed after a settings change', () => {
    const { shell, scheduler } = start();
    shell.settings = evening('21:00');
    scheduler.rearm();
    expect(Object.keys(scheduledJobs)).toHaveLength(1);

    vi.advanceTimersByTime(8.5 * HOUR); // 20:30: the old 20:00 job must not have run
    expect(shell.fired).toEqual([]);
    vi.advanceTimersByTime(0.5 * HOUR);
    expect(shell.fired).toEqual([iso(t('2025-06-10T21:00-04:00'))]);
  });

  it('sends nothing when everyone checked in before the armed time', () => {
    const { shell, scheduler } = start();
    vi.advanceTimersByTime(7 * HOUR);
    shell.checkedIn = true; // even without a re-arm, the job re-checks before notifying
    vi.advanceTimersByTime(2 * HOUR);
    expect(shell.fired).toEqual([]);
    expect(scheduler.armedAt).toBe(t('2025-06-11T00:00-04:00'));
  });

  it('after sleeping past the reminder, notifies one minute after waking, once', () => {
    const { shell, scheduler } = start();
    vi.advanceTimersByTime(7.5 * HOUR); // 19:30, lid closes
    const woke = t('2025-06-10T21:10-04:00');
    vi.setSystemTime(woke); // the wall clock moved on; no timers ran while asleep
    shell.wokeAt = woke;
    scheduler.rearm();

    vi.advanceTimersByTime(60_000 - 1);
    expect(shell.fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shell.fired).toEqual([iso(t('2025-06-10T21:11-04:00'))]);
    vi.advanceTimersByTime(2 * HOUR);
    expect(shell.fired).toHaveLength(1);
  });

  it('reminds again after “Remind me in 1 hour”', () => {
    const { shell, scheduler } = start();
    vi.advanceTimersByTime(8 * HOUR + 2 * 60_000); // 20:02
    shell.state = snooze(shell.state, Date.now());
    scheduler.rearm();
    vi.advanceTimersByTime(HOUR);
    expect(shell.fired).toEqual([
      iso(t('2025-06-10T20:00-04:00')),
      iso(t('2025-06-10T21:02-04:00')),
    ]);
  });

  it('reminds straight away when the time is moved to earlier today than now', () => {
    const { shell, scheduler } = start();
    vi.advanceTimersByTime(7 * HOUR); // 19:00
    shell.settings = evening('18:30');
    scheduler.rearm();
    expect(shell.fired).toEqual([]); // never synchronously inside rearm()
    vi.advanceTimersByTime(0);
    expect(shell.fired).toEqual([iso(t('2025-06-10T19:00-04:00'))]);
  });

  it('does not repeat a reminder whose notification failed, and still reminds the next day', () => {
    const errors: unknown[] = [];
    const attempts: string[] = [];
    start({
      onFire: (_shell, _plan, at) => {
        attempts.push(iso(at));
        throw new Error('notification failed');
      },
      onError: (e) => errors.push(e),
    });
    vi.advanceTimersByTime(12 * HOUR); // to midnight
    expect(attempts).toEqual([iso(t('2025-06-10T20:00-04:00'))]);
    expect(errors).toHaveLength(1);
    vi.advanceTimersByTime(21 * HOUR);
    expect(attempts).toEqual([iso(t('2025-06-10T20:00-04:00')), iso(t('2025-06-11T20:00-04:00'))]);
  });
});

describe('ReminderScheduler job handling', () => {
  it('keeps exactly one job armed: re-arming and stopping cancel the previous one', () => {
    const jobs: { at: string; cancelled: boolean }[] = [];
    const scheduleJob: ScheduleJob = (date) => {
      const job = { at: iso(date.getTime()), cancelled: false };
      jobs.push(job);
      const handle: CancellableJob = { cancel: () => (job.cancelled = true) };
      return handle;
    };
    const { shell, scheduler } = start({ scheduleJob });
    shell.settings = evening('21:00');
    scheduler.rearm();
    expect(jobs).toEqual([
      { at: iso(t('2025-06-10T20:00-04:00')), cancelled: true },
      { at: iso(t('2025-06-10T21:00-04:00')), cancelled: false },
    ]);
    scheduler.stop();
    expect(jobs.every((j) => j.cancelled)).toBe(true);
    expect(scheduler.armedAt).toBeNull();
  });
});
