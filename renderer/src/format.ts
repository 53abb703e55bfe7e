// Display helpers. Dates are formatted from their calendar parts, never through the
// machine's zone, so "today" reads the same as the core's idea of today.

import { MONTH_NAMES } from '../../shared/date-words.ts';
import type { LocalDate } from '../../shared/local-day.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(date: LocalDate): { y: number; m: number; d: number; weekday: number } {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

export function longDate(date: LocalDate): string {
  const p = parts(date);
  return `${WEEKDAYS[p.weekday] ?? ''} ${String(p.d)} ${MONTH_NAMES[p.m - 1] ?? ''}`;
}

export function weekdayName(date: LocalDate): string {
  return WEEKDAYS[parts(date).weekday] ?? '';
}

export function shortDate(date: LocalDate): string {
  const p = parts(date);
  return `${String(p.d)} ${(MONTH_NAMES[p.m - 1] ?? '').slice(0, 3)} ${String(p.y)}`;
}

export function monthName(month: string): string {
  const [y = '', m = '1'] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? ''} ${y}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

export function displayName(name: string, fallback: string): string {
  return name.trim() || fallback;
}
