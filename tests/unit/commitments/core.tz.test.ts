// Runs under several process time zones: a mark belongs to the author's local day (from the
// injected clock and zone), whatever zone the machine doing the sums is in.

import { afterEach, describe, expect, test } from 'vitest';
import { commitmentTrayInfo } from '../../../main/core/commitments/tray-info.ts';
import type { CommitmentView } from '../../../shared/commitments.ts';
import { refusal, setUp, value, type Env } from './helpers.ts';

let env: Env | undefined;
afterEach(() => env?.close());

function start(...args: Parameters<typeof setUp>) {
  const s = setUp(...args);
  env = s.env;
  return s;
}

describe('the author’s local day', () => {
  test('late in the evening is still today, and the next day begins at local midnight', () => {
    // 23:50 in New York is already 04:50 on the 11th in UTC.
    const s = start('just-me', '2026-03-10T23:50:00-04:00');
    const c = s.create();
    expect(value<CommitmentView>(s.mark(c.id, '2026-03-10', 'kept')).todayMark).toBe('kept');
    expect(refusal(s.mark(c.id, '2026-03-11', 'kept')).message).toBe(
      'That day hasn’t come yet — mark it on the day.',
    );
    s.at('2026-03-11T00:05:00-04:00');
    expect(s.view(c.id)).toMatchObject({ todayMark: null, dueToday: true, daysSinceStart: 1 });
    expect(commitmentTrayInfo(s.env.core.context)).toMatchObject({ due: 1, marked: 0 });
  });

  test('after flying east Tuesday stays open until it ends back home; then it stays put', () => {
    const s = start('just-me', '2026-03-10T21:00:00-04:00');
    const c = s.create();
    s.mark(c.id, '2026-03-10', 'not-kept');
    // Landed in London: 00:10 there is already Wednesday, while it is Tuesday in New York.
    // A day never vanishes on a flight east: Tuesday is still mine to mark.
    s.env.clock.setTimeZone('Europe/London');
    s.at('2026-03-11T00:10:00Z');
    s.mark(c.id, '2026-03-10', 'kept');
    // Midnight in New York: now it is Wednesday where I am, and Tuesday stays as it was.
    s.at('2026-03-11T04:00:00Z');
    expect(refusal(s.mark(c.id, '2026-03-10', 'not-kept'))).toMatchObject({ code: 'read-only' });
    s.mark(c.id, '2026-03-11', 'kept');
    expect(
      s.env.rows('SELECT local_date, value, time_zone FROM commitment_marks ORDER BY local_date'),
    ).toEqual([
      { local_date: '2026-03-10', value: 'kept', time_zone: 'America/New_York' },
      { local_date: '2026-03-11', value: 'kept', time_zone: 'Europe/London' },
    ]);
    const view = s.view(c.id);
    expect(view.days.slice(-2).map((d) => [d.date, d.state])).toEqual([
      ['2026-03-10', 'kept'],
      ['2026-03-11', 'kept'],
    ]);
    expect(view.windows[0]).toMatchObject({ days: 7, kept: 2, dueDays: 2, rate: 1 });
  });

  test('a half-hour zone and a clock change don’t shift or drop a day', () => {
    // Lord Howe Island leaves summer time (UTC+11 → UTC+10:30) on 5 April 2026.
    const s = start('just-me', '2026-04-03T22:00:00+11:00', 'Australia/Lord_Howe');
    const c = s.create({ startDate: '2026-04-03' });
    for (const [iso, date] of [
      ['2026-04-03T22:00:00+11:00', '2026-04-03'],
      ['2026-04-04T23:45:00+11:00', '2026-04-04'],
      ['2026-04-05T23:45:00+10:30', '2026-04-05'],
      ['2026-04-06T00:15:00+10:30', '2026-04-06'],
    ] as const) {
      s.at(iso);
      expect(value<CommitmentView>(s.mark(c.id, date, 'kept')).todayMark).toBe('kept');
    }
    expect(s.view(c.id).windows[0]).toMatchObject({ kept: 4, dueDays: 4 });
  });

  test('India’s evening is India’s day', () => {
    const s = start('both', '2026-03-10T23:55:00+05:30', 'Asia/Kolkata');
    const c = s.create();
    s.mark(c.id, '2026-03-10', 'not-applicable');
    s.at('2026-03-11T00:01:00+05:30');
    expect(commitmentTrayInfo(s.env.core.context)).toEqual({ due: 1, marked: 0, partnerId: s.me });
    expect(
      s
        .view(c.id)
        .days.slice(-2)
        .map((d) => d.state),
    ).toEqual(['not-applicable', 'unmarked']);
  });
});
