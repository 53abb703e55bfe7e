import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, weekdayOf } from '../../shared/local-day.ts';
import type { LocalDate } from '../../shared/local-day.ts';
import { CONSISTENCY_EXPLANATION, STAGE_WORDS, patternStage } from '../../shared/record-words.ts';
import {
  CONSISTENCY_HALF_LIFE_DAYS,
  dayStates,
  settledByWeek,
  summarizeRecord,
  yearCalendar,
} from '../../shared/record.ts';
import type { CheckinMark, PauseRange, RecordInput } from '../../shared/record.ts';

const A = 'partner-a';
const B = 'partner-b';
const TODAY = '2026-06-10'; // a Wednesday

/** `n` consecutive dates starting at `start`. */
function days(start: LocalDate, n: number): LocalDate[] {
  return Array.from({ length: n }, (_, i) => addDays(start, i));
}

function only(partnerId: string, dates: LocalDate[]): CheckinMark[] {
  return dates.map((localDate) => ({ partnerId, localDate }));
}

function both(dates: LocalDate[]): CheckinMark[] {
  return [...only(A, dates), ...only(B, dates)];
}

function record(
  checkins: CheckinMark[],
  today: LocalDate = TODAY,
  pauses: PauseRange[] = [],
): RecordInput {
  return { partnerIds: [A, B], checkins, pauses, today };
}

describe('summarizeRecord — runs and totals', () => {
  it('shows an empty, zeroed record before anyone has checked in', () => {
    expect(summarizeRecord(record([]))).toEqual({
      today: TODAY,
      checkedInToday: { [A]: false, [B]: false },
      todayKept: false,
      todayPaused: false,
      currentRun: 0,
      longestRun: 0,
      kept7: 0,
      kept30: 0,
      kept90: 0,
      paused7: 0,
      paused30: 0,
      paused90: 0,
      consistency: 0,
      firstDate: null,
      totalKept: 0,
    });
  });

  it('counts a first day both partners showed up as the first small step of the pattern', () => {
    const s = summarizeRecord(record(both([TODAY])));
    expect(s.todayKept).toBe(true);
    expect(s.currentRun).toBe(1);
    expect(s.longestRun).toBe(1);
    expect(s.consistency).toBe(5);
    expect(s.firstDate).toBe(TODAY);
    expect([s.kept7, s.kept30, s.kept90, s.totalKept]).toEqual([1, 1, 1, 1]);
  });

  it('on a first day with one check-in, shows who checked in and scores nothing yet', () => {
    const s = summarizeRecord(record(only(A, [TODAY])));
    expect(s.checkedInToday).toEqual({ [A]: true, [B]: false });
    expect(s.todayKept).toBe(false);
    expect(s.currentRun).toBe(0);
    expect(s.consistency).toBe(0);
    expect(s.firstDate).toBe(TODAY);
  });

  it('never counts a day kept when only one partner checks in', () => {
    const s = summarizeRecord(record(only(B, days(addDays(TODAY, -19), 20))));
    expect(s.totalKept).toBe(0);
    expect(s.currentRun).toBe(0);
    expect(s.longestRun).toBe(0);
    expect(s.kept30).toBe(0);
    expect(s.consistency).toBe(0);
    expect(s.checkedInToday).toEqual({ [A]: false, [B]: true });
  });

  it('counts repeated check-ins by the same partner on the same day once', () => {
    const yesterday = addDays(TODAY, -1);
    const checkins = [
      ...only(A, [yesterday, yesterday, yesterday]),
      ...only(B, [yesterday, yesterday]),
      ...only(A, [TODAY, TODAY]), // A twice today is still not both of them
    ];
    const s = summarizeRecord(record(checkins));
    expect(s.totalKept).toBe(1);
    expect(s.currentRun).toBe(1);
    expect(s.todayKept).toBe(false);
    expect(dayStates(record(checkins), yesterday, TODAY).map((d) => d.state)).toEqual([
      'kept',
      'one',
    ]);
  });

  it('keeps the run alive while today is still open, then extends it once both check in', () => {
    const lastFive = days(addDays(TODAY, -5), 5);
    expect(summarizeRecord(record(both(lastFive))).currentRun).toBe(5);
    expect(summarizeRecord(record([...both(lastFive), ...only(A, [TODAY])])).currentRun).toBe(5);
    expect(summarizeRecord(record(both([...lastFive, TODAY]))).currentRun).toBe(6);
  });

  it('starts a new run after a gap day, remembering the longest one', () => {
    const s = summarizeRecord(
      record(both([...days('2026-05-20', 10), ...days(addDays(TODAY, -2), 3)])),
    );
    expect(s.currentRun).toBe(3);
    expect(s.longestRun).toBe(10);
    expect(s.totalKept).toBe(13);

    // Yesterday missed, today not yet: the run is over (but the longest is remembered).
    const gapYesterday = summarizeRecord(record(both(days(addDays(TODAY, -5), 4))));
    expect(gapYesterday.currentRun).toBe(0);
    expect(gapYesterday.longestRun).toBe(4);
  });

  it('runs straight through a leap day', () => {
    const s = summarizeRecord(record(both(days('2028-02-27', 5)), '2028-03-02'));
    expect(days('2028-02-27', 5)).toContain('2028-02-29');
    expect(s.currentRun).toBe(5);
    expect(s.kept7).toBe(5);
  });

  it('treats a missed leap day as a real gap', () => {
    const checkins = both(['2028-02-27', '2028-02-28', '2028-03-01', '2028-03-02']);
    const s = summarizeRecord(record(checkins, '2028-03-02'));
    expect(s.currentRun).toBe(2);
    expect(s.longestRun).toBe(2);
  });

  it('runs across month ends and the new year', () => {
    expect(summarizeRecord(record(both(days('2026-04-28', 5)), '2026-05-02')).currentRun).toBe(5);
    const newYear = summarizeRecord(record(both(days('2026-12-29', 5)), '2027-01-02'));
    expect(newYear.currentRun).toBe(5);
    expect(newYear.firstDate).toBe('2026-12-29');
  });

  it('ignores check-ins from other ids, unreadable dates and days after today', () => {
    const checkins: CheckinMark[] = [
      ...both([TODAY]),
      { partnerId: 'someone-else', localDate: addDays(TODAY, -1) },
      { partnerId: A, localDate: '2026-02-30' },
      { partnerId: B, localDate: '2026-02-30' },
      ...both([addDays(TODAY, 1)]),
    ];
    const s = summarizeRecord(record(checkins));
    expect(s.totalKept).toBe(1);
    expect(s.firstDate).toBe(TODAY);
    expect(s.currentRun).toBe(1);
  });

  it('refuses a today that is not a calendar date', () => {
    expect(() => summarizeRecord(record([], '2026-13-01'))).toThrow(RangeError);
  });
});

describe('summarizeRecord — pauses', () => {
  it('bridges a run across a pause without counting the paused days', () => {
    const checkins = both([...days('2026-06-01', 5), ...days('2026-06-09', 2)]);
    const s = summarizeRecord(
      record(checkins, TODAY, [{ startDate: '2026-06-06', endDate: '2026-06-08' }]),
    );
    expect(s.currentRun).toBe(7);
    expect(s.longestRun).toBe(7);
    // Seven kept days with a frozen pause among them: the same as seven in a row.
    expect(s.consistency).toBe(summarizeRecord(record(both(days('2026-06-04', 7)))).consistency);
    expect(s.kept7).toBe(4);
    expect(s.paused7).toBe(3);

    const unpaused = summarizeRecord(record(checkins));
    expect(unpaused.currentRun).toBe(2);
    expect(unpaused.consistency).toBeLessThan(100);
  });

  it('does not hold a pause at the very start against the couple', () => {
    // They planned a trip before ever checking in; one of them checked in from the road.
    const checkins = [...only(A, ['2026-06-05']), ...both(days('2026-06-08', 3))];
    const pauses = [{ startDate: '2026-06-01', endDate: '2026-06-07' }];
    const s = summarizeRecord(record(checkins, TODAY, pauses));
    expect(s.firstDate).toBe('2026-06-05');
    expect(s.currentRun).toBe(3);
    expect(s.consistency).toBe(summarizeRecord(record(both(days('2026-06-08', 3)))).consistency);
    expect(s.paused7).toBe(4); // 06-04 … 06-07
  });

  it('holds the run while a pause covers today', () => {
    const checkins = both(days('2026-05-28', 10)); // through 06-06
    const pauses = [{ startDate: '2026-06-07', endDate: '2026-06-20' }];
    const s = summarizeRecord(record(checkins, TODAY, pauses));
    expect(s.todayPaused).toBe(true);
    expect(s.currentRun).toBe(10);
    expect(s.consistency).toBe(
      summarizeRecord(record(both(days('2026-05-28', 10)), '2026-06-07')).consistency,
    );
    expect(s.kept7).toBe(3);
    expect(s.paused7).toBe(4);
  });

  it('counts a day both showed up during a pause as kept', () => {
    const checkins = both(['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-05', '2026-06-07']);
    const pauses = [{ startDate: '2026-06-04', endDate: '2026-06-06' }];
    const s = summarizeRecord(record(checkins, '2026-06-07', pauses));
    expect(s.totalKept).toBe(5);
    expect(s.currentRun).toBe(5);
    expect(s.paused7).toBe(2);
    expect(dayStates(record(checkins, '2026-06-07', pauses), '2026-06-04', '2026-06-06')).toEqual([
      { date: '2026-06-04', state: 'paused' },
      { date: '2026-06-05', state: 'kept' },
      { date: '2026-06-06', state: 'paused' },
    ]);
  });

  it('treats a one-sided check-in during a pause as paused, not a gap', () => {
    const checkins = [...both(['2026-06-01']), ...only(B, ['2026-06-02']), ...both(['2026-06-03'])];
    const pauses = [{ startDate: '2026-06-02', endDate: '2026-06-02' }];
    const s = summarizeRecord(record(checkins, '2026-06-03', pauses));
    expect(s.currentRun).toBe(2);
    const twoInARow = record(both(days('2026-06-01', 2)), '2026-06-02');
    expect(s.consistency).toBe(summarizeRecord(twoInARow).consistency);
  });

  it('ignores a pause whose end comes before its start', () => {
    const checkins = both(['2026-06-07', '2026-06-09']);
    const pauses = [{ startDate: '2026-06-08', endDate: '2026-06-01' }];
    expect(summarizeRecord(record(checkins, '2026-06-09', pauses)).currentRun).toBe(1);
  });
});

describe('summarizeRecord — 7/30/90 day windows', () => {
  // Kept every day for 100 days, except a gap 40 days ago and a 2-day pause 10 days ago.
  const gap = addDays(TODAY, -40);
  const pauseDays = [addDays(TODAY, -10), addDays(TODAY, -9)];
  const kept = days(addDays(TODAY, -99), 100).filter((d) => d !== gap && !pauseDays.includes(d));
  const input = record(both(kept), TODAY, [
    { startDate: pauseDays[0] ?? '', endDate: pauseDays[1] ?? '' },
  ]);

  it('counts kept and paused days within each window, today included', () => {
    const s = summarizeRecord(input);
    expect([s.kept7, s.kept30, s.kept90]).toEqual([7, 28, 87]);
    expect([s.paused7, s.paused30, s.paused90]).toEqual([0, 2, 2]);
  });

  it('agrees with the day-by-day states the calendar shows', () => {
    const s = summarizeRecord(input);
    const last30 = dayStates(input, addDays(TODAY, -29), TODAY);
    expect(last30).toHaveLength(30);
    expect(last30.filter((d) => d.state === 'kept')).toHaveLength(s.kept30);
    expect(last30.filter((d) => d.state === 'paused')).toHaveLength(s.paused30);
  });

  it('does not count an unfinished today', () => {
    const s = summarizeRecord(record(both(kept.filter((d) => d !== TODAY)), TODAY));
    expect(s.kept7).toBe(6);
  });
});

describe('summarizeRecord — consistency as a habit strength', () => {
  /** The score after `kept` kept days in a row ending yesterday, today still open. */
  const after = (kept: number, extra: CheckinMark[] = [], pauses: PauseRange[] = []) =>
    summarizeRecord(record([...both(days(addDays(TODAY, -kept), kept)), ...extra], TODAY, pauses))
      .consistency;

  it('uses a two-week half-life and a single warm sentence that never grades', () => {
    expect(CONSISTENCY_HALF_LIFE_DAYS).toBe(14);
    expect(
      CONSISTENCY_EXPLANATION.trim()
        .split(/[.!?](\s|$)/)
        .filter((x) => x.trim()),
    ).toHaveLength(1);
    expect(CONSISTENCY_EXPLANATION).not.toMatch(/fail|broke|streak|lost|grade|%|\/100/i);
  });

  it('starts at zero and builds: about half after two weeks, most of the way after two months', () => {
    expect(after(0)).toBe(0);
    expect(after(1)).toBe(5);
    expect(after(7)).toBe(29);
    expect(after(14)).toBe(50);
    expect(after(30)).toBe(77);
    expect(after(60)).toBe(95);
    expect(after(365)).toBe(100);
  });

  it('grows every kept day of the first month, never jumping to full', () => {
    let previous = -1;
    for (let n = 1; n <= 30; n++) {
      const score = after(n);
      expect(score).toBeGreaterThan(previous);
      expect(score).toBeLessThan(80);
      previous = score;
    }
  });

  it('costs about five points for one quiet day after a long run', () => {
    const longRun = summarizeRecord(record(both(days(addDays(TODAY, -201), 200))));
    expect(longRun.currentRun).toBe(0); // yesterday was quiet
    expect(longRun.consistency).toBe(95);
    expect(after(200)).toBe(100);
  });

  it('freezes while paused: a long pause then a quiet day costs the same as the quiet day alone', () => {
    // 100 kept days, 30 paused, one quiet day (yesterday), today open.
    const keptFrom = addDays(TODAY, -131);
    const pause = { startDate: addDays(TODAY, -31), endDate: addDays(TODAY, -2) };
    const withPause = summarizeRecord(record(both(days(keptFrom, 100)), TODAY, [pause]));
    const withoutPause = summarizeRecord(record(both(days(addDays(TODAY, -101), 100)), TODAY));
    expect(withPause.consistency).toBe(withoutPause.consistency);
    expect(withPause.consistency).toBe(94);
    // And a pause alone (no quiet day) leaves the score exactly where it was.
    const pausedNow = summarizeRecord(
      record(both(days(keptFrom, 100)), TODAY, [{ ...pause, endDate: TODAY }]),
    );
    expect(pausedNow.consistency).toBe(after(100));
  });

  it('lets old gaps fade: a gap long ago costs less than a recent one', () => {
    const all = days(addDays(TODAY, -59), 60);
    const oldGap = summarizeRecord(record(both(all.filter((d) => d !== addDays(TODAY, -50)))));
    const recentGap = summarizeRecord(record(both(all.filter((d) => d !== addDays(TODAY, -3)))));
    expect(oldGap.consistency).toBeGreaterThan(recentGap.consistency);
  });

  it('climbs back as days are kept again after a hard stretch', () => {
    const start = '2026-04-01';
    const base = both(days(start, 20));
    let previous = -1;
    for (let resumed = 1; resumed <= 10; resumed++) {
      const today = addDays(start, 29 + resumed); // 10-day gap, then `resumed` kept days
      const s = summarizeRecord(
        record([...base, ...both(days(addDays(start, 30), resumed))], today),
      );
      expect(s.consistency).toBeGreaterThan(previous);
      previous = s.consistency;
    }
  });

  it('is not lowered by an unfinished today', () => {
    const history = both(days(addDays(TODAY, -20), 20).filter((_, i) => i % 3 !== 0));
    const asOfYesterday = summarizeRecord(record(history, addDays(TODAY, -1)));
    const todayOpen = summarizeRecord(record([...history, ...only(A, [TODAY])]));
    expect(todayOpen.consistency).toBe(asOfYesterday.consistency);
    expect(todayOpen.consistency).toBeGreaterThan(0);
    expect(todayOpen.consistency).toBeLessThan(100);
  });
});

describe('patternStage — words for the score', () => {
  it('names the stages gently, in order', () => {
    expect([0, 5, 49, 50, 84, 85, 100].map(patternStage)).toEqual([
      'starting',
      'building',
      'building',
      'growing',
      'growing',
      'steady',
      'steady',
    ]);
    for (const words of Object.values(STAGE_WORDS)) {
      expect(`${words.label} ${words.detail}`).not.toMatch(/fail|broke|streak|lost|grade|%/i);
    }
  });
});

describe('summarizeRecord — invariants over random histories', () => {
  it('keeps every number in range and consistent with the others', () => {
    const day = fc.integer({ min: -120, max: 0 }).map((n) => addDays(TODAY, n));
    const mark = fc.record({ partnerId: fc.constantFrom(A, B), localDate: day });
    const pause = fc.tuple(day, fc.integer({ min: 0, max: 10 })).map(([startDate, len]) => ({
      startDate,
      endDate: addDays(startDate, len),
    }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 200 }), fc.array(pause, { maxLength: 3 }), (c, p) => {
        const s = summarizeRecord(record(c, TODAY, p));
        expect(Number.isInteger(s.consistency)).toBe(true);
        expect(s.consistency).toBeGreaterThanOrEqual(0);
        expect(s.consistency).toBeLessThanOrEqual(100);
        expect(s.currentRun).toBeLessThanOrEqual(s.longestRun);
        expect(s.longestRun).toBeLessThanOrEqual(s.totalKept);
        expect(s.kept7).toBeLessThanOrEqual(s.kept30);
        expect(s.kept30).toBeLessThanOrEqual(s.kept90);
        expect(s.kept90).toBeLessThanOrEqual(s.totalKept);
        expect(s.kept30 + s.paused30).toBeLessThanOrEqual(30);
        expect(s.totalKept > 0).toBe(s.consistency > 0 || s.longestRun > 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('summarizeRecord — long history', () => {
  it('summarises ten years of daily check-ins with pauses (speed: see bench/)', () => {
    const start = '2016-06-11';
    const all = days(start, 3652);
    // ~7,200 marks: one partner every day, the other missing every 30th day.
    const checkins = [
      ...only(A, all),
      ...only(
        B,
        all.filter((_, i) => i % 30 !== 0),
      ),
    ];
    const pauses = Array.from({ length: 20 }, (_, i) => ({
      startDate: addDays(start, i * 180 + 40),
      endDate: addDays(start, i * 180 + 50),
    }));
    const input = record(checkins, addDays(start, 3651), pauses);
    expect(checkins.length).toBeGreaterThan(7100);

    const summary = summarizeRecord(input);
    expect(summary.totalKept).toBe(3652 - 122);
    expect(summary.firstDate).toBe(start);
  });
});

describe('dayStates', () => {
  it('labels each day kept, one, none, paused or future', () => {
    const checkins = [
      ...both(['2026-06-05']),
      ...only(A, ['2026-06-06', TODAY]),
      ...both(['2026-06-09']),
    ];
    const pauses = [{ startDate: '2026-06-08', endDate: '2026-06-08' }];
    expect(dayStates(record(checkins, TODAY, pauses), '2026-06-05', '2026-06-11')).toEqual([
      { date: '2026-06-05', state: 'kept' },
      { date: '2026-06-06', state: 'one' },
      { date: '2026-06-07', state: 'none' },
      { date: '2026-06-08', state: 'paused' },
      { date: '2026-06-09', state: 'kept' },
      { date: TODAY, state: 'one', open: true },
      { date: '2026-06-11', state: 'future' },
    ]);
  });

  it('lists each date once across a leap day', () => {
    const dates = dayStates(record([]), '2028-02-27', '2028-03-01').map((d) => d.date);
    expect(dates).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('is empty when the range runs backwards', () => {
    expect(dayStates(record(both([TODAY])), TODAY, '2026-06-01')).toEqual([]);
  });
});

describe('yearCalendar', () => {
  it('lays out 53 Monday-started weeks ending with the week of today', () => {
    const cal = yearCalendar(record(both([TODAY])));
    expect(cal.weeks).toHaveLength(53);
    expect(cal.start).toBe('2025-06-09');
    const flat = cal.weeks.flat();
    expect(flat).toHaveLength(371);
    flat.forEach((cell, i) => expect(cell.date).toBe(addDays(cal.start, i)));
    for (const week of cal.weeks) expect(weekdayOf(week[0]?.date ?? '')).toBe(1);
    expect(cal.weeks.at(-1)?.map((d) => d.state)).toEqual([
      'none',
      'none',
      'kept',
      'future',
      'future',
      'future',
      'future',
    ]);
  });

  it('shows days before the first check-in as empty, not as gaps of a different kind', () => {
    const cal = yearCalendar(record(both(days(addDays(TODAY, -2), 3))));
    const states = cal.weeks.flat().filter((d) => d.date <= TODAY);
    expect(states.slice(0, -3).every((d) => d.state === 'none')).toBe(true);
    expect(states.slice(-3).every((d) => d.state === 'kept')).toBe(true);
  });

  it('places a label on the column where each month begins', () => {
    const cal = yearCalendar(record([]));
    expect(cal.months[0]).toEqual({ column: 3, month: '2025-07' }); // 2025-07-01 is a Tuesday
    expect(cal.months.at(-1)).toEqual({ column: 51, month: '2026-06' });
    expect(cal.months).toHaveLength(12);
  });

  it('includes the leap day exactly once in a leap year', () => {
    const cal = yearCalendar(record(both(['2028-02-29']), '2028-03-01'));
    const leap = cal.weeks.flat().filter((d) => d.date === '2028-02-29');
    expect(leap).toEqual([{ date: '2028-02-29', state: 'kept' }]);
  });
});

describe('settledByWeek', () => {
  const rated = (partnerId: string, localDate: LocalDate, settled: number): CheckinMark => ({
    partnerId,
    localDate,
    settled,
  });

  it('averages each partner per ISO week, oldest first, with null for silent weeks', () => {
    const checkins = [
      rated(A, '2026-05-25', 2), // Monday of the oldest week
      rated(A, '2026-05-31', 4), // Sunday, same week
      rated(B, '2026-06-01', 3),
      rated(A, TODAY, 5),
      rated(B, TODAY, 4),
      rated(B, '2026-06-09', 5),
      { partnerId: B, localDate: '2026-05-26' }, // no rating: not a zero
    ];
    expect(settledByWeek(record(checkins), 3)).toEqual([
      { weekStart: '2026-05-25', average: { [A]: 3, [B]: null } },
      { weekStart: '2026-06-01', average: { [A]: null, [B]: 3 } },
      { weekStart: '2026-06-08', average: { [A]: 5, [B]: 4.5 } },
    ]);
  });

  it('counts a day rated twice once, using the later rating', () => {
    const checkins = [rated(A, TODAY, 1), rated(A, TODAY, 5), rated(A, '2026-06-09', 3)];
    expect(settledByWeek(record(checkins), 1)[0]?.average[A]).toBe(4);
  });

  it('ignores ratings outside 1…5 and days after today', () => {
    const checkins = [rated(A, TODAY, 0), rated(A, TODAY, 9), rated(B, '2026-06-11', 5)];
    expect(settledByWeek(record(checkins), 1)).toEqual([
      { weekStart: '2026-06-08', average: { [A]: null, [B]: null } },
    ]);
  });

  it('covers months of weeks, across the new year', () => {
    const weeks = settledByWeek(record([rated(B, '2026-12-31', 2)], '2027-01-06'), 26);
    expect(weeks).toHaveLength(26);
    expect(weeks.at(-1)?.weekStart).toBe('2027-01-04');
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-12-28', average: { [A]: null, [B]: 2 } });
    weeks.forEach((w, i) => expect(w.weekStart).toBe(addDays('2026-07-13', i * 7)));
  });

  it('returns nothing for zero weeks', () => {
    expect(settledByWeek(record([rated(A, TODAY, 3)]), 0)).toEqual([]);
  });
});
