// The wall clock is read arithmetically between quarter hours where a zone's offset holds
// (local-day.ts): it must agree with Intl's own answer everywhere — across DST changes,
// half-hour and 45-minute zones, and the odd-second offsets of a century ago.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wallClockOf } from '../../shared/local-day.ts';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Amsterdam',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'America/St_Johns',
  'Pacific/Apia',
  'UTC',
] as const;

function intlWall(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
  };
}

describe('wallClockOf', () => {
  test('agrees with Intl at any instant from 1900 to 2100, in every kind of zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        (zone, instant) => {
          expect(wallClockOf(instant, zone)).toEqual(intlWall(instant, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('agrees second by second around the clocks changing', () => {
    // New York springs forward on 2026-03-08 at 07:00 UTC and falls back on 2026-11-01 at
    // 06:00 UTC; Lord Howe moves half an hour on 2026-04-04 at 15:00 UTC.
    for (const [zone, change] of [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['America/New_York', Date.UTC(2026, 10, 1, 6)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
    ] as const) {
      for (let t = change - 20 * 60_000; t <= change + 20 * 60_000; t += 7_000) {
        expect(wallClockOf(t, zone)).toEqual(intlWall(t, zone));
      }
    }
  });
});
