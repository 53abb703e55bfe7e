// planReminder with explicit instants and zones. The process zone varies between runs
// (see vitest.config.ts) and must make no difference.
import { describe, expect, it } from 'vitest';
import { planReminder } from '../../../main/core/reminders/plan.ts';
import { afterFired } from '../../../main/core/reminders/state.ts';
import { INITIAL_REMINDER_STATE } from '../../../main/core/reminders/types.ts';
import type { ReminderContext } from '../../../main/core/reminders/types.ts';
import { KOLKATA, LONDON, LORD_HOWE, NEW_YORK, evening, t } from './fixtures.ts';

function ctx(overrides: Partial<ReminderContext> & Pick<ReminderContext, 'now'>): ReminderContext {
  return {
    settings: evening(),
    state: INITIAL_REMINDER_STATE,
    timeZone: NEW_YORK,
    allCheckedInToday: false,
    wokeAt: null,
    ...overrides,
  };
}

describe('planReminder: the day’s reminder', () => {
  it('arms today’s reminder at the chosen wall-clock time', () => {
    expect(planReminder(ctx({ now: t('2025-06-10T12:00-04:00') }))).toEqual({
      kind: 'fire-at',
      at: t('2025-06-10T20:00-04:00'),
      reason: 'scheduled',
      date: '2025-06-10',
    });
  });

  it('follows the wall clock in Kolkata (UTC+05:30)', () => {
    const plan = planReminder(
      ctx({ settings: evening('21:00'), timeZone: KOLKATA, now: t('2025-08-20T09:00+05:30') }),
    );
    expect(plan).toMatchObject({ kind: 'fire-at', at: t('2025-08-20T21:00+05:30') });
  });

  it('stays idle when everyone on this computer has checked in, until the next local midnight', () => {
    expect(
      planReminder(ctx({ now: t('2025-06-10T19:00-04:00'), allCheckedInToday: true })),
    ).toEqual({ kind: 'idle', reason: 'all-checked-in', recheckAt: t('2025-06-11T00:00-04:00') });
  });

  it('does nothing at all when reminders are off', () => {
    const settings = { ...evening(), enabled: false };
    expect(planReminder(ctx({ settings, now: t('2025-06-10T12:00-04:00') }))).toEqual({
      kind: 'idle',
      reason: 'disabled',
      recheckAt: null,
    });
  });

  it('stays quiet on days that are not reminder days', () => {
    // 2025-06-10 is a Tuesday; reminders only Monday, Wednesday and Friday.
    const plan = planReminder(
      ctx({ settings: evening('20:00', [1, 3, 5]), now: t('2025-06-10T12:00-04:00') }),
    );
    expect(plan).toMatchObject({ kind: 'idle', reason: 'not-a-reminder-day' });
  });
});

describe('planReminder: restarts, waking and the grace period', () => {
  it('does not repeat a reminder already delivered today after a restart', () => {
    const fired = afterFired(
      INITIAL_REMINDER_STATE,
      { reason: 'scheduled', date: '2025-06-10' },
      t('2025-06-10T20:00-04:00'),
    );
    // Round-trip through JSON, as the state is persisted.
    const state = JSON.parse(JSON.stringify(fired)) as typeof fired;
    const started = t('2025-06-10T20:30-04:00');
    expect(planReminder(ctx({ state, now: started, wokeAt: started }))).toEqual({
      kind: 'idle',
      reason: 'already-reminded',
      recheckAt: t('2025-06-11T00:00-04:00'),
    });
    expect(planReminder(ctx({ state, now: t('2025-06-11T09:00-04:00') }))).toMatchObject({
      kind: 'fire-at',
      at: t('2025-06-11T20:00-04:00'),
    });
  });

  it('catches up a reminder missed while asleep one minute after waking, not the instant the lid opens', () => {
    const woke = t('2025-01-15T21:10Z');
    expect(planReminder(ctx({ timeZone: LONDON, now: woke, wokeAt: woke }))).toEqual({
      kind: 'fire-at',
      at: t('2025-01-15T21:11Z'),
      reason: 'catch-up',
      date: '2025-01-15',
    });
  });

  it('catches up straight away when the app has been running for a while', () => {
    const now = t('2025-01-15T21:10Z');
    const plan = planReminder(ctx({ timeZone: LONDON, now, wokeAt: t('2025-01-15T08:00Z') }));
    expect(plan).toMatchObject({ kind: 'fire-at', at: now, reason: 'catch-up' });
  });

  it('holds a reminder due seconds after waking until the grace period is over', () => {
    const woke = t('2025-06-10T19:59:30-04:00');
    expect(planReminder(ctx({ now: woke, wokeAt: woke }))).toMatchObject({
      kind: 'fire-at',
      at: t('2025-06-10T20:00:30-04:00'),
      reason: 'scheduled',
    });
  });

  it('drops a missed reminder that could only be caught up after midnight', () => {
    const woke = t('2025-06-10T23:59:30-04:00');
    expect(planReminder(ctx({ now: woke, wokeAt: woke }))).toEqual({
      kind: 'idle',
      reason: 'too-late-today',
      recheckAt: t('2025-06-11T00:00-04:00'),
    });
  });
});

describe('planReminder: DST and zones', () => {
  it('moves a reminder in the New York spring-forward gap (02:30) to 03:00', () => {
    const plan = planReminder(
      ctx({ settings: evening('02:30'), now: t('2025-03-09T00:00-05:00') }),
    );
    expect(plan).toMatchObject({ kind: 'fire-at', at: t('2025-03-09T07:00Z') });
  });

  it('moves a reminder in Lord Howe’s 30-minute spring-forward gap (02:15) to 02:30', () => {
    const plan = planReminder(
      ctx({ settings: evening('02:15'), timeZone: LORD_HOWE, now: t('2025-10-05T00:00+10:30') }),
    );
    expect(plan).toMatchObject({ kind: 'fire-at', at: t('2025-10-05T02:30+11:00') });
  });

  it('does not fire again in the repeated hour after New York falls back', () => {
    const state = afterFired(
      INITIAL_REMINDER_STATE,
      { reason: 'scheduled', date: '2025-11-02' },
      t('2025-11-02T01:30-04:00'),
    );
    // The second 01:30 of the day, now in EST.
    const plan = planReminder(
      ctx({ settings: evening('01:30'), state, now: t('2025-11-02T01:30-05:00') }),
    );
    expect(plan).toMatchObject({ kind: 'idle', reason: 'already-reminded' });
  });

  it('re-plans to the new zone’s wall clock after travel', () => {
    const now = t('2025-06-10T14:00Z');
    expect(planReminder(ctx({ now, timeZone: NEW_YORK }))).toMatchObject({
      at: t('2025-06-10T20:00-04:00'),
    });
    expect(planReminder(ctx({ now, timeZone: LONDON }))).toMatchObject({
      at: t('2025-06-10T20:00+01:00'),
    });
  });
});
