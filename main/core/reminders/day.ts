// What a single local day looks like to the reminder: is it quiet, is it a reminder day,
// and at which instant does its reminder (or its end) fall in the zone the computer is in.
import { addDays, instantAt, weekdayOf } from '../../../shared/local-day.ts';
import { dayEndInstant } from '../../../shared/partner-day.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import type { ReminderSettings, ReminderState } from './types.ts';

/** Why `date` gets no scheduled reminder, or null when it gets one. */
export function quietReason(
  settings: ReminderSettings,
  state: ReminderState,
  date: LocalDate,
): 'paused' | 'skipped' | 'not-a-reminder-day' | null {
  // ISO dates compare correctly as strings.
  if (state.pausedUntil !== null && date <= state.pausedUntil) return 'paused';
  if (state.skippedDate === date) return 'skipped';
  if (!settings.weekdays.includes(weekdayOf(date))) return 'not-a-reminder-day';
  return null;
}

/** Skip and pause silence a whole day, snoozes included; weekdays only the schedule. */
export function isSilenced(state: ReminderState, date: LocalDate): boolean {
  return (state.pausedUntil !== null && date <= state.pausedUntil) || state.skippedDate === date;
}

/**
 * The day's reminder instant; a DST gap moves it to the first valid time, a repeat fires once.
 * A time before the day's end (00:30 for a day that ends at 2 am) falls after midnight.
 */
export function reminderInstant(
  settings: ReminderSettings,
  date: LocalDate,
  zone: string,
  dayEndsAt = 0,
): number {
  const afterMidnight = Number(settings.time.slice(0, 2)) < dayEndsAt;
  return instantAt(afterMidnight ? addDays(date, 1) : date, settings.time, zone);
}

/** The start of the next day: local midnight, or the hour the day ends (DST-safe). */
export function nextMidnight(date: LocalDate, zone: string, dayEndsAt = 0): number {
  return dayEndInstant(date, zone, dayEndsAt);
}
