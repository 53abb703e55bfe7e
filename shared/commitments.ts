// Pure rules for commitments: when one is due, how a day was marked, and how the pattern
// reads over a window. No storage, no clock: callers pass `today` as a local date, so the
// same answers come out in the main process, the renderer and tests, whatever the TZ.

import { addDays, daysBetween, localDateOf, weekdayOf } from './local-day.ts';
import { dayMonth } from './date-words.ts';
import type { LocalDate } from './local-day.ts';
import { beyondAnyCount, countCharacters } from './text-length.ts';

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
const characterCount = (text: string): number => countCharacters(text);

const formatCount = (n: number): string => n.toLocaleString('en-US');

export function validateCommitmentText(text: string): Validation<string> {
  const value = text.trim();
  if (value.length === 0) {
    return { ok: false, message: 'Write what you’ll do — a few words is enough.' };
  }
  // The plain length first: grapheme splitting a long paste would cost seconds.
  if (beyondAnyCount(value, COMMITMENT_TEXT_MAX_LENGTH)) {
    return {
      ok: false,
      message: `That’s far longer than a commitment can be — up to ${formatCount(COMMITMENT_TEXT_MAX_LENGTH)} characters. A shorter promise is often an easier one to keep.`,
    };
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

// ---- What the Commitments screen and the check-in read ----------------------------------

/** An acknowledgement ("I noticed") is at most this long; it may also be empty. */
export const ACK_TEXT_MAX_LENGTH = 140;

/** The longest single pause, so a pause is a rest and not a quiet retirement. */
export const PAUSE_MAX_DAYS = 365;

export type CommitmentStatus = 'upcoming' | 'active' | 'paused' | 'retired';

export interface CommitmentVersion {
  id: string;
  text: string;
  /** The local day this wording took effect. */
  effectiveDate: LocalDate;
  createdAt: number;
}

export interface CommitmentPauseRecord extends CommitmentPause {
  id: string;
}

export interface CommitmentAck {
  id: string;
  /** The partner who noticed (never the commitment's author). */
  authorId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** An acknowledgement's optional words, trimmed; empty is fine ("I noticed" is implied). */
export function validateAckText(text: string): Validation<string> {
  const value = text.trim();
  if (beyondAnyCount(value, ACK_TEXT_MAX_LENGTH) || characterCount(value) > ACK_TEXT_MAX_LENGTH) {
    return {
      ok: false,
      message: `A few words are plenty — up to ${formatCount(ACK_TEXT_MAX_LENGTH)} characters.`,
    };
  }
  return { ok: true, value };
}

/** A commitment as stored: its author, wording (with earlier wordings) and schedule. */
export interface Commitment {
  id: string;
  authorId: string;
  text: string;
  schedule: CommitmentSchedule;
  startDate: LocalDate;
  reviewDate: LocalDate | null;
  retiredOn: LocalDate | null;
  /** Current and planned pauses (cancelled ones are left out). */
  pauses: CommitmentPauseRecord[];
  /** Every wording, oldest first; the last is the current one. */
  versions: CommitmentVersion[];
  createdAt: number;
  updatedAt: number;
}

export interface CommitmentDay extends StripDay {
  markId: string | null;
  ack: CommitmentAck | null;
}

export interface CommitmentWindow extends KeptRate {
  days: number;
}

/** A commitment with its record as of `today`. */
export interface CommitmentView extends Commitment {
  status: CommitmentStatus;
  /** The last day of the pause under way, if paused today. */
  pausedUntil: LocalDate | null;
  dueToday: boolean;
  todayMark: MarkValue | null;
  reviewDue: boolean;
  daysSinceStart: number;
  /** Kept rates over the last 7, 30 and 90 days. */
  windows: CommitmentWindow[];
  /** The last 14 days, oldest first, with marks and acknowledgements. */
  days: CommitmentDay[];
}

export function rulesOf(c: Commitment): CommitmentRules {
  return {
    startDate: c.startDate,
    schedule: c.schedule,
    pauses: c.pauses,
    retiredOn: c.retiredOn,
    reviewDate: c.reviewDate,
  };
}

export function commitmentStatus(rules: CommitmentRules, today: LocalDate): CommitmentStatus {
  const state = dayState(rules, today);
  if (state === 'retired') return 'retired';
  if (state === 'before-start') return 'upcoming';
  if (state === 'paused') return 'paused';
  return 'active';
}

const WEEKDAY_PLURALS = [
  'Sundays',
  'Mondays',
  'Tuesdays',
  'Wednesdays',
  'Thursdays',
  'Fridays',
  'Saturdays',
];

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** "Every day", "Weekdays", "Weekends", or "Mondays, Wednesdays and Fridays". */
export function describeSchedule(schedule: CommitmentSchedule): string {
  if (schedule.kind === 'daily') return 'Every day';
  const days = [...new Set(schedule.days)].sort((a, b) => a - b);
  const key = days.join('');
  if (key === '0123456') return 'Every day';
  if (key === '12345') return 'Weekdays';
  if (key === '06') return 'Weekends';
  return listWords(days.map((d) => WEEKDAY_PLURALS[d] ?? ''));
}

const dayCount = (n: number): string => `${formatCount(n)} ${n === 1 ? 'day' : 'days'}`;

/**
 * A window's record in plain words: "3 of 4 days kept", never a bare percentage and never
 * "failed". Days that didn't come up, and days not marked (which the strip shows too), are
 * mentioned, and count neither way.
 */
export function describeKeptRate(rate: KeptRate, options: { todayOpen?: boolean } = {}): string {
  const counted = rate.kept + rate.notKept;
  // Today, due and not yet marked, is still open: it isn't "not marked" before the day ends.
  const unmarked = rate.unmarked - (options.todayOpen && rate.unmarked > 0 ? 1 : 0);
  const asides = [
    rate.notApplicable > 0 ? `${dayCount(rate.notApplicable)} didn’t come up` : null,
    counted > 0 && unmarked > 0 ? `${dayCount(unmarked)} not marked` : null,
  ].filter((a): a is string => a !== null);
  if (counted === 0) {
    if (rate.dueDays === 0) return 'Nothing due in this stretch';
    return asides.length > 0
      ? `Nothing to count yet · ${asides.join(' · ')}`
      : 'Nothing marked yet';
  }
  return [`${formatCount(rate.kept)} of ${dayCount(counted)} kept`, ...asides].join(' · ');
}

/** "12 Mar" — or "12 Mar 2016" when `today` is given and falls in another year. From the
 *  date's own parts, never through a machine's zone. */
export function shortDay(date: LocalDate, today?: LocalDate): string {
  const year = date.slice(0, 4);
  return today && today.slice(0, 4) !== year ? `${dayMonth(date)} ${year}` : dayMonth(date);
}

/** When a commitment started, as a person would say it: "started 3 Mar, 7 days ago",
 *  "started 12 Mar 2016, about 10 years ago". */
export function describeSince(startDate: LocalDate, today: LocalDate, days: number): string {
  if (days <= 0) return 'started today';
  return `started ${shortDay(startDate, today)}, ${agoWords(days)}`;
}

function agoWords(days: number): string {
  if (days < 60) return `${dayCount(days)} ago`;
  if (days < 730) return `about ${formatCount(Math.round(days / 30.44))} months ago`;
  return `about ${formatCount(Math.round(days / 365.25))} years ago`;
}

/** How a day in the strip reads to a screen reader and in a tooltip. */
export const STRIP_STATE_WORDS: Record<StripState, string> = {
  kept: 'kept',
  'not-kept': 'not kept',
  'not-applicable': 'didn’t come up',
  unmarked: 'not marked',
  'not-due': 'not a scheduled day',
  paused: 'paused',
  retired: 'retired',
  'before-start': 'before it started',
};

/** The buttons' words for a mark. */
export const MARK_WORDS: Record<MarkValue, string> = {
  kept: 'Kept',
  'not-kept': 'Not kept',
  'not-applicable': 'Didn’t come up',
};
