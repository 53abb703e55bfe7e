// Calendar-day and wall-clock math in an explicit IANA time zone.
//
// Everything here takes the zone as an argument instead of reading the process's own
// zone: a check-in belongs to the day where the person *was*, and the reminder follows the
// zone the computer is in *now*. Built on Intl only, so it runs in Node and in Chromium.

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

/** A wall-clock time of day, `HH:MM` (24-hour). */
export type LocalTime = string;

export interface WallClock {
  date: LocalDate;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && LOCAL_TIME.test(value);
}

// formatToParts is the costly part of every "what day is it" question, and one save asks it
// several times within the same second: the last answer per zone is kept for that second
// (zone offsets are whole seconds, so a second reads the same wall clock throughout).
const lastWallClock = new Map<string, { second: number; wall: WallClock }>();

/** The wall clock shown in `timeZone` at `instant` (ms since the epoch). */
export function wallClockOf(instant: number, timeZone: string): WallClock {
  const second = Math.floor(instant / 1000);
  const last = lastWallClock.get(timeZone);
  if (last?.second === second) return { ...last.wall };
  const offset = steadyOffset(instant, timeZone);
  const wall =
    offset === null ? readWallClock(instant, timeZone) : wallFromUtc(second * 1000 + offset);
  if (lastWallClock.size > 64) lastWallClock.clear();
  lastWallClock.set(timeZone, { second, wall: { ...wall } });
  return wall;
}

// Between saves the second changes, but a zone's offset almost never does: it is read with
// formatToParts at both ends of each quarter hour (every zone's changes fall on quarter
// hours, and never two in one), and where the two agree the wall clock inside is arithmetic.
const QUARTER_HOUR_MS = 15 * 60_000;
const steadyOffsets = new Map<string, { quarter: number; offset: number | null }>();

function steadyOffset(instant: number, timeZone: string): number | null {
  const quarter = Math.floor(instant / QUARTER_HOUR_MS);
  let known = steadyOffsets.get(timeZone);
  if (known?.quarter !== quarter) {
    const start = quarter * QUARTER_HOUR_MS;
    const first = offsetMsAt(start, timeZone);
    const lastSecond = offsetMsAt(start + QUARTER_HOUR_MS - 1000, timeZone);
    known = { quarter, offset: first === lastSecond ? first : null };
    if (steadyOffsets.size > 64) steadyOffsets.clear();
    steadyOffsets.set(timeZone, known);
  }
  return known.offset;
}

/** The wall clock minus UTC at a whole second, in ms; null outside years 1000–9999. */
function offsetMsAt(wholeSecond: number, timeZone: string): number | null {
  const w = readWallClock(wholeSecond, timeZone);
  if (!/^\d{4}-/.test(w.date)) return null;
  return dateToUtcMs(w.date) + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000 - wholeSecond;
}

function wallFromUtc(wallAsUtc: number): WallClock {
  const t = new Date(wallAsUtc);
  const year = t.getUTCFullYear();
  const month = String(t.getUTCMonth() + 1).padStart(2, '0');
  const day = String(t.getUTCDate()).padStart(2, '0');
  return {
    date: `${String(year)}-${month}-${day}`,
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

function readWallClock(instant: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
  };
}

/** The calendar date in `timeZone` at `instant`. */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  return wallClockOf(instant, timeZone).date;
}

/** Minutes the zone is ahead of UTC at `instant` (New York in winter: -300). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const w = wallClockOf(instant, timeZone);
  const wallAsUtc = dateToUtcMs(w.date) + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return Math.round((wallAsUtc - wholeSecond) / 60_000);
}

function dateToUtcMs(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

// Asked for every day a record, a strip or a plan walks: read from the date's fields, a
// quarter of the cost of formatting an ISO string and cutting it.
function utcMsToDate(ms: number): LocalDate {
  const t = new Date(ms);
  const year = t.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return t.toISOString().slice(0, 10);
  const month = t.getUTCMonth() + 1;
  const day = t.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${String(month)}-${day < 10 ? '0' : ''}${String(day)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS);
}

// Every commitment's kept rates and strip walk the same days back from today: the list is
// made once per (day, length), not once per commitment and window.
const dayRuns = new Map<string, readonly LocalDate[]>();

/** The `count` days ending with `last`, oldest first. */
export function daysEndingAt(last: LocalDate, count: number): readonly LocalDate[] {
  const key = `${last}|${String(count)}`;
  let run = dayRuns.get(key);
  if (!run) {
    const end = dateToUtcMs(last);
    const days: LocalDate[] = [];
    for (let i = count - 1; i >= 0; i -= 1) days.push(utcMsToDate(end - i * DAY_MS));
    run = Object.freeze(days);
    if (dayRuns.size >= 16) dayRuns.clear();
    dayRuns.set(key, run);
  }
  return run;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((dateToUtcMs(b) - dateToUtcMs(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(dateToUtcMs(date)).getUTCDay();
}

/** Monday of the ISO week that contains `date`. */
export function weekStartOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * The instant at which the wall clock in `timeZone` first shows `time` on `date`.
 * In a spring-forward gap (the time never appears) it is the first valid instant after
 * the gap; in a fall-back repeat (the time appears twice) it is the first occurrence.
 */
// instantAt is pure (a date, a time and a zone's rules) and asked again and again for the
// same few answers (tonight's reminder, tomorrow's midnight): remembered, a bounded number.
const instants = new Map<string, number>();

export function instantAt(date: LocalDate, time: LocalTime, timeZone: string): number {
  const key = `${timeZone} ${date} ${time}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const instant = computeInstantAt(date, time, timeZone);
  if (instants.size >= 1024) instants.clear();
  instants.set(key, instant);
  return instant;
}

function computeInstantAt(date: LocalDate, time: LocalTime, timeZone: string): number {
  const tm = LOCAL_TIME.exec(time);
  if (!tm) throw new RangeError(`Not a time of day: ${time}`);
  const wanted = dateToUtcMs(date) + (Number(tm[1]) * 60 + Number(tm[2])) * 60_000;
  // Try each offset the zone could have around that moment; earliest match wins.
  const candidates = new Set<number>();
  for (const probe of [wanted - DAY_MS, wanted, wanted + DAY_MS]) {
    candidates.add(zoneOffsetMinutes(probe, timeZone));
  }
  const matches = [...candidates]
    .map((offset) => wanted - offset * 60_000)
    .filter((instant) => {
      const w = wallClockOf(instant, timeZone);
      return w.date === date && w.hour * 60 + w.minute === Number(tm[1]) * 60 + Number(tm[2]);
    })
    .sort((a, b) => a - b);
  if (matches[0] !== undefined) return matches[0];
  // In a gap: the first valid wall time after `time` is the moment the clocks jump.
  // Binary search for the first whole second whose wall clock reads at or after `time`.
  const wallMs = (instant: number): number => {
    const w = wallClockOf(instant, timeZone);
    return dateToUtcMs(w.date) + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  };
  const offsets = [...candidates].sort((a, b) => b - a);
  let lo = wanted - (offsets[0] ?? 0) * 60_000 - 3_600_000;
  let hi = wanted - (offsets[offsets.length - 1] ?? 0) * 60_000 + 3_600_000;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (wallMs(mid) >= wanted) hi = mid;
    else lo = mid;
  }
  return hi;
}
