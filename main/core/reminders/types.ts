// The daily reminder's inputs and answers. Everything is plain data so the decisions can
// be pure functions of (settings, persisted state, check-ins, now, zone) and be tested
// with explicit instants; the Electron shell only arms a timer with the answer.
import type { LocalDate, LocalTime } from '../../../shared/local-day.ts';

/** Don't notify the instant the lid opens: a resumed or just-started app waits this long. */
export const GRACE_MS = 60_000;

/** Two notifications never come closer together than this (no bursts, even by accident). */
export const MIN_GAP_MS = 5 * 60_000;

export const DEFAULT_SNOOZE_MINUTES = 60;

export interface ReminderSettings {
  enabled: boolean;
  /** Wall-clock time in the zone the computer is in now. */
  time: LocalTime;
  /** Reminder days, 0 = Sunday … 6 = Saturday. */
  weekdays: readonly number[];
}

/** Persisted between runs, so sleep and restarts neither repeat nor lose a reminder. */
export interface ReminderState {
  /** Instant of the last notification of any kind (scheduled, catch-up or snooze). */
  lastFiredAt: number | null;
  /**
   * The local day whose scheduled reminder was last delivered. Kept as a date rather than
   * derived from `lastFiredAt`, so that a snooze shortly after midnight doesn't swallow
   * that day's reminder, and a reminder delivered in New York at 20:00 (01:00 in London)
   * doesn't swallow the traveller's next London evening.
   */
  lastFiredFor: LocalDate | null;
  /** A "Remind me in 1 hour" that hasn't fired yet. */
  snoozedUntil: number | null;
  /** "Skip today": no reminder on this local day. */
  skippedDate: LocalDate | null;
  /** "Pause reminders until…": quiet through this date, inclusive. */
  pausedUntil: LocalDate | null;
}

export const INITIAL_REMINDER_STATE: ReminderState = Object.freeze({
  lastFiredAt: null,
  lastFiredFor: null,
  snoozedUntil: null,
  skippedDate: null,
  pausedUntil: null,
});

export interface ReminderContext {
  settings: ReminderSettings;
  state: ReminderState;
  now: number;
  /** The IANA zone the computer is in now (the reminder follows today's wall clock). */
  timeZone: string;
  /** "My day ends at" (0 … 4 h): the reminder's day runs until then (default midnight). */
  dayEndsAt?: number;
  /** Every partner who uses this computer has checked in for today. */
  allCheckedInToday: boolean;
  /** Last resume, unlock or app start, for the grace period. */
  wokeAt?: number | null;
}

export type FireReason = 'scheduled' | 'catch-up' | 'snooze';

export interface FirePlan {
  kind: 'fire-at';
  at: number;
  reason: FireReason;
  /** The local day this reminder is for. */
  date: LocalDate;
}

export type IdleReason =
  | 'disabled'
  | 'all-checked-in'
  | 'paused'
  | 'skipped'
  | 'not-a-reminder-day'
  | 'already-reminded'
  /** The missed reminder could only be caught up after midnight, when it no longer applies. */
  | 'too-late-today';

export interface IdlePlan {
  kind: 'idle';
  reason: IdleReason;
  /** When to plan again (the next local midnight), or null when reminders are off. */
  recheckAt: number | null;
}

export type ReminderPlan = FirePlan | IdlePlan;
