// The persisted reminder state's transitions. Each returns a new state for the shell to
// save; the most recent explicit choice wins (a skip or pause drops a snooze, a snooze
// undoes today's skip). A pause is a planned break, so a snooze doesn't lift it.
import { isLocalDate } from '../../../shared/local-day.ts';
import { dayOf } from '../../../shared/partner-day.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { DEFAULT_SNOOZE_MINUTES } from './types.ts';
import type { FirePlan, ReminderState } from './types.ts';

/** Record a delivered notification (`firedAt` is when it actually went out). */
export function afterFired(
  state: ReminderState,
  fired: Pick<FirePlan, 'reason' | 'date'>,
  firedAt: number,
): ReminderState {
  if (fired.reason === 'snooze') return { ...state, lastFiredAt: firedAt, snoozedUntil: null };
  return {
    ...state,
    lastFiredAt: firedAt,
    lastFiredFor: fired.date,
    // A snooze that had already come round is covered by this notification; a later one stays.
    snoozedUntil:
      state.snoozedUntil !== null && state.snoozedUntil <= firedAt ? null : state.snoozedUntil,
  };
}

/** "Remind me in 1 hour". */
export function snooze(
  state: ReminderState,
  now: number,
  minutes = DEFAULT_SNOOZE_MINUTES,
): ReminderState {
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new RangeError(`Snooze minutes must be positive: ${minutes}`);
  return { ...state, snoozedUntil: now + minutes * 60_000, skippedDate: null };
}

/** "Skip today": today only, in the zone the computer is in now; tomorrow's still comes. */
export function skipToday(
  state: ReminderState,
  now: number,
  timeZone: string,
  dayEndsAt = 0,
): ReminderState {
  return { ...state, skippedDate: dayOf(now, timeZone, dayEndsAt), snoozedUntil: null };
}

/** "Pause reminders until…" `date`, inclusive; null resumes now. */
export function pauseUntil(state: ReminderState, date: LocalDate | null): ReminderState {
  if (date === null) return { ...state, pausedUntil: null };
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return { ...state, pausedUntil: date, snoozedUntil: null };
}
