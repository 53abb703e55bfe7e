// The words the Commitments screen shows: records in counts (never "failed"), schedules,
// statuses and acknowledgement limits.

import { describe, expect, test } from 'vitest';
import {
  MARK_WORDS,
  STRIP_STATE_WORDS,
  commitmentStatus,
  dayInContext,
  describeKeptRate,
  describeStart,
  describeSchedule,
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
    // Days the strip shows as not marked are in the count and named, never hidden.
    [rate({ kept: 12, unmarked: 3, dueDays: 15 }), '12 of 15 days kept · 3 days not marked yet'],
    [rate({ kept: 1, unmarked: 1, dueDays: 2 }), '1 of 2 days kept · 1 day not marked yet'],
    [
      rate({ kept: 4, notKept: 1, notApplicable: 1, unmarked: 2, dueDays: 8 }),
      '4 of 7 days kept · 2 days not marked yet · 1 day didn’t come up',
    ],
  ])('%j → %s', (input, words) => {
    expect(describeKeptRate(input)).toBe(words);
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
    // 4–7 March were never marked: they are in the count, as the strip shows them.
    expect(describeKeptRate(keptRate(rules, marks, '2026-03-10', 7))).toBe(
      '2 of 6 days kept · 4 days not marked yet · 1 day didn’t come up',
    );
  });
});

describe('describeStart and dayInContext', () => {
  test.each([
    ['2026-03-12', '2026-03-12', 'started today'],
    ['2026-03-11', '2026-03-12', 'started yesterday'],
    ['2026-03-07', '2026-03-12', 'started 7 Mar, 5 days ago'],
    ['2026-02-12', '2026-03-12', 'started 12 Feb, 4 weeks ago'],
    ['2026-01-02', '2026-11-20', 'started 2 Jan, about 11 months ago'],
    ['2025-12-20', '2026-01-03', 'started 20 Dec 2025, 2 weeks ago'],
    ['2025-03-12', '2026-03-12', 'started 12 Mar 2025, about a year ago'],
    ['2017-03-12', '2027-03-01', 'started 12 Mar 2017, about ten years ago'],
    ['1996-03-12', '2026-03-12', 'started 12 Mar 1996, about 30 years ago'],
  ])('%s seen on %s → %s', (start, today, words) => {
    expect(describeStart(start, today)).toBe(words);
  });

  test('never a raw count of thousands of days', () => {
    const words = describeStart('2016-03-12', '2026-03-12');
    expect(words).not.toMatch(/\d{3,} days/);
    expect(words).toBe('started 12 Mar 2016, about ten years ago');
  });

  test('the year is said only when it is not this year', () => {
    expect(dayInContext('2026-03-12', '2026-12-31')).toBe('12 Mar');
    expect(dayInContext('2017-03-12', '2026-03-12')).toBe('12 Mar 2017');
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
});
