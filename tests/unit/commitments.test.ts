import { describe, expect, it } from 'vitest';
import {
  canMarkOn,
  daysSinceStart,
  isDueOn,
  isMarkValue,
  isReviewDue,
  keptRate,
  recentStrip,
  todayTally,
  validateCommitmentText,
  validateSchedule,
} from '../../shared/commitments.ts';
import type { CommitmentRules, Mark, MarkValue } from '../../shared/commitments.ts';
import { addDays } from '../../shared/local-day.ts';

// 2025-03-03 is a Monday.
const MON = '2025-03-03';
const MWF = { kind: 'weekdays', days: [1, 3, 5] } as const;

function rules(overrides: Partial<CommitmentRules> = {}): CommitmentRules {
  return {
    startDate: '2025-01-01',
    schedule: { kind: 'daily' },
    pauses: [],
    retiredOn: null,
    ...overrides,
  };
}

/** One mark per day from `from` for `count` days. */
function run(from: string, count: number, value: MarkValue): Mark[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(from, i), value }));
}

describe('validateCommitmentText', () => {
  it('trims and accepts a concrete promise', () => {
    expect(validateCommitmentText('  I’ll text if I’m running late.  ')).toEqual({
      ok: true,
      value: 'I’ll text if I’m running late.',
    });
  });

  it('asks for words when empty or only spaces', () => {
    for (const text of ['', '   ', '\n\t ']) {
      expect(validateCommitmentText(text)).toEqual({
        ok: false,
        message: 'Write what you’ll do — a few words is enough.',
      });
    }
  });

  it('accepts exactly 200 characters and explains the limit at 201', () => {
    expect(validateCommitmentText('a'.repeat(200)).ok).toBe(true);
    const tooLong = validateCommitmentText('a'.repeat(201));
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) {
      expect(tooLong.message).toContain('up to 200 characters — this one is 201');
    }
  });

  it('counts an emoji as one character', () => {
    expect(validateCommitmentText('🌱'.repeat(200)).ok).toBe(true);
    expect(validateCommitmentText('👩‍❤️‍👨'.repeat(200)).ok).toBe(true);
    expect(validateCommitmentText('🌱'.repeat(201)).ok).toBe(false);
  });
});

describe('validateSchedule', () => {
  it('accepts every day', () => {
    expect(validateSchedule({ kind: 'daily' })).toEqual({ ok: true, value: { kind: 'daily' } });
  });

  it('sorts and de-duplicates chosen weekdays', () => {
    expect(validateSchedule({ kind: 'weekdays', days: [5, 1, 3, 1] })).toEqual({
      ok: true,
      value: { kind: 'weekdays', days: [1, 3, 5] },
    });
  });

  it('asks for at least one day', () => {
    for (const input of [{ kind: 'weekdays', days: [] }, { kind: 'weekdays' }]) {
      expect(validateSchedule(input)).toEqual({
        ok: false,
        message: 'Choose at least one day for this commitment.',
      });
    }
  });

  it('rejects days outside Sunday..Saturday and malformed input', () => {
    for (const input of [
      { kind: 'weekdays', days: [7] },
      { kind: 'weekdays', days: [-1, 2] },
      { kind: 'weekdays', days: [1.5] },
      { kind: 'weekdays', days: ['1'] },
      { kind: 'monthly' },
      null,
      'daily',
    ]) {
      expect(validateSchedule(input).ok).toBe(false);
    }
  });
});

describe('isDueOn', () => {
  const r = rules({
    startDate: MON,
    schedule: MWF,
    pauses: [{ startDate: '2025-03-10', endDate: '2025-03-12' }],
    retiredOn: '2025-03-21',
  });

  it('is due on scheduled weekdays from the start date', () => {
    expect(isDueOn(r, '2025-03-02')).toBe(false); // before start
    expect(isDueOn(r, MON)).toBe(true);
    expect(isDueOn(r, '2025-03-04')).toBe(false); // Tuesday
    expect(isDueOn(r, '2025-03-05')).toBe(true);
  });

  it('rests for the whole pause, both ends included', () => {
    expect(isDueOn(r, '2025-03-10')).toBe(false);
    expect(isDueOn(r, '2025-03-12')).toBe(false);
    expect(isDueOn(r, '2025-03-14')).toBe(true);
  });

  it('stops on the retirement date', () => {
    expect(isDueOn(r, '2025-03-19')).toBe(true);
    expect(isDueOn(r, '2025-03-21')).toBe(false);
    expect(isDueOn(r, '2025-03-24')).toBe(false);
  });
});

describe('keptRate', () => {
  it('counts kept against not-kept over a daily week', () => {
    const marks: Mark[] = [
      ...run('2025-03-03', 5, 'kept'),
      { date: '2025-03-08', value: 'not-kept' },
      { date: '2025-03-09', value: 'kept' },
    ];
    expect(keptRate(rules(), marks, '2025-03-09', 7)).toEqual({
      kept: 6,
      notKept: 1,
      notApplicable: 0,
      unmarked: 0,
      dueDays: 7,
      rate: 6 / 7,
    });
  });

  it('leaves "didn’t come up" and unmarked days out of the rate', () => {
    const marks: Mark[] = [
      { date: '2025-03-03', value: 'kept' },
      { date: '2025-03-04', value: 'not-applicable' },
      { date: '2025-03-05', value: 'not-applicable' },
      { date: '2025-03-06', value: 'not-kept' },
    ];
    const result = keptRate(rules(), marks, '2025-03-09', 7);
    expect(result).toMatchObject({ kept: 1, notKept: 1, notApplicable: 2, unmarked: 3 });
    expect(result.rate).toBe(0.5);
  });

  it('has no rate when nothing came up or nothing is marked yet', () => {
    expect(keptRate(rules(), run(MON, 7, 'not-applicable'), '2025-03-09', 7).rate).toBeNull();
    expect(keptRate(rules(), [], '2025-03-09', 7)).toMatchObject({ unmarked: 7, rate: null });
  });

  it('only counts the chosen weekdays and ignores marks on other days', () => {
    const marks: Mark[] = [
      { date: '2025-03-03', value: 'kept' }, // Mon
      { date: '2025-03-04', value: 'not-kept' }, // Tue: not due, ignored
      { date: '2025-03-05', value: 'kept' }, // Wed
      { date: '2025-03-08', value: 'not-kept' }, // Sat: not due, ignored
    ];
    expect(keptRate(rules({ schedule: MWF }), marks, '2025-03-09', 7)).toEqual({
      kept: 2,
      notKept: 0,
      notApplicable: 0,
      unmarked: 1, // Friday
      dueDays: 3,
      rate: 1,
    });
  });

  it('skips paused days, even if they were marked', () => {
    const r = rules({ pauses: [{ startDate: '2025-03-05', endDate: '2025-03-07' }] });
    const marks = [...run(MON, 2, 'kept'), ...run('2025-03-05', 3, 'not-kept')];
    expect(keptRate(r, marks, '2025-03-09', 7)).toMatchObject({
      kept: 2,
      notKept: 0,
      unmarked: 2,
      dueDays: 4,
      rate: 1,
    });
  });

  it('stops counting at retirement but keeps the history before it', () => {
    const r = rules({ retiredOn: '2025-03-07' });
    const marks = [...run(MON, 4, 'kept'), ...run('2025-03-07', 3, 'not-kept')];
    expect(keptRate(r, marks, '2025-03-09', 7)).toMatchObject({
      kept: 4,
      notKept: 0,
      dueDays: 4,
      rate: 1,
    });
  });

  it('counts only from the start date when it falls inside the window', () => {
    const r = rules({ startDate: '2025-03-07' });
    const marks = [...run('2025-03-01', 6, 'not-kept'), ...run('2025-03-07', 3, 'kept')];
    expect(keptRate(r, marks, '2025-03-09', 30)).toMatchObject({
      kept: 3,
      notKept: 0,
      dueDays: 3,
      rate: 1,
    });
  });

  it('reads 7, 30 and 90 day windows ending today', () => {
    const today = '2025-06-30';
    const marks = new Map<string, MarkValue>(
      run(addDays(today, -99), 100, 'kept').map((m) => [m.date, m.value]),
    );
    marks.set(addDays(today, -20), 'not-kept'); // inside 30 and 90, outside 7
    marks.set(addDays(today, -60), 'not-kept'); // inside 90 only
    marks.set(addDays(today, -95), 'not-kept'); // outside every window
    const r = rules();
    expect(keptRate(r, marks, today, 7)).toMatchObject({ dueDays: 7, kept: 7, rate: 1 });
    expect(keptRate(r, marks, today, 30)).toMatchObject({ dueDays: 30, kept: 29, notKept: 1 });
    expect(keptRate(r, marks, today, 90)).toMatchObject({ dueDays: 90, kept: 88, notKept: 2 });
    expect(keptRate(r, marks, today, 90).rate).toBeCloseTo(88 / 90);
  });

  it('ignores marks after today', () => {
    expect(
      keptRate(rules(), [{ date: '2025-03-10', value: 'not-kept' }], '2025-03-09', 7).notKept,
    ).toBe(0);
  });

  it('uses the latest mark when a day appears twice in a list', () => {
    const marks: Mark[] = [
      { date: '2025-03-09', value: 'not-kept' },
      { date: '2025-03-09', value: 'kept' },
    ];
    expect(keptRate(rules(), marks, '2025-03-09', 1)).toMatchObject({ kept: 1, notKept: 0 });
  });

  it('refuses a window that is not a whole number of days', () => {
    expect(() => keptRate(rules(), [], MON, 0)).toThrow(RangeError);
    expect(() => keptRate(rules(), [], MON, 7.5)).toThrow(RangeError);
  });
});

describe('daysSinceStart', () => {
  it('counts whole days and never goes negative', () => {
    const r = rules({ startDate: MON });
    expect(daysSinceStart(r, MON)).toBe(0);
    expect(daysSinceStart(r, '2025-04-02')).toBe(30);
    expect(daysSinceStart(r, '2025-03-01')).toBe(0);
  });
});

describe('recentStrip', () => {
  it('shows the last 14 days oldest first, with why each day is or isn’t marked', () => {
    const r = rules({
      startDate: '2025-03-05',
      schedule: { kind: 'weekdays', days: [1, 2, 3, 4, 5] },
      pauses: [{ startDate: '2025-03-10', endDate: '2025-03-11' }],
      retiredOn: '2025-03-14',
    });
    const marks: Mark[] = [
      { date: '2025-03-05', value: 'kept' },
      { date: '2025-03-06', value: 'not-kept' },
      { date: '2025-03-07', value: 'not-applicable' },
      { date: '2025-03-08', value: 'kept' }, // Saturday: not due
      { date: '2025-03-10', value: 'kept' }, // paused
    ];
    const strip = recentStrip(r, marks, '2025-03-15');
    expect(strip).toHaveLength(14);
    expect(strip.map((d) => d.date).slice(0, 2)).toEqual(['2025-03-02', '2025-03-03']);
    expect(strip.at(-1)?.date).toBe('2025-03-15');
    expect(strip.map((d) => d.state)).toEqual([
      'before-start', // 02 Sun
      'before-start', // 03
      'before-start', // 04
      'kept', // 05 Wed
      'not-kept', // 06 Thu
      'not-applicable', // 07 Fri
      'not-due', // 08 Sat
      'not-due', // 09 Sun
      'paused', // 10 Mon
      'paused', // 11 Tue
      'unmarked', // 12 Wed
      'unmarked', // 13 Thu
      'retired', // 14 Fri
      'retired', // 15 Sat
    ]);
  });

  it('honours a custom length', () => {
    expect(recentStrip(rules(), [], '2025-03-09', 7).map((d) => d.date)).toEqual(
      run(MON, 7, 'kept').map((m) => m.date),
    );
  });
});

describe('todayTally', () => {
  it('counts commitments due today and how many of those are marked', () => {
    const today = '2025-03-04'; // Tuesday
    const tally = todayTally(
      [
        { rules: rules(), marks: [{ date: today, value: 'not-kept' }] },
        { rules: rules(), marks: [{ date: '2025-03-03', value: 'kept' }] },
        { rules: rules({ schedule: MWF }), marks: [{ date: today, value: 'kept' }] }, // not due
        { rules: rules({ retiredOn: '2025-03-01' }), marks: [] },
        { rules: rules(), marks: new Map([[today, 'not-applicable' as const]]) },
      ],
      today,
    );
    expect(tally).toEqual({ due: 3, marked: 2 });
  });

  it('is zero of zero with nothing due', () => {
    expect(todayTally([], MON)).toEqual({ due: 0, marked: 0 });
  });
});

describe('marking and review', () => {
  it('lets the author mark due days up to today, not future or off-schedule days', () => {
    const r = rules({ schedule: MWF });
    expect(canMarkOn(r, '2025-03-05', '2025-03-05')).toBe(true);
    expect(canMarkOn(r, MON, '2025-03-05')).toBe(true);
    expect(canMarkOn(r, '2025-03-07', '2025-03-05')).toBe(false);
    expect(canMarkOn(r, '2025-03-04', '2025-03-05')).toBe(false);
  });

  it('recognises only the three mark values', () => {
    expect(['kept', 'not-kept', 'not-applicable'].every(isMarkValue)).toBe(true);
    expect(isMarkValue('failed')).toBe(false);
    expect(isMarkValue(undefined)).toBe(false);
  });

  it('says a review is due once its date arrives, unless retired', () => {
    const r = rules({ reviewDate: '2025-04-01' });
    expect(isReviewDue(r, '2025-03-31')).toBe(false);
    expect(isReviewDue(r, '2025-04-01')).toBe(true);
    expect(isReviewDue({ ...r, retiredOn: '2025-03-20' }, '2025-04-02')).toBe(false);
    expect(isReviewDue(rules(), '2025-04-02')).toBe(false);
  });
});
