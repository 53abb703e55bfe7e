// What to arm now. A plan only ever looks at today (in the zone the computer is in now):
// anything later is re-planned at the next local midnight, so travel, DST, pauses and
// multi-day sleeps need no look-ahead and can never produce more than today's reminder.
import { dayOf } from '../../../shared/partner-day.ts';
import { isSilenced, nextMidnight, quietReason, reminderInstant } from './day.ts';
import { GRACE_MS, MIN_GAP_MS } from './types.ts';
import type { FireReason, IdleReason, ReminderContext, ReminderPlan } from './types.ts';

interface Candidate {
  at: number;
  reason: FireReason;
}

export function planReminder(ctx: ReminderContext): ReminderPlan {
  const { settings, state, now, timeZone: zone } = ctx;
  const dayEndsAt = ctx.dayEndsAt ?? 0;
  if (!settings.enabled) return { kind: 'idle', reason: 'disabled', recheckAt: null };

  const today = dayOf(now, zone, dayEndsAt);
  const recheckAt = nextMidnight(today, zone, dayEndsAt);
  const idle = (reason: IdleReason): ReminderPlan => ({ kind: 'idle', reason, recheckAt });
  // A check-in clears any pending reminder, snoozes included.
  if (ctx.allCheckedInToday) return idle('all-checked-in');

  const candidates: Candidate[] = [];
  const blocked =
    quietReason(settings, state, today) ??
    (state.lastFiredFor === today ? 'already-reminded' : null);
  if (blocked === null) {
    const due = reminderInstant(settings, today, zone, dayEndsAt);
    // Already past (asleep, app closed, just started): a catch-up, held back by the floor below.
    candidates.push({ at: due, reason: due >= now ? 'scheduled' : 'catch-up' });
  }
  const snoozed = state.snoozedUntil;
  // A snooze left over from an earlier day is stale; one for a later day waits for midnight.
  if (snoozed !== null && !isSilenced(state, today) && dayOf(snoozed, zone, dayEndsAt) === today) {
    candidates.push({ at: snoozed, reason: 'snooze' });
  }
  if (candidates.length === 0) return idle(blocked ?? 'already-reminded');

  // Never the instant the lid opens, never in a burst. Clamping to `now` keeps a clock that
  // jumped backwards from pushing the floor far into the future.
  const floor = Math.max(
    now,
    ctx.wokeAt == null ? -Infinity : Math.min(ctx.wokeAt, now) + GRACE_MS,
    state.lastFiredAt === null ? -Infinity : Math.min(state.lastFiredAt, now) + MIN_GAP_MS,
  );
  // Earliest wins; on a tie the scheduled one goes first, so one notification covers both.
  let best: Candidate | null = null;
  for (const c of candidates) {
    const at = Math.max(c.at, floor);
    if (best === null || at < best.at) best = { at, reason: c.reason };
  }
  if (best === null || best.at >= recheckAt) return idle('too-late-today');
  return { kind: 'fire-at', at: best.at, reason: best.reason, date: today };
}
