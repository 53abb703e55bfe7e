import { afterEach, describe, expect, test } from 'vitest';
import type { Checkin, Settings, TodayView } from '../../../shared/domain.ts';
import { nextTurn, tempCore } from './temp-core.ts';

let env: ReturnType<typeof tempCore> | undefined;
afterEach(() => env?.close());

const ids = (settings: Settings) => {
  const me = settings.partners.find((p) => p.role === 'me');
  const partner = settings.partners.find((p) => p.role === 'partner');
  if (!me || !partner) throw new Error('partners missing');
  return { me: me.id, partner: partner.id };
};

type Answer = { ok: true; value: unknown } | { ok: false; error: { message: string } };
function value<T>(r: Answer): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

describe('check-ins', () => {
  test('are refused until onboarding is done', () => {
    env = tempCore();
    expect(env.call('today:get')).toMatchObject({ ok: false, error: { code: 'not-ready' } });
  });

  test('a second save on the same day edits the first, and each save is in the outbox', () => {
    env = tempCore();
    const { me } = ids(env.onboard());
    const first = value<Checkin>(
      env.call('checkins:save', {
        partnerId: me,
        localDate: '2026-03-10',
        mood: 2,
        closeness: 2,
        settled: 2,
      }),
    );
    env.clock.advance(60_000);
    const second = value<Checkin>(
      env.call('checkins:save', {
        partnerId: me,
        localDate: '2026-03-10',
        mood: 4,
        closeness: 4,
        settled: 5,
        note: '  better now ',
      }),
    );
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      mood: 4,
      settled: 5,
      note: 'better now',
      createdAt: first.createdAt,
    });
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    // The first instant and the zone the day is counted in stay those of the first save.
    expect(second).toMatchObject({ checkedInAt: first.checkedInAt, timeZone: first.timeZone });
    // What each save answers is exactly what was stored, and what it sends the partner.
    const stored = value<TodayView>(env.call('today:get')).partners.find(
      (p) => p.partner.id === me,
    )?.checkin;
    expect(stored).toEqual(second);
    const sent = env.rows<{ payload: string }>(
      "SELECT payload FROM changes WHERE entity = 'checkin' ORDER BY seq",
    );
    expect(sent.map((r) => JSON.parse(r.payload) as unknown)).toEqual([first, second]);
    expect(env.rows('SELECT id FROM checkins')).toHaveLength(1);
    const outbox = env.rows<{ entity_id: string; author_id: string }>(
      "SELECT entity_id, author_id FROM changes WHERE entity = 'checkin'",
    );
    expect(outbox).toEqual([
      { entity_id: first.id, author_id: me },
      { entity_id: first.id, author_id: me },
    ]);
  });

  test('a kept day needs both partners; the record counts it', () => {
    env = tempCore();
    const { me, partner } = ids(env.onboard('both'));
    env.call('checkins:quick', { partnerId: me, localDate: '2026-03-10', mood: 3 });
    let today = value<TodayView>(env.call('today:get'));
    expect(today.record).toMatchObject({ todayKept: false, currentRun: 0 });
    env.call('checkins:quick', { partnerId: partner, localDate: '2026-03-10', mood: 4 });
    today = value<TodayView>(env.call('today:get'));
    expect(today.record).toMatchObject({
      todayKept: true,
      currentRun: 1,
      longestRun: 1,
      kept7: 1,
      consistency: 5,
    });
  });

  test('yesterday is read-only once the day has passed', () => {
    env = tempCore();
    const { me } = ids(env.onboard());
    env.call('checkins:quick', { partnerId: me, localDate: '2026-03-10', mood: 3 });
    env.clock.set(Date.parse('2026-03-11T09:00:00-04:00'));
    expect(
      env.call('checkins:quick', { partnerId: me, localDate: '2026-03-10', mood: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(env.rows('SELECT mood FROM checkins')).toEqual([{ mood: 3 }]);
  });

  test('with "just me", the partner’s check-in cannot be made on this computer', () => {
    env = tempCore();
    const { partner } = ids(env.onboard('just-me'));
    expect(
      env.call('checkins:quick', { partnerId: partner, localDate: '2026-03-10', mood: 3 }),
    ).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Sam checks in on their own computer.' },
    });
    const today = value<TodayView>(env.call('today:get'));
    expect(today.partners.map((p) => [p.partner.name, p.partner.onThisComputer])).toEqual([
      ['Alex', true],
      ['Sam', false],
    ]);
  });

  test('a tray quick check-in keeps details already written today', () => {
    env = tempCore();
    const { me } = ids(env.onboard());
    env.call('checkins:save', {
      partnerId: me,
      localDate: '2026-03-10',
      mood: 2,
      closeness: 5,
      settled: 4,
      shared: 'I called my sister.',
    });
    const quick = value<Checkin>(
      env.call('checkins:quick', { partnerId: me, localDate: '2026-03-10', mood: 5 }),
    );
    expect(quick).toMatchObject({
      mood: 5,
      closeness: 5,
      settled: 4,
      shared: 'I called my sister.',
    });
  });

  test('a planned pause keeps the run going; removing it is a recorded change', () => {
    env = tempCore('2026-03-01T21:00:00-05:00');
    const { me, partner } = ids(env.onboard('both'));
    const both = (date: string) => {
      env?.call('checkins:quick', { partnerId: me, localDate: date, mood: 3 });
      env?.call('checkins:quick', { partnerId: partner, localDate: date, mood: 3 });
    };
    both('2026-03-01');
    env.clock.set(Date.parse('2026-03-02T21:00:00-05:00'));
    both('2026-03-02');
    const pause = value<{ id: string }>(
      env.call('pauses:add', {
        startDate: '2026-03-03',
        endDate: '2026-03-05',
        reason: 'Conference',
      }),
    );
    env.clock.set(Date.parse('2026-03-06T21:00:00-05:00'));
    both('2026-03-06');
    expect(value<TodayView>(env.call('today:get')).record.currentRun).toBe(3);

    expect(env.call('pauses:remove', { id: pause.id })).toEqual({
      ok: true,
      value: { removed: true },
    });
    expect(value<TodayView>(env.call('today:get')).record.currentRun).toBe(1);
    expect(env.rows("SELECT op FROM changes WHERE entity = 'pause' ORDER BY seq")).toEqual([
      { op: 'upsert' },
      { op: 'delete' },
    ]);
    expect(env.call('pauses:remove', { id: pause.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      env.call('pauses:add', { startDate: '2026-03-09', endDate: '2026-03-08' }),
    ).toMatchObject({
      ok: false,
      error: { message: 'A pause ends on or after its start.' },
    });
  });

  test('screens are told when data changes', async () => {
    env = tempCore();
    const events: unknown[] = [];
    env.core.subscribe((event, payload) => events.push([event, payload]));
    const { me } = ids(env.onboard());
    env.call('checkins:quick', { partnerId: me, localDate: '2026-03-10', mood: 3 });
    // The reminder is re-planned once per turn after the changes in it, not per save.
    await nextTurn();
    expect(events).toEqual([
      ['changed', { topics: ['settings'] }],
      ['changed', { topics: ['checkins'] }],
      // 20:05, past the 20:00 reminder: a check-in is due, and stays due after one
      // check-in: Sam, on this computer too, hasn't checked in yet.
      ['changed', { topics: ['reminders'] }],
    ]);
  });
});
