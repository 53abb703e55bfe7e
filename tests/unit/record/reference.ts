// A straightforward reference for the record: one loop over calendar dates as strings, no
// day numbers, no maps of bits, no carried folds. The record's tests compare against it.
import { addDays } from '../../../shared/local-day.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import type { RecordInput } from '../../../shared/record.ts';

export interface ReferenceRecord {
  currentRun: number;
  longestRun: number;
  totalKept: number;
  consistency: number;
  firstDate: LocalDate | null;
  kept7: number;
  kept30: number;
  kept90: number;
  paused7: number;
  paused30: number;
  paused90: number;
}

const HALF_LIFE = 14;

export function referenceRecord(input: RecordInput): ReferenceRecord {
  const [a, b] = input.partnerIds;
  const [dayA, dayB] = input.partnerDays ?? [input.today, input.today];
  const dates = [input.today, dayA, dayB].sort();
  const openFrom = dates[0] ?? input.today;
  const openTo = dates[2] ?? input.today;
  const real = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && addDays(d, 0) === d;
  const by = (who: string) =>
    new Set(
      input.checkins
        .filter((c) => c.partnerId === who && real(c.localDate))
        .map((c) => c.localDate),
    );
  const ofA = by(a);
  const ofB = by(b);
  const kept = (d: string) => ofA.has(d) && ofB.has(d);
  const paused = (d: string) =>
    input.pauses.some(
      (p) => real(p.startDate) && real(p.endDate) && p.startDate <= d && d <= p.endDate,
    );
  const marked = [...ofA, ...ofB].filter((d) => d <= openTo).sort();
  const firstDate = marked[0] ?? null;

  let run = 0;
  let longestRun = 0;
  let totalKept = 0;
  let score = 0;
  const keep = Math.pow(0.5, 1 / HALF_LIFE);
  for (let d = firstDate; d !== null && d <= openTo; d = addDays(d, 1)) {
    if (kept(d)) {
      run += 1;
      totalKept += 1;
      longestRun = Math.max(longestRun, run);
      score = keep * score + (1 - keep);
    } else if (paused(d) || d >= openFrom) {
      // paused, or still running for someone: nothing moves
    } else {
      run = 0;
      score = keep * score;
    }
  }
  const window = (n: number, test: (d: string) => boolean) => {
    let count = 0;
    for (let i = 0; i < n; i++) if (test(addDays(input.today, -i))) count += 1;
    return count;
  };
  const pausedOnly = (d: string) => !kept(d) && paused(d);
  return {
    currentRun: run,
    longestRun,
    totalKept,
    consistency: Math.round(score * 100),
    firstDate,
    kept7: window(7, kept),
    kept30: window(30, kept),
    kept90: window(90, kept),
    paused7: window(7, pausedOnly),
    paused30: window(30, pausedOnly),
    paused90: window(90, pausedOnly),
  };
}
