// The reminder wired to the real store: it fires at the planned instant, is recorded so a
// restart does not repeat it, and a check-in clears the due state.

import { afterEach, describe, expect, test, vi } from 'vitest';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, type Core } from '../../../main/core/core.ts';
import type { ScheduleJob } from '../../../main/core/reminders/index.ts';
import type { Settings } from '../../../shared/domain.ts';
import { PAGE, nextTurn, tempDir } from './temp-core.ts';

/** Collects armed jobs instead of waiting for real time. */
function jobs() {
  const armed: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const scheduleJob: ScheduleJob = (date, fn) => {
    const job = { at: date.getTime(), fn, cancelled: false };
    armed.push(job);
    return { cancel: () => (job.cancelled = true) };
  };
  const live = () => armed.filter((j) => !j.cancelled);
  return { scheduleJob, live };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('the reminder service in the core', () => {
  test('fires once at the reminder time, survives a restart without repeating, and a check-in clears "due"', async () => {
    const { dir, cleanup } = tempDir();
    const clock = manualClock(Date.parse('2026-03-10T18:00:00-04:00'), 'America/New_York');
    const j = jobs();
    const notify = vi.fn();
    let core: Core = createCore({
      dataDir: dir,
      clock,
      notify,
      reminders: { scheduleJob: j.scheduleJob },
    });
    cleanups.push(() => {
      core.close();
      cleanup();
    });
    const onboarded = core.dispatch(
      'onboarding:complete',
      {
        myName: 'Alex',
        partnerName: 'Sam',
        computerMode: 'just-me',
        reminderTime: '20:00',
        launchAtLogin: false,
      },
      PAGE,
    );
    if (!onboarded.ok) throw new Error(onboarded.error.message);
    await nextTurn(); // the plan is re-armed once the change has committed
    const next = j.live().at(-1);
    expect(next?.at).toBe(Date.parse('2026-03-10T20:00:00-04:00'));

    clock.set(Date.parse('2026-03-10T20:00:00-04:00'));
    next?.fn();
    // Today's question is still open, so the reminder mentions it (in generic words).
    expect(notify.mock.calls).toEqual([['reminder-question']]);
    expect(core.reminders.status()).toMatchObject({ due: true });

    // Restart later the same evening: no second notification.
    core.close();
    clock.set(Date.parse('2026-03-10T21:30:00-04:00'));
    core = createCore({ dataDir: dir, clock, notify, reminders: { scheduleJob: j.scheduleJob } });
    for (const job of j.live()) if (job.at <= clock.now()) job.fn();
    expect(notify.mock.calls).toEqual([['reminder-question']]);
    expect(core.reminders.status()).toMatchObject({ due: true });

    const me = (onboarded.value as Settings).partners[0];
    core.dispatch('checkins:quick', { partnerId: me?.id, localDate: '2026-03-10', mood: 4 }, PAGE);
    expect(core.reminders.status()).toMatchObject({ due: false });
  });

  test('nobody is reminded before onboarding', () => {
    const { dir, cleanup } = tempDir();
    const clock = manualClock(Date.parse('2026-03-10T21:00:00-04:00'), 'America/New_York');
    const notify = vi.fn();
    const core = createCore({
      dataDir: dir,
      clock,
      notify,
      reminders: { scheduleJob: jobs().scheduleJob },
    });
    cleanups.push(() => {
      core.close();
      cleanup();
    });
    expect(core.reminders.status()).toMatchObject({ enabled: false, due: false, nextAt: null });
  });
});
