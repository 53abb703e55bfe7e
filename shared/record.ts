// The record of kept days: pure math over check-ins and planned pauses.
//
// A day is *kept* when both partners checked in on it (each dates a check-in by their own
// day: their zone and the hour their day ends). A day is only over for the record once it is
// over for both partners, so a day still running for either one is never a miss: it neither
// breaks the run nor lowers the score until it ends. Pauses (travel, illness) are days the
// couple agreed not to count: they neither extend nor break a run and freeze the score.
//
// The consistency score is a habit strength (as in Loop Habit Tracker): it starts at zero,
// each kept day moves it a step towards 100 and each missed day a step towards 0, with a
// two-week half-life. About half after two weeks, most of the way after two months, and one
// quiet day after a long run costs about five points.

import { dateOf, dayNumber, mondayOf, requireDay } from './day-number.ts';
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
  /** Still running for at least one partner: not a miss, whatever happens next. */
  open?: true;
}

export interface RecordInput {
  partnerIds: readonly [string, string];
  checkins: readonly CheckinMark[];
  pauses: readonly PauseRange[];
  /** The day of whoever is looking: windows, the calendar and "today" are theirs. */
  today: LocalDate;
  /**
   * Each partner's own current day, in `partnerIds` order (default: both on `today`). Days
   * from the earlier of the two on are still running for someone.
   */
  partnerDays?: readonly [LocalDate, LocalDate];
}

export interface RecordSummary {
  today: LocalDate;
  /** Whether each partner checked in on their own current day. */
  checkedInToday: Record<string, boolean>;
  todayKept: boolean;
  /** Today falls in a pause (and isn't kept). */
  todayPaused: boolean;
  /** Kept days in a row, up to the days still running (which never break it). */
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
  /** 0…100, the habit strength of the pattern (see record-words.ts for its words). */
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
/** Each day the score keeps this share of itself and moves the rest towards kept (1) or not (0). */
export const SCORE_MULTIPLIER = 2 ** (-1 / CONSISTENCY_HALF_LIFE_DAYS);

const WINDOWS = [7, 30, 90] as const;
const YEAR_WEEKS = 53;
const BOTH = 3;

/**
 * The record folded day by day, oldest first, up to and including day `through`. Only days
 * over for both partners are ever folded into a kept copy (record-ledger.ts), so a fold can
 * be carried forward instead of recomputed.
 */
export interface RecordFold {
  through: number;
  /** The first day anyone checked in, once reached. */
  firstDay: number | null;
  run: number;
  longestRun: number;
  totalKept: number;
  /** 0…1 */
  score: number;
}

export const EMPTY_FOLD: RecordFold = {
  through: -Infinity,
  firstDay: null,
  run: 0,
  longestRun: 0,
  totalKept: 0,
  score: 0,
};

/** Who checked in on which day, and which days are paused. */
export interface RecordIndex {
  /** Bit 1 = first partner, bit 2 = second partner. */
  marks: Map<number, number>;
  pauses: { start: number; end: number }[];
}

export function indexRecord(input: Pick<RecordInput, 'partnerIds' | 'checkins' | 'pauses'>) {
  const [a, b] = input.partnerIds;
  const marks = new Map<number, number>();
  for (const c of input.checkins) {
    const bit = c.partnerId === a ? 1 : c.partnerId === b ? 2 : 0;
    const day = dayNumber(c.localDate);
    // Unknown partners and unreadable dates are ignored rather than thrown on: one bad row
    // must not blank the whole record. Duplicates collapse because marks are bits.
    if (bit === 0 || Number.isNaN(day)) continue;
    marks.set(day, (marks.get(day) ?? 0) | bit);
  }
  const pauses: { start: number; end: number }[] = [];
  for (const p of input.pauses) {
    const start = dayNumber(p.startDate);
    const end = dayNumber(p.endDate);
    if (!Number.isNaN(start) && !Number.isNaN(end) && start <= end) pauses.push({ start, end });
  }
  const index: RecordIndex = { marks, pauses };
  return index;
}

/** Paused days within [from, to], as a Set so per-day lookups stay O(1). */
function pausedDays(index: RecordIndex, from: number, to: number): Set<number> {
  const days = new Set<number>();
  for (const p of index.pauses) {
    for (let d = Math.max(p.start, from); d <= Math.min(p.end, to); d++) days.add(d);
  }
  return days;
}

/**
 * Folds days `fold.through + 1` … `to` into a copy of `fold`. Days from `openFrom` on are
 * still running for someone: kept ones count, the others wait (neither add nor age).
 */
export function foldDays(
  fold: RecordFold,
  index: RecordIndex,
  to: number,
  openFrom: number,
): RecordFold {
  const next = { ...fold };
  const from =
    fold.firstDay === null ? firstMarkedAfter(index, fold.through, to) : fold.through + 1;
  if (from === null) return { ...next, through: Math.max(next.through, to) };
  if (next.firstDay === null) next.firstDay = from;
  const paused = pausedDays(index, from, to);
  for (let d = from; d <= to; d++) {
    if ((index.marks.get(d) ?? 0) === BOTH) {
      // Showing up during a pause still counts: kept wins over paused.
      next.run++;
      next.totalKept++;
      next.longestRun = Math.max(next.longestRun, next.run);
      next.score = next.score * SCORE_MULTIPLIER + (1 - SCORE_MULTIPLIER);
    } else if (!paused.has(d) && d < openFrom) {
      // A gap: the run starts again and the score eases down one step.
      next.run = 0;
      next.score *= SCORE_MULTIPLIER;
    }
  }
  next.through = Math.max(next.through, to);
  return next;
}

function firstMarkedAfter(index: RecordIndex, after: number, to: number): number | null {
  let first: number | null = null;
  for (const day of index.marks.keys()) {
    if (day > after && day <= to && (first === null || day < first)) first = day;
  }
  return first;
}

/** The viewer's day, each partner's day, and the span still running for someone. */
interface Days {
  today: number;
  partnerDays: [number, number];
  openFrom: number;
  openTo: number;
}

function daysOf(input: RecordInput): Days {
  const today = requireDay(input.today, 'today');
  const [a, b] = input.partnerDays ?? [input.today, input.today];
  const partnerDays: [number, number] = [
    requireDay(a, 'a partner’s day'),
    requireDay(b, 'a partner’s day'),
  ];
  return {
    today,
    partnerDays,
    openFrom: Math.min(today, ...partnerDays),
    openTo: Math.max(today, ...partnerDays),
  };
}

function stateOf(index: RecordIndex, paused: Set<number>, today: number, day: number): DayState {
  if (day > today) return 'future';
  const mark = index.marks.get(day) ?? 0;
  if (mark === BOTH) return 'kept';
  if (paused.has(day)) return 'paused';
  return mark === 0 ? 'none' : 'one';
}

function statesBetween(index: RecordIndex, days: Days, from: number, to: number): DayCell[] {
  const paused = pausedDays(index, from, Math.min(to, days.today));
  const cells: DayCell[] = [];
  for (let d = from; d <= to; d++) {
    const state = stateOf(index, paused, days.today, d);
    const open = d >= days.openFrom && (state === 'one' || state === 'none');
    cells.push(open ? { date: dateOf(d), state, open } : { date: dateOf(d), state });
  }
  return cells;
}

/**
 * The whole summary. `carried` is an already-folded prefix of closed days (record-ledger.ts);
 * `input.checkins` must then hold at least the days after it and the last 90 days.
 */
export function summarizeRecord(
  input: RecordInput,
  carried: RecordFold = EMPTY_FOLD,
): RecordSummary {
  const index = indexRecord(input);
  const days = daysOf(input);
  const { today } = days;
  const [a, b] = input.partnerIds;
  const windowStart = today - (WINDOWS[WINDOWS.length - 1] ?? 0) + 1;
  const paused = pausedDays(index, windowStart, today);

  const kept = [0, 0, 0];
  const pausedIn = [0, 0, 0];
  for (let d = windowStart; d <= today; d++) {
    const state = stateOf(index, paused, today, d);
    WINDOWS.forEach((n, i) => {
      if (d <= today - n) return;
      if (state === 'kept') kept[i] = (kept[i] ?? 0) + 1;
      if (state === 'paused') pausedIn[i] = (pausedIn[i] ?? 0) + 1;
    });
  }

  const fold = foldDays(carried, index, days.openTo, days.openFrom);
  const marked = (day: number, bit: number) => ((index.marks.get(day) ?? 0) & bit) !== 0;
  const todayMark = index.marks.get(today) ?? 0;
  return {
    today: input.today,
    checkedInToday: { [a]: marked(days.partnerDays[0], 1), [b]: marked(days.partnerDays[1], 2) },
    todayKept: todayMark === BOTH,
    todayPaused: todayMark !== BOTH && paused.has(today),
    currentRun: fold.run,
    longestRun: fold.longestRun,
    kept7: kept[0] ?? 0,
    kept30: kept[1] ?? 0,
    kept90: kept[2] ?? 0,
    paused7: pausedIn[0] ?? 0,
    paused30: pausedIn[1] ?? 0,
    paused90: pausedIn[2] ?? 0,
    consistency: Math.round(100 * fold.score),
    firstDate: fold.firstDay === null ? null : dateOf(fold.firstDay),
    totalKept: fold.totalKept,
  };
}

/** The state of every day from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function dayStates(input: RecordInput, from: LocalDate, to: LocalDate): DayCell[] {
  return statesBetween(
    indexRecord(input),
    daysOf(input),
    requireDay(from, 'from'),
    requireDay(to, 'to'),
  );
}

/** The last twelve months as 53 Monday-started weeks, for a heatmap. */
export function yearCalendar(input: RecordInput): YearCalendar {
  const days = daysOf(input);
  const start = mondayOf(days.today) - (YEAR_WEEKS - 1) * 7;
  const cells = statesBetween(indexRecord(input), days, start, start + YEAR_WEEKS * 7 - 1);
  const weeks: DayCell[][] = [];
  for (let w = 0; w < YEAR_WEEKS; w++) weeks.push(cells.slice(w * 7, w * 7 + 7));
  const months: { column: number; month: string }[] = [];
  cells.forEach((cell, i) => {
    if (cell.date.endsWith('-01'))
      months.push({ column: Math.floor(i / 7), month: cell.date.slice(0, 7) });
  });
  return { start: dateOf(start), today: input.today, weeks, months };
}

/** The first day a year calendar and 52 weeks of "settled" look at (its reads need no more). */
export function calendarStart(today: LocalDate): LocalDate {
  return dateOf(mondayOf(requireDay(today, 'today')) - (YEAR_WEEKS - 1) * 7);
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
