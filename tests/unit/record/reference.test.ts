// The record against a plain per-day reference, on random two-partner histories: two zones,
// each partner's own day end, pauses in the past and the future, partial days, and each
// partner's computer looking at the same data from its own "today".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, instantAt } from '../../../shared/local-day.ts';
import { dayOf } from '../../../shared/partner-day.ts';
import { summarizeRecord, type CheckinMark, type RecordInput } from '../../../shared/record.ts';
import { referenceRecord } from './reference.ts';

const A = 'alex';
const B = 'sam';
const ZONES = [
  'Asia/Tokyo',
  'America/New_York',
  'Pacific/Chatham',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Europe/London',
  'Australia/Lord_Howe',
];
const START = instantAt('2026-02-20', '00:00', 'UTC');
const HOUR = 3_600_000;

const partner = fc.record({
  zone: fc.constantFrom(...ZONES),
  dayEndsAt: fc.integer({ min: 0, max: 4 }),
  // Hours after START of each check-in (≈ 70 days), many of them near midnight.
  checkins: fc.array(fc.integer({ min: 0, max: 70 * 24 }), { maxLength: 80 }),
});

const history = fc.record({
  a: partner,
  b: partner,
  nowHours: fc.integer({ min: 24, max: 72 * 24 }),
  pauses: fc.array(fc.tuple(fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 12 })), {
    maxLength: 3,
  }),
});

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

/** Both computers' views of one history: each dates days by its own partner's zone. */
function views(h: History): { fromA: RecordInput; fromB: RecordInput } {
  const now = START + h.nowHours * HOUR;
  const marks = (id: string, p: History['a']): CheckinMark[] =>
    p.checkins
      .map((hours) => START + hours * HOUR)
      .filter((at) => at <= now) // nobody checks in in the future
      .map((at) => ({ partnerId: id, localDate: dayOf(at, p.zone, p.dayEndsAt) }));
  const checkins = [...marks(A, h.a), ...marks(B, h.b)];
  const pauses = h.pauses.map(([from, length]) => {
    const startDate = addDays('2026-02-20', from);
    return { startDate, endDate: addDays(startDate, length) };
  });
  const dayA = dayOf(now, h.a.zone, h.a.dayEndsAt);
  const dayB = dayOf(now, h.b.zone, h.b.dayEndsAt);
  const base = {
    partnerIds: [A, B] as const,
    checkins,
    pauses,
    partnerDays: [dayA, dayB] as const,
  };
  return { fromA: { ...base, today: dayA }, fromB: { ...base, today: dayB } };
}

describe('the record against a per-day reference', () => {
  it('agrees on runs, totals, windows and the score from either computer', () => {
    fc.assert(
      fc.property(history, (h) => {
        for (const input of Object.values(views(h))) {
          const s = summarizeRecord(input);
          expect({
            currentRun: s.currentRun,
            longestRun: s.longestRun,
            totalKept: s.totalKept,
            consistency: s.consistency,
            firstDate: s.firstDate,
            kept7: s.kept7,
            kept30: s.kept30,
            kept90: s.kept90,
            paused7: s.paused7,
            paused30: s.paused30,
            paused90: s.paused90,
          }).toEqual(referenceRecord(input));
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('shows the same run and score on both computers once they have the same data', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { fromA, fromB } = views(h);
        const a = summarizeRecord(fromA);
        const b = summarizeRecord(fromB);
        expect([b.currentRun, b.longestRun, b.consistency, b.totalKept]).toEqual([
          a.currentRun,
          a.longestRun,
          a.consistency,
          a.totalKept,
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('never counts a day as missed while it is still running for either partner', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { fromA } = views(h);
        const [dayA, dayB] = fromA.partnerDays ?? [fromA.today, fromA.today];
        const earlier = dayA < dayB ? dayA : dayB;
        // Dropping everything after the last closed day changes nothing but kept running days.
        const closedOnly = {
          ...fromA,
          checkins: fromA.checkins.filter((c) => c.localDate < earlier),
        };
        const before = summarizeRecord(closedOnly);
        const now = summarizeRecord(fromA);
        expect(now.currentRun).toBeGreaterThanOrEqual(before.currentRun);
        expect(now.consistency).toBeGreaterThanOrEqual(before.consistency);
      }),
      { numRuns: 300 },
    );
  });
});
