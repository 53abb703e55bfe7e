// A commitment and its record as of a local day: kept rates over 7/30/90 days, days since it
// started, and the last 14 days with their marks and acknowledgements. Pure: the handlers
// pass in the stored rows and `today`.

import {
  KEPT_RATE_WINDOWS,
  commitmentStatus,
  daysSinceStart,
  isDueOn,
  isMarkValue,
  isReviewDue,
  keptRate,
  recentStrip,
  rulesOf,
  type Commitment,
  type CommitmentAck,
  type CommitmentView,
  type MarkValue,
} from '../../../shared/commitments.ts';
import { addDays, type LocalDate } from '../../../shared/local-day.ts';
import type { StoredAck, StoredMark } from './commitment-store.ts';

export const STRIP_DAYS = 14;

/** The earliest day any part of the view reads (the longest kept-rate window). */
export function earliestNeeded(today: LocalDate): LocalDate {
  return addDays(today, -(Math.max(...KEPT_RATE_WINDOWS, STRIP_DAYS) - 1));
}

export function buildView(
  commitment: Commitment,
  marks: readonly StoredMark[],
  acks: readonly StoredAck[],
  today: LocalDate,
): CommitmentView {
  const rules = rulesOf(commitment);
  const byDate = new Map<LocalDate, MarkValue>(marks.map((m) => [m.localDate, m.value]));
  const markIds = new Map<LocalDate, string>(marks.map((m) => [m.localDate, m.id]));
  const ackByMark = new Map<string, CommitmentAck>(
    acks.map((a) => [
      a.markId,
      {
        id: a.id,
        authorId: a.authorId,
        text: a.text,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      },
    ]),
  );
  // Retiring is an act: the commitment reads "retired" at once, even when it is retired from
  // tomorrow so that a mark already made today still counts.
  const retired = commitment.retiredOn !== null;
  const status = retired ? 'retired' : commitmentStatus(rules, today);
  const scheduledToday = isDueOn(rules, today);
  const dueToday = !retired && scheduledToday;
  return {
    ...commitment,
    status,
    pausedUntil:
      status === 'paused'
        ? (commitment.pauses.find((p) => p.startDate <= today && today <= p.endDate)?.endDate ??
          null)
        : null,
    dueToday,
    todayMark: scheduledToday ? (byDate.get(today) ?? null) : null,
    reviewDue: !retired && isReviewDue(rules, today),
    daysSinceStart: daysSinceStart(rules, today),
    windows: KEPT_RATE_WINDOWS.map((days) => ({ days, ...keptRate(rules, byDate, today, days) })),
    days: recentStrip(rules, byDate, today, STRIP_DAYS).map((day) => {
      const markId = isMarkValue(day.state) ? (markIds.get(day.date) ?? null) : null;
      // An acknowledgement shows only while its day reads "kept".
      const ack = day.state === 'kept' && markId ? (ackByMark.get(markId) ?? null) : null;
      return { ...day, markId, ack };
    }),
  };
}
