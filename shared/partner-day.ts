// Each partner's own day: the calendar date in the zone they are in, shifted by the hour
// their day ends ("My day ends at", midnight to 4 am), so a check-in at 00:40 still belongs
// to tonight for a night owl. Pure and zone-explicit, like local-day.ts.

import { addDays, instantAt, wallClockOf, type LocalDate } from './local-day.ts';

/** Hours after midnight a day may end at: midnight (0) to 4 am. */
export const DAY_END_HOURS = [0, 1, 2, 3, 4] as const;
export type DayEndHour = (typeof DAY_END_HOURS)[number];

export function isDayEndHour(value: unknown): value is DayEndHour {
  return typeof value === 'number' && (DAY_END_HOURS as readonly number[]).includes(value);
}

/** The partner's day at `instant`: the local date, until `dayEndsAt` o'clock the next morning. */
export function dayOf(instant: number, timeZone: string, dayEndsAt: number): LocalDate {
  const wall = wallClockOf(instant, timeZone);
  return wall.hour < dayEndsAt ? addDays(wall.date, -1) : wall.date;
}

/** The instant the partner's day `date` ends (DST-safe: a gap moves it to the jump). */
export function dayEndInstant(date: LocalDate, timeZone: string, dayEndsAt: number): number {
  return instantAt(addDays(date, 1), `0${String(dayEndsAt)}:00`, timeZone);
}

/** "midnight", "1 am" … for the setting and its explanations. */
export function dayEndWords(dayEndsAt: number): string {
  return dayEndsAt === 0 ? 'midnight' : `${String(dayEndsAt)} am`;
}

/**
 * The zone a partner's day is counted in once they are seen in `current`. Moving west (or
 * anywhere the date is no later) switches at once — the day may repeat, and its one check-in
 * is edited, not doubled. Moving east waits until the old zone's day has ended too, so a day
 * never vanishes on a night flight before it could be checked in.
 */
export function zoneForDay(
  counted: string,
  current: string,
  instant: number,
  dayEndsAt: number,
): string {
  if (counted === current) return current;
  return dayOf(instant, current, dayEndsAt) <= dayOf(instant, counted, dayEndsAt)
    ? current
    : counted;
}
