// The tray's "due" state: a check-in on this computer is expected and hasn't happened yet.
import { dayOf } from '../../../shared/partner-day.ts';
import { isSilenced, quietReason, reminderInstant } from './day.ts';
import type { ReminderContext } from './types.ts';

export function isDue(ctx: ReminderContext): boolean {
  const { settings, state, now, timeZone: zone } = ctx;
  const dayEndsAt = ctx.dayEndsAt ?? 0;
  if (!settings.enabled || ctx.allCheckedInToday) return false;
  const today = dayOf(now, zone, dayEndsAt);
  if (isSilenced(state, today)) return false;
  // Due from today's reminder time on, whether or not the notification got through.
  if (
    quietReason(settings, state, today) === null &&
    reminderInstant(settings, today, zone, dayEndsAt) <= now
  ) {
    return true;
  }
  // Or when a snooze for today has come round (e.g. one set just before midnight).
  const snoozed = state.snoozedUntil;
  return snoozed !== null && snoozed <= now && dayOf(snoozed, zone, dayEndsAt) === today;
}
