// Runs under several process time zones: a mark belongs to the author's local day, and the
// rate must not shift with the zone of the machine doing the sums.
import { describe, expect, it } from 'vitest';
import {
  keptRate,
  markAt,
  recentStrip,
  todayTally,
  type CommitmentRules,
} from '../../shared/commitments.ts';
import { instantAt } from '../../shared/local-day.ts';

// Mondays, Wednesdays and Fridays; 2025-03-03 is a Monday.
const MWF: CommitmentRules = {
  startDate: '2025-03-01',
  schedule: { kind: 'weekdays', days: [1, 3, 5] },
  pauses: [],
  retiredOn: null,
};

describe('marks made from instants', () => {
  it('land on the author’s local day, not the machine’s', () => {
    // 03:30 UTC on Monday 3 March is still Sunday evening in New York.
    const instant = Date.UTC(2025, 2, 3, 3, 30);
    expect(markAt(instant, 'America/New_York', 'kept').date).toBe('2025-03-02');
    expect(markAt(instant, 'Europe/London', 'kept').date).toBe('2025-03-03');
    expect(markAt(instant, 'Asia/Kolkata', 'kept').date).toBe('2025-03-03');
    // 13:30 UTC on Sunday is already 00:30 Monday on Lord Howe Island (UTC+11 in March).
    expect(markAt(Date.UTC(2025, 2, 2, 13, 30), 'Australia/Lord_Howe', 'kept').date).toBe(
      '2025-03-03',
    );
  });

  it('count toward the right due day, whatever zone the process is in', () => {
    const marks = [
      // Sunday night in New York: not a due day, so it doesn't count.
      markAt(Date.UTC(2025, 2, 3, 3, 30), 'America/New_York', 'not-kept'),
      // Monday just after midnight on Lord Howe, while it's still Sunday in UTC.
      markAt(
        instantAt('2025-03-03', '00:30', 'Australia/Lord_Howe'),
        'Australia/Lord_Howe',
        'kept',
      ),
      // Wednesday 23:50 in Kolkata is 18:20 UTC the same day.
      markAt(instantAt('2025-03-05', '23:50', 'Asia/Kolkata'), 'Asia/Kolkata', 'not-kept'),
      // Friday 23:59 in New York is Saturday 04:59 UTC.
      markAt(instantAt('2025-03-07', '23:59', 'America/New_York'), 'America/New_York', 'kept'),
    ];
    expect(marks.map((m) => m.date)).toEqual([
      '2025-03-02',
      '2025-03-03',
      '2025-03-05',
      '2025-03-07',
    ]);
    expect(keptRate(MWF, marks, '2025-03-09', 7)).toEqual({
      kept: 2,
      notKept: 1,
      notApplicable: 0,
      unmarked: 0,
      dueDays: 3,
      rate: 2 / 3,
    });
    expect(recentStrip(MWF, marks, '2025-03-09', 7).map((d) => d.state)).toEqual([
      'kept',
      'not-due',
      'not-kept',
      'not-due',
      'kept',
      'not-due',
      'not-due',
    ]);
  });

  it('tally the local day even late in the evening', () => {
    const daily: CommitmentRules = { ...MWF, schedule: { kind: 'daily' } };
    const lateTonight = instantAt('2025-03-04', '23:45', 'America/New_York');
    const mark = markAt(lateTonight, 'America/New_York', 'kept');
    expect(todayTally([{ rules: daily, marks: [mark] }], '2025-03-04')).toEqual({
      due: 1,
      marked: 1,
    });
  });
});

describe('windows across clock changes', () => {
  it('span exactly the chosen number of calendar days over DST transitions', () => {
    // New York (9 Mar), London (30 Mar) and Lord Howe (6 Apr, a half-hour shift) all
    // change their clocks inside this window.
    const daily: CommitmentRules = { ...MWF, startDate: '2025-01-01', schedule: { kind: 'daily' } };
    const result = keptRate(daily, [], '2025-04-20', 90);
    expect(result.dueDays).toBe(90);
    const strip = recentStrip(daily, [], '2025-04-08', 40);
    expect(strip[0]?.date).toBe('2025-02-28');
    expect(new Set(strip.map((d) => d.date)).size).toBe(40);
  });

  it('keeps a mark made just after a spring-forward on its own day', () => {
    // 02:30 doesn't exist in New York on 9 March; the instant is 03:00, still the 9th.
    const mark = markAt(
      instantAt('2025-03-09', '02:30', 'America/New_York'),
      'America/New_York',
      'kept',
    );
    expect(mark.date).toBe('2025-03-09');
  });
});
