// Pure rules for commitments: when one is due, how a day was marked, and how the pattern
// reads over a window. No storage, no clock: callers pass `today` as a local date, so the
// same answers come out in the main process, the renderer and tests, whatever the TZ.

import { addDays, daysBetween, localDateOf, weekdayOf } from './local-day.ts';
import type { LocalDate } from './local-day.ts';

export type CommitmentSchedule = { kind: 'daily' } | { kind: 'weekdays'; days: readonly number[] };

export type MarkValue = 'kept' | 'not-kept' | 'not-applicable';

export const MARK_VALUES: readonly MarkValue[] = ['kept', 'not-kept', 'not-applicable'];

/** An inclusive range of local dates during which a commitment rests. */
export interface CommitmentPause {
  startDate: LocalDate;
  endDate: LocalDate;
}

export interface CommitmentRules {
  startDate: LocalDate;
  schedule: CommitmentSchedule;
  pauses: readonly CommitmentPause[];
  /** Not due from this date on; earlier history stays. */
  retiredOn: LocalDate | null;
  reviewDate?: LocalDate | null;
}

export interface Mark {
  date: LocalDate;
  value: MarkValue;
}

/** Marks keyed by local date, or a list (a later entry for the same date wins). */
export type Marks = ReadonlyMap<LocalDate, MarkValue> | readonly Mark[];

type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

export const COMMITMENT_TEXT_MAX_LENGTH = 200;

/** The windows the Commitments screen offers; `keptRate` accepts any whole number of days. */
export const KEPT_RATE_WINDOWS = [7, 30, 90] as const;

// Count what a person sees as characters, so an emoji or accented letter counts once.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const characterCount = (text: string): number => [...graphemes.segment(text)].length;

const formatCount = (n: number): string => n.toLocaleString('en-US');

export function validateCommitmentText(text: string): Validation<string> {
  const value = text.trim();
  if (value.length === 0) {
    return { ok: false, message: 'Write what you’ll do — a few words is enough.' };
  }
  const length = characterCount(value);
  if (length > COMMITMENT_TEXT_MAX_LENGTH) {
    return {
      ok: false,
      message: `Commitments can be up to ${formatCount(COMMITMENT_TEXT_MAX_LENGTH)} characters — this one is ${formatCount(length)}. A shorter promise is often an easier one to keep.`,
    };
  }
  return { ok: true, value };
}

/** Checks a schedule from the UI or IPC and returns it normalised (weekdays sorted, unique). */
export function validateSchedule(input: unknown): Validation<CommitmentSchedule> {
  if (typeof input !== 'object' || input === null || !('kind' in input)) {
    return { ok: false, message: 'Choose how often this commitment comes up.' };
  }
  if (input.kind === 'daily') return { ok: true, value: { kind: 'daily' } };
  if (input.kind !== 'weekdays') {
    return { ok: false, message: 'Choose how often this commitment comes up.' };
  }
  const raw: unknown = 'days' in input ? input.days : undefined;
  if (!Array.isArray(raw)) {
    return { ok: false, message: 'Choose at least one day for this commitment.' };
  }
  const days: readonly unknown[] = raw;
  const weekdays = days.filter(
    (d): d is number => typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 6,
  );
  if (weekdays.length !== days.length) {
    return {
      ok: false,
      message: 'Those days didn’t come through clearly — please choose them again.',
    };
  }
  const unique = [...new Set(weekdays)].sort((a, b) => a - b);
  if (unique.length === 0) {
    return { ok: false, message: 'Choose at least one day for this commitment.' };
  }
  return { ok: true, value: { kind: 'weekdays', days: unique } };
}

export function isMarkValue(value: unknown): value is MarkValue {
  return typeof value === 'string' && (MARK_VALUES as readonly string[]).includes(value);
}

/** A mark made at `instant` belongs to the local day where its author was. */
export function markAt(instant: number, timeZone: string, value: MarkValue): Mark {
  return { date: localDateOf(instant, timeZone), value };
}

export function isPausedOn(rules: CommitmentRules, date: LocalDate): boolean {
  return rules.pauses.some((p) => p.startDate <= date && date <= p.endDate);
}

function isScheduledWeekday(schedule: CommitmentSchedule, date: LocalDate): boolean {
  return schedule.kind === 'daily' || schedule.days.includes(weekdayOf(date));
}

export function isDueOn(rules: CommitmentRules, date: LocalDate): boolean {
  return dayState(rules, date) === 'due';
}

/** Whether the author may record a mark for `date`: it was due and isn't in the future. */
export function canMarkOn(rules: CommitmentRules, date: LocalDate, today: LocalDate): boolean {
  return date <= today && isDueOn(rules, date);
}

/** Whether the chosen review date has arrived for a commitment that is still active. */
export function isReviewDue(rules: CommitmentRules, today: LocalDate): boolean {
  const review = rules.reviewDate ?? null;
  if (review === null || today < review) return false;
  return rules.retiredOn === null || today < rules.retiredOn;
}

/** Whole days from the start date to `today`; 0 on the first day and before it. */
export function daysSinceStart(rules: CommitmentRules, today: LocalDate): number {
  return Math.max(0, daysBetween(rules.startDate, today));
}

type DayState = 'due' | 'not-due' | 'paused' | 'retired' | 'before-start';

// `YYYY-MM-DD` strings sort as dates, so plain string comparisons are enough here.
function dayState(rules: CommitmentRules, date: LocalDate): DayState {
  if (date < rules.startDate) return 'before-start';
  if (rules.retiredOn !== null && date >= rules.retiredOn) return 'retired';
  if (isPausedOn(rules, date)) return 'paused';
  return isScheduledWeekday(rules.schedule, date) ? 'due' : 'not-due';
}

const isMarkList = (marks: Marks): marks is readonly Mark[] => Array.isArray(marks);

function toMap(marks: Marks): ReadonlyMap<LocalDate, MarkValue> {
  return isMarkList(marks) ? new Map(marks.map((m) => [m.date, m.value])) : marks;
}

function requireWholeDays(days: number, name: string): void {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`${name} must be a whole number of days, at least 1 (got ${days})`);
  }
}

export interface KeptRate {
  kept: number;
  notKept: number;
  notApplicable: number;
  unmarked: number;
  /** Due days in the window, whatever their mark. */
  dueDays: number;
  /** kept / (kept + notKept); "didn't come up" and unmarked days count neither way. */
  rate: number | null;
}

/**
 * How a commitment went over the `windowDays` days ending with `today` (inclusive).
 * Only due days count: marks on days before the start, after retirement, in a pause or
 * off-schedule are ignored, so the rate can't be padded or dragged by stray marks.
 */
export function keptRate(
  rules: CommitmentRules,
  marks: Marks,
  today: LocalDate,
  windowDays: number,
): KeptRate {
  requireWholeDays(windowDays, 'windowDays');
  const byDate = toMap(marks);
  const result: KeptRate = {
    kept: 0,
    notKept: 0,
    notApplicable: 0,
    unmarked: 0,
    dueDays: 0,
    rate: null,
  };
  for (let i = windowDays - 1; i >= 0; i--) {
    const date = addDays(today, -i);
    if (!isDueOn(rules, date)) continue;
    result.dueDays++;
    const mark = byDate.get(date);
    if (mark === 'kept') result.kept++;
    else if (mark === 'not-kept') result.notKept++;
    else if (mark === 'not-applicable') result.notApplicable++;
    else result.unmarked++;
  }
  const counted = result.kept + result.notKept;
  result.rate = counted === 0 ? null : result.kept / counted;
  return result;
}

export type StripState = MarkValue | 'unmarked' | Exclude<DayState, 'due'>;

export interface StripDay {
  date: LocalDate;
  state: StripState;
}

/** The last `days` days ending with `today`, oldest first, for the small history strip. */
export function recentStrip(
  rules: CommitmentRules,
  marks: Marks,
  today: LocalDate,
  days = 14,
): StripDay[] {
  requireWholeDays(days, 'days');
  const byDate = toMap(marks);
  const strip: StripDay[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = addDays(today, -i);
    const state = dayState(rules, date);
    strip.push({ date, state: state === 'due' ? (byDate.get(date) ?? 'unmarked') : state });
  }
  return strip;
}

/** For the tray's "Commitments today: 1 of 2 marked". */
export function todayTally(
  commitments: readonly { rules: CommitmentRules; marks: Marks }[],
  today: LocalDate,
): { due: number; marked: number } {
  let due = 0;
  let marked = 0;
  for (const c of commitments) {
    if (!isDueOn(c.rules, today)) continue;
    due++;
    if (toMap(c.marks).has(today)) marked++;
  }
  return { due, marked };
}
