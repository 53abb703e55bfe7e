// The persisted state's transitions: what each menu action and each firing records.
import { describe, expect, it } from 'vitest';
import { planReminder } from '../../../main/core/reminders/plan.ts';
import { afterFired, pauseUntil, skipToday, snooze } from '../../../main/core/reminders/state.ts';
import { INITIAL_REMINDER_STATE } from '../../../main/core/reminders/types.ts';
import type { ReminderState } from '../../../main/core/reminders/types.ts';
import { LORD_HOWE, NEW_YORK, evening, t } from './fixtures.ts';

const restart = (state: ReminderState): ReminderState =>
  JSON.parse(JSON.stringify(state)) as ReminderState;

describe('afterFired', () => {
  it('records the day’s reminder and keeps a snooze that is still to come', () => {
    const snoozed = snooze(INITIAL_REMINDER_STATE, t('2025-06-10T19:30-04:00'));
    const fired = afterFired(
      snoozed,
      { reason: 'scheduled', date: '2025-06-10' },
      t('2025-06-10T20:00-04:00'),
    );
    expect(fired).toMatchObject({
      lastFiredAt: t('2025-06-10T20:00-04:00'),
      lastFiredFor: '2025-06-10',
      snoozedUntil: t('2025-06-10T20:30-04:00'),
    });
  });

  it('lets a reminder cover a snooze that had already come round', () => {
    const snoozed = snooze(INITIAL_REMINDER_STATE, t('2025-06-10T19:00-04:00'));
    const fired = afterFired(
      snoozed,
      { reason: 'catch-up', date: '2025-06-10' },
      t('2025-06-10T21:11-04:00'),
    );
    expect(fired.snoozedUntil).toBeNull();
  });

  it('clears a snooze once it fires, without counting as the day’s reminder', () => {
    const snoozed = snooze(INITIAL_REMINDER_STATE, t('2025-06-10T23:30-04:00'));
    const fired = afterFired(
      snoozed,
      { reason: 'snooze', date: '2025-06-11' },
      t('2025-06-11T00:30-04:00'),
    );
    expect(fired).toMatchObject({
      snoozedUntil: null,
      lastFiredFor: null,
      lastFiredAt: t('2025-06-11T00:30-04:00'),
    });
  });
});

describe('menu actions', () => {
  it('snoozes for an hour by default, or for the minutes asked', () => {
    const now = t('2025-06-10T20:02-04:00');
    expect(snooze(INITIAL_REMINDER_STATE, now).snoozedUntil).toBe(t('2025-06-10T21:02-04:00'));
    expect(snooze(INITIAL_REMINDER_STATE, now, 15).snoozedUntil).toBe(t('2025-06-10T20:17-04:00'));
    expect(() => snooze(INITIAL_REMINDER_STATE, now, 0)).toThrow(RangeError);
  });

  it('undoes today’s skip when asked to be reminded after all', () => {
    const fired = afterFired(
      INITIAL_REMINDER_STATE,
      { reason: 'scheduled', date: '2025-06-10' },
      t('2025-06-10T20:00-04:00'),
    );
    const skipped = skipToday(fired, t('2025-06-10T20:01-04:00'), NEW_YORK);
    const now = t('2025-06-10T20:02-04:00');
    const state = snooze(skipped, now);
    expect(
      planReminder({
        settings: evening(),
        state,
        now,
        timeZone: NEW_YORK,
        allCheckedInToday: false,
      }),
    ).toMatchObject({ kind: 'fire-at', at: t('2025-06-10T21:02-04:00'), reason: 'snooze' });
  });

  it('skips the local day of the zone the computer is in now', () => {
    // 13:30 UTC on 5 April is already 00:30 on the 6th at Lord Howe (UTC+11).
    const skipped = skipToday(snooze(INITIAL_REMINDER_STATE, 0), t('2025-04-05T13:30Z'), LORD_HOWE);
    expect(skipped).toMatchObject({ skippedDate: '2025-04-06', snoozedUntil: null });
  });

  it('pauses until a date, drops a pending snooze, and resumes on request', () => {
    const paused = pauseUntil(snooze(INITIAL_REMINDER_STATE, 0), '2025-06-12');
    expect(paused).toMatchObject({ pausedUntil: '2025-06-12', snoozedUntil: null });
    expect(pauseUntil(paused, null).pausedUntil).toBeNull();
    expect(() => pauseUntil(paused, '2025-02-30')).toThrow(RangeError);
  });

  it('keeps a skip after a restart', () => {
    const now = t('2025-06-10T09:00-04:00');
    const state = restart(skipToday(INITIAL_REMINDER_STATE, now, NEW_YORK));
    const later = t('2025-06-10T21:00-04:00');
    expect(
      planReminder({
        settings: evening(),
        state,
        now: later,
        wokeAt: later,
        timeZone: NEW_YORK,
        allCheckedInToday: false,
      }),
    ).toMatchObject({ kind: 'idle', reason: 'skipped' });
  });

  it('keeps a snooze after a restart', () => {
    const state = restart(snooze(INITIAL_REMINDER_STATE, t('2025-06-10T20:02-04:00')));
    const started = t('2025-06-10T20:30-04:00');
    const fired = afterFired(
      state,
      { reason: 'scheduled', date: '2025-06-10' },
      t('2025-06-10T20:00-04:00'),
    );
    expect(
      planReminder({
        settings: evening(),
        state: fired,
        now: started,
        wokeAt: started,
        timeZone: NEW_YORK,
        allCheckedInToday: false,
      }),
    ).toMatchObject({ kind: 'fire-at', at: t('2025-06-10T21:02-04:00'), reason: 'snooze' });
  });
});
