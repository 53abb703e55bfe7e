// Calendar dates as whole-day numbers (days since 1970-01-01, proleptic Gregorian), so the
// record's day-by-day math is plain integer arithmetic that never depends on a time zone.

import type { LocalDate } from './local-day.ts';

const DAY_MS = 86_400_000;

/**
 * Whole days since 1970-01-01; NaN for anything that isn't a real `YYYY-MM-DD` date.
 * Plain arithmetic (no Date, no regex): it runs once per check-in. The day count is the
 * classic days-from-civil formula.
 */
export function dayNumber(date: string): number {
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

export function requireDay(date: LocalDate, what: string): number {
  const day = dayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`${what} is not a calendar date: ${date}`);
  return day;
}

export function dateOf(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday on or before `day` (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}
