// The record of kept days: pure math over check-ins and planned pauses.
//
// A day is *kept* when both partners checked in on it. Pauses (travel, illness) are days the
// couple agreed not to count: they neither extend nor break a run and are never a miss. An
// unfinished today is never a miss either — the day isn't over yet.
//
// Dates are handled as whole-day numbers (days since 1970-01-01, proleptic Gregorian)
// so nothing depends on the machine's time zone and a decade of history is a few thousand
// Map lookups.

import type { LocalDate } from './local-day.ts';

export interface CheckinMark {
  partnerId: string;
  localDate: LocalDate;
  /** How settled the partner felt about the relationship, 1 (on guard) … 5 (settled). */
  settled?: number;
}

/** A planned pause, both ends inclusive. */
export interface PauseRange {
  startDate: LocalDate;
  endDate: LocalDate;
}

export type DayState = 'kept' | 'one' | 'none' | 'paused' | 'future';

export interface DayCell {
  date: LocalDate;
  state: DayState;
}

export interface RecordInput {
  partnerIds: readonly [string, string];
  checkins: readonly CheckinMark[];
  pauses: readonly PauseRange[];
  today: LocalDate;
}

export interface RecordSummary {
  today: LocalDate;
  checkedInToday: Record<string, boolean>;
  todayKept: boolean;
  /** Today falls in a pause (and isn't kept). */
  todayPaused: boolean;
  /** Kept days in a row ending today, or yesterday while today is still open. */
  currentRun: number;
  longestRun: number;
  /** Kept days within the last N days, today included. */
  kept7: number;
  kept30: number;
  kept90: number;
  /** Paused (and not kept) days within the same windows, so the UI can say "of 30 (2 paused)". */
  paused7: number;
  paused30: number;
  paused90: number;
  /** 0…100, see CONSISTENCY_EXPLANATION. */
  consistency: number;
  /** The first day anyone checked in, or null before the first check-in. */
  firstDate: LocalDate | null;
  totalKept: number;
}

export interface YearCalendar {
  /** Monday of the first column. */
  start: LocalDate;
  today: LocalDate;
  /** 53 Monday-started columns of 7 days; the last column holds today. */
  weeks: DayCell[][];
  /** The column where each month's first day falls, for labels (`month` is `YYYY-MM`). */
  months: { column: number; month: string }[];
}

export interface SettledWeek {
  weekStart: LocalDate;
  /** Mean "settled" per partner id; null when the partner left no rating that week. */
  average: Record<string, number | null>;
}

export const CONSISTENCY_HALF_LIFE_DAYS = 14;

export const CONSISTENCY_EXPLANATION =
  'This score follows the pattern of days you have both shown up, with the last few weeks ' +
  'counting most, so a quiet day barely moves it and paused days are simply left out.';

const DAY_MS = 86_400_000;
const WINDOWS = [7, 30, 90] as const;
const YEAR_WEEKS = 53;

/**
 * Whole days since 1970-01-01; NaN for anything that isn't a real `YYYY-MM-DD` date.
 * Plain arithmetic (no Date, no regex): it runs once per check-in, so a decade of history
 * stays in the sub-millisecond range. The day count is the classic days-from-civil formula.
 */
function dayNumber(date: string): number {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return NaN;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  // Written as a positive test so a NaN from a non-digit fails it too.
  if (Number.isNaN(y) || !(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  const yy = m <= 2 ? y - 1 : y; // count years from March so the leap day ends the year
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function requireDay(date: LocalDate, what: string): number {
  const day = dayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`${what} is not a calendar date: ${date}`);
  return day;
}

function dateOf(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday on or before `day` (1970-01-01 was a Thursday). */
function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Who checked in on which day, and which days are paused — built once per call. */
interface RecordIndex {
  today: number;
  /** Bit 1 = first partner, bit 2 = second partner. */
  marks: Map<number, number>;
  firstDay: number | null;
  pauses: { start: number; end: number }[];
}

const BOTH = 3;

function indexRecord(input: RecordInput): RecordIndex {
  const today = requireDay(input.today, 'today');
  const [a, b] = input.partnerIds;
  const marks = new Map<number, number>();
  let firstDay: number | null = null;
  for (const c of input.checkins) {
    const bit = c.partnerId === a ? 1 : c.partnerId === b ? 2 : 0;
    const day = dayNumber(c.localDate);
    // Unknown partners and unreadable dates are ignored rather than thrown on: one bad row
    // must not blank the whole record. Duplicates collapse because marks are bits.
    if (bit === 0 || Number.isNaN(day)) continue;
    marks.set(day, (marks.get(day) ?? 0) | bit);
    if (day <= today && (firstDay === null || day < firstDay)) firstDay = day;
  }
  const pauses: { start: number; end: number }[] = [];
  for (const p of input.pauses) {
    const start = dayNumber(p.startDate);
    const end = dayNumber(p.endDate);
    if (!Number.isNaN(start) && !Number.isNaN(end) && start <= end) pauses.push({ start, end });
  }
  return { today, marks, firstDay, pauses };
}

/** Paused days within [from, to], as a Set so per-day lookups stay O(1). */
function pausedDays(index: RecordIndex, from: number, to: number): Set<number> {
  const days = new Set<number>();
  for (const p of index.pauses) {
    for (let d = Math.max(p.start, from); d <= Math.min(p.end, to); d++) days.add(d);
  }
  return days;
}

function stateOf(index: RecordIndex, paused: Set<number>, day: number): DayState {
  if (day > index.today) return 'future';
  const mark = index.marks.get(day) ?? 0;
  // Showing up during a pause still counts: kept wins over paused.
  if (mark === BOTH) return 'kept';
  if (paused.has(day)) return 'paused';
  return mark === 0 ? 'none' : 'one';
}

function statesBetween(index: RecordIndex, from: number, to: number): DayCell[] {
  const paused = pausedDays(index, from, Math.min(to, index.today));
  const cells: DayCell[] = [];
  for (let d = from; d <= to; d++)
    cells.push({ date: dateOf(d), state: stateOf(index, paused, d) });
  return cells;
}

export function summarizeRecord(input: RecordInput): RecordSummary {
  const index = indexRecord(input);
  const { today, firstDay } = index;
  const [a, b] = input.partnerIds;
  const todayMark = index.marks.get(today) ?? 0;
  const windowStart = today - (WINDOWS[WINDOWS.length - 1] ?? 0) + 1;
  const from = Math.min(firstDay ?? today, windowStart);
  const paused = pausedDays(index, from, today);

  const kept = [0, 0, 0];
  const pausedIn = [0, 0, 0];
  for (let d = windowStart; d <= today; d++) {
    const state = stateOf(index, paused, d);
    WINDOWS.forEach((n, i) => {
      if (d <= today - n) return;
      if (state === 'kept') kept[i] = (kept[i] ?? 0) + 1;
      if (state === 'paused') pausedIn[i] = (pausedIn[i] ?? 0) + 1;
    });
  }

  // One pass oldest → newest: runs, totals, and the weighted consistency sums.
  // Each day ages by one step, so the weight is carried multiplicatively instead of pow().
  const decay = 2 ** (-1 / CONSISTENCY_HALF_LIFE_DAYS);
  let run = 0;
  let longestRun = 0;
  let totalKept = 0;
  let weightedKept = 0;
  let weightedDays = 0;
  if (firstDay !== null) {
    for (let d = firstDay; d <= today; d++) {
      weightedKept *= decay;
      weightedDays *= decay;
      const state = stateOf(index, paused, d);
      if (state === 'kept') {
        run++;
        totalKept++;
        longestRun = Math.max(longestRun, run);
        weightedKept += 1;
        weightedDays += 1;
      } else if (state !== 'paused' && d !== today) {
        // A gap. An unfinished today is neither a gap nor part of the score yet.
        run = 0;
        weightedDays += 1;
      }
    }
  }

  return {
    today: input.today,
    checkedInToday: { [a]: (todayMark & 1) !== 0, [b]: (todayMark & 2) !== 0 },
    todayKept: todayMark === BOTH,
    todayPaused: todayMark !== BOTH && paused.has(today),
    currentRun: run,
    longestRun,
    kept7: kept[0] ?? 0,
    kept30: kept[1] ?? 0,
    kept90: kept[2] ?? 0,
    paused7: pausedIn[0] ?? 0,
    paused30: pausedIn[1] ?? 0,
    paused90: pausedIn[2] ?? 0,
    // The ratio of two equally-weighted sums is already bias-corrected: a first kept day is
    // 100, and a single gap after a long run only costs its own (small) share.
    consistency: weightedDays > 0 ? Math.round((100 * weightedKept) / weightedDays) : 0,
    firstDate: firstDay === null ? null : dateOf(firstDay),
    totalKept,
  };
}

/** The state of every day from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function dayStates(input: RecordInput, from: LocalDate, to: LocalDate): DayCell[] {
  return statesBetween(indexRecord(input), requireDay(from, 'from'), requireDay(to, 'to'));
}

/** The last twelve months as 53 Monday-started weeks, for a heatmap. */
export function yearCalendar(input: RecordInput): YearCalendar {
  const index = indexRecord(input);
  const start = mondayOf(index.today) - (YEAR_WEEKS - 1) * 7;
  const cells = statesBetween(index, start, start + YEAR_WEEKS * 7 - 1);
  const weeks: DayCell[][] = [];
  for (let w = 0; w < YEAR_WEEKS; w++) weeks.push(cells.slice(w * 7, w * 7 + 7));
  const months: { column: number; month: string }[] = [];
  cells.forEach((cell, i) => {
    if (cell.date.endsWith('-01'))
      months.push({ column: Math.floor(i / 7), month: cell.date.slice(0, 7) });
  });
  return { start: dateOf(start), today: input.today, weeks, months };
}

/**
 * Mean "settled" rating per partner for each of the last `weeks` ISO weeks (the last one
 * holds today), oldest first. Each partner's day counts once: when a day was rated twice
 * (duplicates, edits) the later rating in `checkins` order wins.
 */
export function settledByWeek(input: RecordInput, weeks: number): SettledWeek[] {
  const today = requireDay(input.today, 'today');
  const count = Math.max(0, Math.floor(weeks));
  const firstWeek = mondayOf(today) - (count - 1) * 7;
  const ids = input.partnerIds;
  // Per partner: day → rating, so a day rated twice still weighs as one day.
  const ratings = ids.map(() => new Map<number, number>());
  for (const c of input.checkins) {
    const byDay = ratings[ids.indexOf(c.partnerId)];
    const day = dayNumber(c.localDate);
    if (!byDay || Number.isNaN(day) || day < firstWeek || day > today) continue;
    const rating = c.settled;
    if (rating !== undefined && Number.isFinite(rating) && rating >= 1 && rating <= 5) {
      byDay.set(day, rating);
    }
  }

  const result: SettledWeek[] = [];
  for (let w = 0; w < count; w++) {
    result.push({ weekStart: dateOf(firstWeek + w * 7), average: {} });
  }
  ids.forEach((id, i) => {
    const totals = Array.from({ length: count }, () => ({ sum: 0, n: 0 }));
    for (const [day, rating] of ratings[i] ?? []) {
      const slot = totals[(mondayOf(day) - firstWeek) / 7];
      if (!slot) continue;
      slot.sum += rating;
      slot.n += 1;
    }
    totals.forEach(({ sum, n }, w) => {
      const week = result[w];
      if (week) week.average[id] = n > 0 ? sum / n : null;
    });
  });
  return result;
}
