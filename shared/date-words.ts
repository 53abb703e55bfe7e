// Calendar dates in words, from their own parts (never through the machine's zone or locale),
// so the tray, the screens and the record all say the same day.

import type { LocalDate } from './local-day.ts';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "3 Dec". */
export function dayMonth(date: LocalDate): string {
  const [, month = 1, day = 1] = date.split('-').map(Number);
  return `${String(day)} ${(MONTH_NAMES[month - 1] ?? '').slice(0, 3)}`;
}
