// The words the Commitments screen shows: records in counts (never "failed"), schedules,
// statuses and acknowledgement limits.

import { describe, expect, test } from 'vitest';
import {
  MARK_WORDS,
  STRIP_STATE_WORDS,
  commitmentStatus,
  describeKeptRate,
  describeSchedule,
  describeSince,
  keptRate,
  shortDay,
  validateAckText,
  type CommitmentRules,
  type KeptRate,
} from '../../../shared/commitments.ts';

const rate = (r: Partial<KeptRate>): KeptRate => ({
  kept: 0,
  notKept: 0,
  notApplicable: 0,
  unmarked: 0,
  dueDays: 0,
  rate: null,
  ...r,
});

describe('describeKeptRate', () => {
  test.each([
    [rate({ kept: 1, dueDays: 1, rate: 1 }), '1 of 1 day kept'],
    [rate({ kept: 3, notKept: 1, dueDays: 4 }), '3 of 4 days kept'],
    [rate({ kept: 0, notKept: 2, dueDays: 2 }), '0 of 2 days kept'],
    [
      rate({ kept: 2, notKept: 1, notApplicable: 1, dueDays: 4 }),
      '2 of 3 days kept · 1 day didn’t come up',
    ],
    [rate({ notApplicable: 2, dueDays: 2 }), 'Nothing to count yet · 2 days didn’t come up'],
    [rate({ unmarked: 3, dueDays: 3 }), 'Nothing marked yet'],
    [rate({}), 'Nothing due in this stretch'],
    [rate({ kept: 1200, notKept: 34, dueDays: 1234 }), '1,200 of 1,234 days kept'],
    // Unmarked days show in the strip, so the words say so too, rather than "15 of 15".
    [rate({ kept: 15, unmarked: 3, dueDays: 18 }), '15 of 15 days kept · 3 days not marked'],
    [
      rate({ kept: 4, notApplicable: 1, unmarked: 1, dueDays: 6 }),
      '4 of 4 days kept · 1 day didn’t come up · 1 day not marked',
    ],
  ])('%j → %s', (input, words) => {
    expect(describeKeptRate(input)).toBe(words);
  });

  test('today, due and not yet marked, is still open rather than "not marked"', () => {
    const r = rate({ kept: 3, unmarked: 2, dueDays: 5 });
    expect(describeKeptRate(r, { todayOpen: true })).toBe('3 of 3 days kept · 1 day not marked');
    expect(
      describeKeptRate(rate({ notKept: 1, unmarked: 1, dueDays: 2 }), { todayOpen: true }),
    ).toBe('0 of 1 day kept');
  });

  test('never speaks of failure', () => {
    const all = [
      ...Object.values(MARK_WORDS),
      ...Object.values(STRIP_STATE_WORDS),
      describeKeptRate(rate({ notKept: 5, dueDays: 5 })),
    ].join(' ');
    expect(all).not.toMatch(/fail|broke|missed|streak/i);
  });

  test('reads a real window: "didn’t come up" counts neither way', () => {
    const rules: CommitmentRules = {
      startDate: '2026-03-01',
      schedule: { kind: 'daily' },
      pauses: [],
      retiredOn: null,
    };
    const marks = [
      { date: '2026-03-08', value: 'kept' as const },
      { date: '2026-03-09', value: 'not-applicable' as const },
      { date: '2026-03-10', value: 'kept' as const },
    ];
    expect(describeKeptRate(keptRate(rules, marks, '2026-03-10', 7))).toBe(
      '2 of 2 days kept · 1 day didn’t come up · 4 days not marked',
    );
  });
});

describe('describeSchedule', () => {
  test.each([
    [{ kind: 'daily' as const }, 'Every day'],
    [{ kind: 'weekdays' as const, days: [1, 2, 3, 4, 5] }, 'Weekdays'],
    [{ kind: 'weekdays' as const, days: [6, 0] }, 'Weekends'],
    [{ kind: 'weekdays' as const, days: [0, 1, 2, 3, 4, 5, 6] }, 'Every day'],
    [{ kind: 'weekdays' as const, days: [5, 1, 3] }, 'Mondays, Wednesdays and Fridays'],
    [{ kind: 'weekdays' as const, days: [2] }, 'Tuesdays'],
    [{ kind: 'weekdays' as const, days: [0, 4] }, 'Sundays and Thursdays'],
  ])('%j → %s', (schedule, words) => {
    expect(describeSchedule(schedule)).toBe(words);
  });
});

describe('commitmentStatus', () => {
  const rules: CommitmentRules = {
    startDate: '2026-03-10',
    schedule: { kind: 'weekdays', days: [1] },
    pauses: [{ startDate: '2026-03-20', endDate: '2026-03-22' }],
    retiredOn: '2026-04-01',
  };
  test.each([
    ['2026-03-09', 'upcoming'],
    ['2026-03-10', 'active'], // a Tuesday: not due, but active
    ['2026-03-21', 'paused'],
    ['2026-04-01', 'retired'],
  ])('%s → %s', (today, status) => {
    expect(commitmentStatus(rules, today)).toBe(status);
  });
});

describe('validateAckText and shortDay', () => {
  test('an acknowledgement may be empty, is trimmed, and is short', () => {
    expect(validateAckText('   ')).toEqual({ ok: true, value: '' });
    expect(validateAckText(' I noticed ')).toEqual({ ok: true, value: 'I noticed' });
    expect(validateAckText('💛'.repeat(140)).ok).toBe(true);
    expect(validateAckText('a'.repeat(141))).toEqual({
      ok: false,
      message: 'A few words are plenty — up to 140 characters.',
    });
  });

  test('dates read as day and month', () => {
    expect(shortDay('2026-03-01')).toBe('1 Mar');
    expect(shortDay('2026-12-31')).toBe('31 Dec');
  });

  test('a date in another year than today carries its year', () => {
    expect(shortDay('2026-03-01', '2026-12-31')).toBe('1 Mar');
    expect(shortDay('2025-12-31', '2026-01-01')).toBe('31 Dec 2025');
  });
});

describe('describeSince', () => {
  test.each([
    ['2026-03-10', '2026-03-10', 0, 'started today'],
    ['2026-03-09', '2026-03-10', 1, 'started 9 Mar, 1 day ago'],
    ['2026-01-10', '2026-03-10', 59, 'started 10 Jan, 59 days ago'],
    ['2025-11-20', '2026-03-10', 110, 'started 20 Nov 2025, about 4 months ago'],
    ['2024-03-12', '2026-03-10', 728, 'started 12 Mar 2024, about 24 months ago'],
    ['2016-03-12', '2026-03-10', 3650, 'started 12 Mar 2016, about 10 years ago'],
  ])('%s to %s (%i days) → %s', (start, today, days, words) => {
    expect(describeSince(start, today, days)).toBe(words);
  });
});
