// Runs under several process time zones: every expectation here is written in UTC
// instants and explicit zones, so a pass in all of them shows local-day.ts never leans on
// the machine's own zone.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  instantAt,
  localDateOf,
  wallClockOf,
  weekStartOf,
  zoneOffsetMinutes,
} from '../../shared/local-day.ts';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const LORD_HOWE = 'Australia/Lord_Howe';
const KOLKATA = 'Asia/Kolkata';

/** A UTC instant, months 1-based for readability. */
function utc(y: number, mo: number, d: number, h: number, mi = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi);
}

describe('localDateOf across DST changes', () => {
  it('New York: the evening before and after the spring-forward night', () => {
    expect(localDateOf(utc(2026, 3, 8, 4, 30), NY)).toBe('2026-03-07'); // 23:30 EST
    expect(localDateOf(utc(2026, 3, 8, 6, 59), NY)).toBe('2026-03-08'); // 01:59 EST
    // 00:30 EDT: under the winter offset this would still read as the 8th.
    expect(localDateOf(utc(2026, 3, 9, 4, 30), NY)).toBe('2026-03-09');
  });

  it('New York: after falling back, late evening stays on the same day', () => {
    // 23:30 EST on 1 Nov; under the summer offset it would already be the 2nd.
    expect(localDateOf(utc(2026, 11, 2, 4, 30), NY)).toBe('2026-11-01');
    expect(localDateOf(utc(2026, 11, 2, 5, 0), NY)).toBe('2026-11-02');
  });

  it('London: just after midnight in summer time belongs to the next day', () => {
    expect(localDateOf(utc(2026, 3, 29, 23, 30), LONDON)).toBe('2026-03-30'); // 00:30 BST
    expect(localDateOf(utc(2026, 3, 28, 23, 30), LONDON)).toBe('2026-03-28'); // 23:30 GMT
    expect(localDateOf(utc(2026, 10, 25, 23, 30), LONDON)).toBe('2026-10-25'); // 23:30 GMT
  });

  it('Lord Howe: follows its 30-minute daylight shift', () => {
    // 5 April 2026, 02:00 daylight time (+11) becomes 01:30 standard time (+10:30).
    expect(localDateOf(utc(2026, 4, 4, 13, 15), LORD_HOWE)).toBe('2026-04-05'); // 00:15 +11
    expect(localDateOf(utc(2026, 4, 5, 13, 15), LORD_HOWE)).toBe('2026-04-05'); // 23:45 +10:30
    expect(zoneOffsetMinutes(utc(2026, 1, 15, 0), LORD_HOWE)).toBe(660);
    expect(zoneOffsetMinutes(utc(2026, 7, 15, 0), LORD_HOWE)).toBe(630);
  });

  it('Kolkata: the day turns at 18:30 UTC all year round', () => {
    for (const month of [1, 7]) {
      expect(localDateOf(utc(2026, month, 1, 18, 29), KOLKATA)).toBe(`2026-0${month}-01`);
      expect(localDateOf(utc(2026, month, 1, 18, 30), KOLKATA)).toBe(`2026-0${month}-02`);
      expect(zoneOffsetMinutes(utc(2026, month, 1, 12), KOLKATA)).toBe(330);
    }
  });
});

describe('travel: a check-in belongs to the day where the person was', () => {
  it('23:30 in New York and 00:10 in London fall on different days', () => {
    const nyLate = utc(2026, 6, 11, 3, 30); // 23:30 EDT, 10 June
    const londonJustAfterMidnight = utc(2026, 6, 10, 23, 10); // 00:10 BST, 11 June
    expect(wallClockOf(nyLate, NY)).toMatchObject({ hour: 23, minute: 30 });
    expect(wallClockOf(londonJustAfterMidnight, LONDON)).toMatchObject({ hour: 0, minute: 10 });
    expect(localDateOf(nyLate, NY)).toBe('2026-06-10');
    expect(localDateOf(londonJustAfterMidnight, LONDON)).toBe('2026-06-11');
    // Four hours apart, and the earlier instant has the later calendar day.
    expect(nyLate - londonJustAfterMidnight).toBe(4 * 3_600_000 + 20 * 60_000);
  });

  it('a partner who flew overnight NY → London lands on the next calendar day', () => {
    const leaveNY = instantAt('2026-06-10', '21:00', NY);
    const landLondon = leaveNY + 7 * 3_600_000; // a seven-hour flight
    expect(wallClockOf(landLondon, LONDON)).toEqual({
      date: '2026-06-11',
      hour: 9,
      minute: 0,
      second: 0,
    });
    expect(localDateOf(landLondon, NY)).toBe('2026-06-11');
  });

  it('ten minutes apart can still be two days apart', () => {
    const a = utc(2026, 6, 10, 23, 0); // 19:00 in New York
    const b = a + 10 * 60_000; // 00:10 in London
    expect(localDateOf(a, NY)).toBe('2026-06-10');
    expect(localDateOf(b, LONDON)).toBe('2026-06-11');
  });
});

describe('instantAt in gaps and repeats', () => {
  it('New York: a skipped time moves to the end of the gap, a repeated one takes the first', () => {
    expect(instantAt('2026-03-08', '02:30', NY)).toBe(utc(2026, 3, 8, 7, 0)); // 03:00 EDT
    expect(instantAt('2026-11-01', '01:30', NY)).toBe(utc(2026, 11, 1, 5, 30)); // 01:30 EDT
    expect(instantAt('2026-11-01', '02:30', NY)).toBe(utc(2026, 11, 1, 7, 30)); // 02:30 EST
  });

  it('London: the same rules at 01:00 UTC', () => {
    expect(instantAt('2026-03-29', '01:30', LONDON)).toBe(utc(2026, 3, 29, 1, 0)); // 02:00 BST
    expect(instantAt('2026-10-25', '01:30', LONDON)).toBe(utc(2026, 10, 25, 0, 30)); // 01:30 BST
    expect(instantAt('2026-10-25', '00:30', LONDON)).toBe(utc(2026, 10, 24, 23, 30));
  });

  it('Lord Howe: a half-hour gap and a half-hour repeat', () => {
    // 4 Oct 2026: 02:00 standard time jumps to 02:30 daylight time.
    expect(instantAt('2026-10-04', '02:15', LORD_HOWE)).toBe(utc(2026, 10, 3, 15, 30));
    expect(wallClockOf(instantAt('2026-10-04', '02:15', LORD_HOWE), LORD_HOWE)).toMatchObject({
      hour: 2,
      minute: 30,
    });
    // 5 Apr 2026: 01:30–02:00 happens twice; the first is still at +11.
    expect(instantAt('2026-04-05', '01:45', LORD_HOWE)).toBe(utc(2026, 4, 4, 14, 45));
    expect(instantAt('2026-04-05', '02:00', LORD_HOWE)).toBe(utc(2026, 4, 4, 15, 30));
  });

  it('Kolkata: every wall time exists exactly once', () => {
    expect(instantAt('2026-03-08', '02:30', KOLKATA)).toBe(utc(2026, 3, 7, 21, 0));
    expect(instantAt('2026-11-01', '00:00', KOLKATA)).toBe(utc(2026, 10, 31, 18, 30));
  });

  it('round-trips ordinary times on DST days in every zone', () => {
    const cases: [string, string][] = [
      [NY, '2026-03-08'],
      [NY, '2026-11-01'],
      [LONDON, '2026-03-29'],
      [LONDON, '2026-10-25'],
      [LORD_HOWE, '2026-04-05'],
      [LORD_HOWE, '2026-10-04'],
      [KOLKATA, '2026-03-29'],
    ];
    for (const [zone, date] of cases) {
      for (const time of ['00:00', '06:45', '12:00', '23:59']) {
        const w = wallClockOf(instantAt(date, time, zone), zone);
        expect(
          `${w.date} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`,
        ).toBe(`${date} ${time}`);
      }
    }
  });
});

describe('addDays and daysBetween', () => {
  it('step through a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });

  it('land on the same calendar day as the ISO calendar, any day from year 100 to 9999', () => {
    const iso = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    for (const from of ['0120-06-01', '0999-12-31', '1970-01-01', '2026-12-04', '9999-01-01']) {
      for (let days = -4000; days <= 4000; days += 7) {
        const expected = iso(from, days);
        if (!/^\d{4}-/.test(expected)) continue; // after 9999: no such local day
        expect(addDays(from, days)).toBe(expected);
      }
    }
  });

  it('count whole days across every DST change of these zones', () => {
    for (const dstDay of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25']) {
      expect(daysBetween(addDays(dstDay, -1), addDays(dstDay, 1))).toBe(2);
      expect(addDays(addDays(dstDay, 1), -1)).toBe(dstDay);
    }
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });

  it('cross month and year ends, backwards too', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(daysBetween('2027-01-01', '2026-12-25')).toBe(-7);
  });

  it('find the Monday of a week that contains a DST change', () => {
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02'); // a Sunday
    expect(weekStartOf('2026-03-29')).toBe('2026-03-23');
    expect(weekStartOf('2026-03-30')).toBe('2026-03-30');
  });
});
