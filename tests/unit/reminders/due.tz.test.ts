// The tray's "due" state, with explicit instants and zones.
import { describe, expect, it } from 'vitest';
import { isDue } from '../../../main/core/reminders/due.ts';
import { afterFired, pauseUntil, skipToday, snooze } from '../../../main/core/reminders/state.ts';
import { INITIAL_REMINDER_STATE } from '../../../main/core/reminders/types.ts';
import type { ReminderContext } from '../../../main/core/reminders/types.ts';
import { LORD_HOWE, NEW_YORK, evening, t } from './fixtures.ts';

function due(overrides: Partial<ReminderContext> & Pick<ReminderContext, 'now'>): boolean {
  return isDue({
    settings: evening(),
    state: INITIAL_REMINDER_STATE,
    timeZone: NEW_YORK,
    allCheckedInToday: false,
    ...overrides,
  });
}

describe('isDue', () => {
  it('turns on at today’s reminder time, not before', () => {
    expect(due({ now: t('2025-06-10T19:59:59-04:00') })).toBe(false);
    expect(due({ now: t('2025-06-10T20:00-04:00') })).toBe(true);
  });

  it('clears once everyone on this computer has checked in', () => {
    expect(due({ now: t('2025-06-10T21:00-04:00'), allCheckedInToday: true })).toBe(false);
  });

  it('clears at midnight until the next reminder time', () => {
    const state = afterFired(
      INITIAL_REMINDER_STATE,
      { reason: 'scheduled', date: '2025-06-10' },
      t('2025-06-10T20:00-04:00'),
    );
    expect(due({ state, now: t('2025-06-11T09:00-04:00') })).toBe(false);
  });

  it('stays on while a reminder is snoozed', () => {
    const state = snooze(INITIAL_REMINDER_STATE, t('2025-06-10T20:02-04:00'));
    expect(due({ state, now: t('2025-06-10T20:30-04:00') })).toBe(true);
  });

  it('turns on when a snooze set just before midnight comes round', () => {
    const state = snooze(INITIAL_REMINDER_STATE, t('2025-06-10T23:30-04:00'));
    expect(due({ state, now: t('2025-06-11T00:29-04:00') })).toBe(false);
    expect(due({ state, now: t('2025-06-11T00:30-04:00') })).toBe(true);
  });

  it('is off on a skipped day, a paused day, and a day that is not a reminder day', () => {
    const now = t('2025-06-10T21:00-04:00'); // a Tuesday
    expect(due({ now, state: skipToday(INITIAL_REMINDER_STATE, now, NEW_YORK) })).toBe(false);
    expect(due({ now, state: pauseUntil(INITIAL_REMINDER_STATE, '2025-06-10') })).toBe(false);
    expect(due({ now, settings: evening('20:00', [1, 3, 5]) })).toBe(false);
  });

  it('is off when reminders are turned off', () => {
    expect(
      due({ now: t('2025-06-10T21:00-04:00'), settings: { ...evening(), enabled: false } }),
    ).toBe(false);
  });

  it('turns on when the clocks jump past a reminder in Lord Howe’s spring-forward gap', () => {
    const settings = evening('02:15');
    // 01:59:59 standard time is the last second before the clocks read 02:30.
    expect(due({ settings, timeZone: LORD_HOWE, now: t('2025-10-05T01:59:59+10:30') })).toBe(false);
    expect(due({ settings, timeZone: LORD_HOWE, now: t('2025-10-05T02:30+11:00') })).toBe(true);
  });
});
