// Record behaviour that starts from real instants. This file runs under several process
// time zones; every expectation is fixed, so passing everywhere shows the record depends
// only on the zone each partner was in, never on the machine's.
import { describe, expect, it } from 'vitest';
import { addDays, instantAt, localDateOf, weekdayOf } from '../../shared/local-day.ts';
import type { LocalDate } from '../../shared/local-day.ts';
import { dayStates, settledByWeek, summarizeRecord, yearCalendar } from '../../shared/record.ts';
import type { CheckinMark, RecordInput } from '../../shared/record.ts';

const MAYA = 'maya';
const SAM = 'sam';
const NY = 'America/New_York';
const LONDON = 'Europe/London';
const LORD_HOWE = 'Australia/Lord_Howe';
const KOLKATA = 'Asia/Kolkata';

/** A check-in as the app stores it: dated in the zone where the partner was at that instant. */
function checkIn(partnerId: string, instant: number, zone: string, settled?: number): CheckinMark {
  return { partnerId, localDate: localDateOf(instant, zone), settled };
}

function days(start: LocalDate, n: number): LocalDate[] {
  return Array.from({ length: n }, (_, i) => addDays(start, i));
}

describe('a couple where one partner travels', () => {
  // Maya stays in New York and checks in at 21:00. Sam checks in at 08:00 in London, takes
  // a travel day off (a planned pause) on 5 June, then checks in at 08:00 on Lord Howe.
  const maya = days('2026-06-01', 10).map((d) => checkIn(MAYA, instantAt(d, '21:00', NY), NY));
  const samHome = days('2026-06-01', 4).map((d) =>
    checkIn(SAM, instantAt(d, '08:00', LONDON), LONDON),
  );
  const samAway = days('2026-06-06', 5).map((d) =>
    checkIn(SAM, instantAt(d, '08:00', LORD_HOWE), LORD_HOWE),
  );
  const checkins = [...maya, ...samHome, ...samAway];
  const pauses = [{ startDate: '2026-06-05', endDate: '2026-06-05' }];
  const now = instantAt('2026-06-10', '21:01', NY); // just after Maya's last check-in

  const viewFrom = (zone: string): RecordInput => ({
    partnerIds: [MAYA, SAM],
    checkins,
    pauses,
    today: localDateOf(now, zone),
  });

  it('dates each check-in in the zone the partner was in', () => {
    expect(samAway.map((c) => c.localDate)).toEqual(days('2026-06-06', 5));
    // Sam's first island morning is still the previous evening in New York: dating it
    // by the viewer's zone would have put it on the travel day.
    expect(localDateOf(instantAt('2026-06-06', '08:00', LORD_HOWE), NY)).toBe('2026-06-05');
  });

  it("keeps the run going through the travel day on Maya's computer", () => {
    const s = summarizeRecord(viewFrom(NY));
    expect(s.today).toBe('2026-06-10');
    expect(s.todayKept).toBe(true);
    expect(s.currentRun).toBe(9);
    expect(s.totalKept).toBe(9);
    expect(s.paused7).toBe(1);
    expect(s.consistency).toBe(36); // nine kept days from zero
  });

  it("shows the same run on Sam's computer, where it is already tomorrow", () => {
    const s = summarizeRecord(viewFrom(LORD_HOWE));
    expect(s.today).toBe('2026-06-11');
    expect(s.checkedInToday).toEqual({ [MAYA]: false, [SAM]: false });
    expect(s.currentRun).toBe(9); // the island morning hasn't been checked in yet: no gap
    expect(s.consistency).toBe(36); // nine kept days from zero
  });

  it('draws the same days in the calendar from either computer', () => {
    const fromNY = dayStates(viewFrom(NY), '2026-06-01', '2026-06-10');
    const fromIsland = dayStates(viewFrom(LORD_HOWE), '2026-06-01', '2026-06-10');
    expect(fromNY).toEqual(fromIsland);
    expect(fromNY.map((d) => d.state)).toEqual([
      ...Array<string>(4).fill('kept'),
      'paused',
      ...Array<string>(5).fill('kept'),
    ]);
  });

  it('turns a late-night and a just-after-midnight check-in into two different days', () => {
    // Maya at 23:30 in New York, Sam at 00:10 in London: four hours apart, not the same day.
    const late = checkIn(MAYA, instantAt('2026-06-20', '23:30', NY), NY);
    const early = checkIn(SAM, instantAt('2026-06-21', '00:10', LONDON), LONDON);
    expect([late.localDate, early.localDate]).toEqual(['2026-06-20', '2026-06-21']);
    const input: RecordInput = {
      partnerIds: [MAYA, SAM],
      checkins: [late, early],
      pauses: [],
      today: '2026-06-21',
    };
    expect(summarizeRecord(input).totalKept).toBe(0);
    expect(dayStates(input, '2026-06-20', '2026-06-21').map((d) => d.state)).toEqual([
      'one',
      'one',
    ]);
  });
});

describe('records spanning daylight-saving changes', () => {
  // 1 March – 10 April 2026 crosses the DST changes of New York, London and Lord Howe.
  // Maya checks in just after midnight in London, Sam just before midnight on Lord Howe.
  const dates = days('2026-03-01', 41);
  const checkins = dates.flatMap((d, i) => [
    checkIn(MAYA, instantAt(d, '00:05', LONDON), LONDON, 1 + (i % 5)),
    checkIn(SAM, instantAt(d, '23:55', LORD_HOWE), LORD_HOWE, 3),
  ]);
  const input: RecordInput = {
    partnerIds: [MAYA, SAM],
    checkins,
    pauses: [],
    today: '2026-04-10',
  };

  it('puts every check-in on its own calendar day', () => {
    expect(checkins.filter((c) => c.partnerId === MAYA).map((c) => c.localDate)).toEqual(dates);
    expect(checkins.filter((c) => c.partnerId === SAM).map((c) => c.localDate)).toEqual(dates);
  });

  it('counts each day of the run exactly once', () => {
    const s = summarizeRecord(input);
    expect(s.currentRun).toBe(41);
    expect(s.longestRun).toBe(41);
    expect(s.kept30).toBe(30);
    expect(s.firstDate).toBe('2026-03-01');
  });

  it('lays out calendar weeks of seven consecutive days, Monday first', () => {
    const cal = yearCalendar(input);
    const flat = cal.weeks.flat();
    flat.forEach((cell, i) => expect(cell.date).toBe(addDays(cal.start, i)));
    expect(cal.weeks.every((w) => w.length === 7 && weekdayOf(w[0]?.date ?? '') === 1)).toBe(true);
    expect(flat.filter((d) => d.state === 'kept')).toHaveLength(41);
  });

  it('groups "settled" by Monday-started weeks', () => {
    const weeks = settledByWeek(input, 6);
    expect(weeks.map((w) => w.weekStart)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
    ]);
    // Week of 2 March: Maya's ratings cycle 2,3,4,5,1,2,3 (days 2 … 8 of the cycle).
    expect(weeks[0]?.average).toEqual({ [MAYA]: 20 / 7, [SAM]: 3 });
  });
});

describe('a partner half an hour off the hour', () => {
  it('dates a Kolkata check-in at 23:45 on its own day even when London is still at 19:15', () => {
    const instant = instantAt('2026-06-15', '23:45', KOLKATA);
    const mark = checkIn(SAM, instant, KOLKATA);
    expect(mark.localDate).toBe('2026-06-15');
    expect(localDateOf(instant + 15 * 60_000, KOLKATA)).toBe('2026-06-16');
    const input: RecordInput = {
      partnerIds: [MAYA, SAM],
      checkins: [mark, checkIn(MAYA, instant, LONDON)],
      pauses: [],
      today: '2026-06-16',
    };
    expect(summarizeRecord(input).currentRun).toBe(1);
  });
});
