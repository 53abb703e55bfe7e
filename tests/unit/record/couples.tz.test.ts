// Real couples through a real core: long distance, night owls, travellers, pauses added
// afterwards. The partner's changes arrive through the real sync applier, as they would from
// their computer. Runs under several process zones: nothing may depend on the machine's.
import { afterEach, describe, expect, it } from 'vitest';
import { createApplier, type WireChange } from '../../../main/core/sync/apply.ts';
import type { Checkin, Pause, Settings, TodayView } from '../../../shared/domain.ts';
import { addDays, instantAt } from '../../../shared/local-day.ts';
import { dayOf } from '../../../shared/partner-day.ts';
import { summarizeRecord } from '../../../shared/record.ts';
import { tempCore } from '../core/temp-core.ts';

const TOKYO = 'Asia/Tokyo';
const NY = 'America/New_York';
let env: ReturnType<typeof tempCore> | null = null;
afterEach(() => env?.close());

function value<T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

function setup(zone: string, start: string, mode: 'just-me' | 'both' = 'just-me') {
  const e = tempCore(
    new Date(instantAt(start.slice(0, 10), start.slice(11), zone)).toISOString(),
    zone,
  );
  env = e;
  const settings = e.onboard(mode);
  const me = settings.partners.find((p) => p.role === 'me')?.id ?? '';
  const partner = settings.partners.find((p) => p.role === 'partner')?.id ?? '';
  const apply = createApplier(e.core.context.db);
  let n = 0;
  const receive = (entity: string, payload: Record<string, unknown>, createdAt: number) => {
    n += 1;
    const change: WireChange = {
      id: `change-${String(n)}`,
      entity,
      entityId: String(payload.id ?? payload.partnerId),
      op: 'upsert',
      authorId: partner,
      payload,
      createdAt,
      hlc: String(n),
    };
    e.core.context.db.transaction(() => apply(change))();
    e.core.context.checkins.invalidate();
  };
  /** The partner checks in on their computer at `time` on `date` in `zone`. */
  const partnerChecksIn = (date: string, time: string, tz: string) => {
    const instant = instantAt(date, time, tz);
    receive(
      'checkin',
      {
        id: `c-${date}`,
        authorId: partner,
        localDate: date,
        timeZone: tz,
        checkedInAt: instant,
        mood: 4,
        closeness: 4,
        settled: 4,
        note: '',
        shared: '',
        createdAt: instant,
        updatedAt: instant,
      },
      instant,
    );
  };
  const at = (date: string, time: string, tz = zone) => e.clock.set(instantAt(date, time, tz));
  const checkIn = (date: string) =>
    value<Checkin>(e.call('checkins:quick', { partnerId: me, localDate: date, mood: 4 }));
  const today = () => value<TodayView>(e.call('today:get'));
  return { e, me, partner, receive, partnerChecksIn, at, checkIn, today };
}

describe('Alex in Tokyo, Sam in New York', () => {
  it('keeps the run whole through Alex’s morning while Sam’s Saturday is still running', () => {
    const c = setup(TOKYO, '2026-06-01T21:00');
    c.receive('partner-day', { partnerId: c.partner, timeZone: NY, dayEndsAt: 0 }, 0);
    for (let i = 0; i < 6; i++) {
      const date = addDays('2026-06-01', i); // Mon 1 … Sat 6 June
      c.at(date, '21:00');
      c.checkIn(date);
      if (i < 5) c.partnerChecksIn(date, '20:00', NY);
    }
    const fiveKept = summarizeRecord({
      partnerIds: ['a', 'b'],
      checkins: [0, 1, 2, 3, 4].flatMap((i) => [
        { partnerId: 'a', localDate: addDays('2026-06-01', i) },
        { partnerId: 'b', localDate: addDays('2026-06-01', i) },
      ]),
      pauses: [],
      today: '2026-06-06',
    });
    // 08:00 Sunday in Tokyo is 19:00 Saturday in New York.
    c.at('2026-06-07', '08:00');
    let view = c.today();
    expect(view.today).toBe('2026-06-07');
    expect(view.partners.find((p) => p.partner.id === c.partner)?.today).toBe('2026-06-06');
    expect(view.record.currentRun).toBe(5);
    expect(view.record.consistency).toBe(fiveKept.consistency);
    // Sam checks in at 20:00 New York time: Saturday is kept, the run is six.
    c.partnerChecksIn('2026-06-06', '20:00', NY);
    c.at('2026-06-07', '09:05');
    view = c.today();
    expect(view.record.currentRun).toBe(6);
    expect(view.record.consistency).toBeGreaterThan(fiveKept.consistency);
    // Had Sam not checked in, Saturday is a gap only once it is over in New York too.
    c.at('2026-06-07', '13:59');
    expect(c.today().record.currentRun).toBe(6);
  });

  it('counts Saturday as a quiet day only after it has ended in New York', () => {
    const c = setup(TOKYO, '2026-06-05T21:00');
    c.receive('partner-day', { partnerId: c.partner, timeZone: NY, dayEndsAt: 0 }, 0);
    c.checkIn('2026-06-05');
    c.partnerChecksIn('2026-06-05', '20:00', NY);
    c.at('2026-06-06', '21:00');
    c.checkIn('2026-06-06');
    c.at('2026-06-07', '12:59'); // 23:59 Saturday in New York
    expect(c.today().record.currentRun).toBe(1);
    c.at('2026-06-07', '13:00'); // midnight in New York: Saturday is over for both
    expect(c.today().record.currentRun).toBe(0);
  });
});

describe('night owls: "My day ends at"', () => {
  it('lets a 00:40 check-in count for tonight, for the partner whose day ends later', () => {
    const c = setup(NY, '2026-06-01T20:00', 'both');
    const saved = value<Settings>(c.e.call('settings:save', { myDayEndsAt: 2 }));
    expect(saved.partners.find((p) => p.role === 'me')?.dayEndsAt).toBe(2);
    c.at('2026-06-02', '00:40');
    expect(c.checkIn('2026-06-01').localDate).toBe('2026-06-01');
    // Sam's day ended at midnight: 1 June is over for Sam.
    expect(
      c.e.call('checkins:quick', { partnerId: c.partner, localDate: '2026-06-01', mood: 3 }),
    ).toMatchObject({ ok: false, error: { code: 'read-only' } });
    const view = c.today();
    expect(view.today).toBe('2026-06-01');
    expect(view.partners.find((p) => p.partner.id === c.partner)?.today).toBe('2026-06-02');
    // The change of day end travels to the partner's computer.
    expect(c.e.rows("SELECT entity FROM changes WHERE entity = 'partner-day'")).toHaveLength(1);
  });

  it('refuses a day end outside midnight … 4 am, and a partner’s from the wrong computer', () => {
    const c = setup(NY, '2026-06-01T20:00');
    expect(c.e.call('settings:save', { myDayEndsAt: 5 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(c.e.call('settings:save', { partnerDayEndsAt: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(c.e.rows('SELECT day_ends_at FROM partners')).toEqual([
      { day_ends_at: 0 },
      { day_ends_at: 0 },
    ]);
  });

  it('ends the day at 2 am across the spring-forward gap', () => {
    // New York, 8 March 2026: 02:00 becomes 03:00.
    expect(dayOf(instantAt('2026-03-08', '01:59', NY), NY, 2)).toBe('2026-03-07');
    expect(dayOf(instantAt('2026-03-08', '03:00', NY), NY, 2)).toBe('2026-03-08');
    // 1 November 2026: 01:00–01:59 happens twice; both belong to the new day with a 1 am end.
    const firstOne = instantAt('2026-11-01', '01:30', NY);
    expect(dayOf(firstOne, NY, 1)).toBe('2026-11-01');
    expect(dayOf(firstOne + 3_600_000, NY, 1)).toBe('2026-11-01');
    expect(dayOf(firstOne - 3_600_000, NY, 1)).toBe('2026-10-31');
  });
});

describe('travellers', () => {
  it('flying east, keeps Sunday open until it ends back home, then moves on', () => {
    const c = setup(NY, '2026-06-06T21:00');
    c.checkIn('2026-06-06');
    // Leaves Saturday 22:00 New York, lands Monday 02:00 Tokyo (Sunday 13:00 in New York).
    c.e.clock.setTimeZone(TOKYO);
    c.at('2026-06-08', '02:00', TOKYO);
    expect(c.today().today).toBe('2026-06-07');
    expect(c.checkIn('2026-06-07').timeZone).toBe(NY);
    // Once Sunday is over in New York too, it is Monday in Tokyo, and Sam hears of the move.
    c.at('2026-06-08', '14:00', TOKYO);
    expect(c.today().today).toBe('2026-06-08');
    expect(c.checkIn('2026-06-08').timeZone).toBe(TOKYO);
    const moves = c.e.rows<{ payload: string }>(
      "SELECT payload FROM changes WHERE entity = 'partner-day'",
    );
    expect(moves.map((m) => (JSON.parse(m.payload) as { timeZone: string }).timeZone)).toEqual([
      TOKYO,
    ]);
  });

  it('flying west, keeps one check-in for the repeated day (editing, not doubling)', () => {
    const c = setup(TOKYO, '2026-06-06T10:00');
    c.checkIn('2026-06-06');
    c.e.clock.setTimeZone(NY);
    c.at('2026-06-06', '08:00', NY); // landed in New York: Saturday morning again
    expect(c.today().today).toBe('2026-06-06');
    c.checkIn('2026-06-06');
    expect(c.e.rows('SELECT local_date FROM checkins')).toEqual([{ local_date: '2026-06-06' }]);
  });
});

describe('pauses added afterwards', () => {
  it('accepts a pause up to a week back and shows it to the partner as added afterwards', () => {
    const c = setup(NY, '2026-06-10T20:00');
    expect(
      c.e.call('pauses:add', { startDate: '2026-06-02', endDate: '2026-06-04' }),
    ).toMatchObject({ ok: false, error: { code: 'read-only' } });
    const pause = value<Pause>(
      c.e.call('pauses:add', { startDate: '2026-06-03', endDate: '2026-06-05' }),
    );
    expect(pause.addedOn).toBe('2026-06-10');
    const shipped = c.e.rows<{ payload: string }>(
      "SELECT payload FROM changes WHERE entity = 'pause'",
    );
    expect(JSON.parse(shipped[0]?.payload ?? '{}')).toMatchObject({ addedOn: '2026-06-10' });
    // My own pause isn't announced to me; the partner's one is.
    expect(c.today().pausesAddedAfter).toEqual([]);
    c.receive(
      'pause',
      {
        id: 'p-sam',
        authorId: c.partner,
        startDate: '2026-06-08',
        endDate: '2026-06-09',
        reason: '',
        createdAt: c.e.clock.now(),
        addedOn: '2026-06-10',
      },
      c.e.clock.now(),
    );
    expect(c.today().pausesAddedAfter.map((p) => p.id)).toEqual(['p-sam']);
  });

  it('keeps older days as they were: a pause that began over a week ago stays', () => {
    const c = setup(NY, '2026-06-10T20:00');
    const pause = value<Pause>(
      c.e.call('pauses:add', { startDate: '2026-06-05', endDate: '2026-06-06' }),
    );
    c.at('2026-06-20', '20:00');
    expect(c.e.call('pauses:remove', { id: pause.id })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(c.e.rows('SELECT deleted_at FROM pauses')).toEqual([{ deleted_at: null }]);
  });
});

describe('Pacific/Chatham and America/St_Johns (quarter- and half-hour zones)', () => {
  it('leaves a day open until it ends in St John’s, and closes it then', () => {
    const CHATHAM = 'Pacific/Chatham';
    const ST_JOHNS = 'America/St_Johns';
    const dates = ['2026-06-01', '2026-06-02', '2026-06-03'];
    const checkins = [
      ...dates.map((d) => ({ partnerId: 'a', localDate: d })),
      ...dates.slice(0, 2).map((d) => ({ partnerId: 'b', localDate: d })),
    ];
    const view = (instant: number) => {
      const partnerDays = [dayOf(instant, CHATHAM, 0), dayOf(instant, ST_JOHNS, 0)] as const;
      return summarizeRecord({
        partnerIds: ['a', 'b'],
        checkins,
        pauses: [],
        today: partnerDays[0],
        partnerDays,
      });
    };
    // 3 June, 23:59 in St John's: it is already 4 June, mid-afternoon, on the Chathams.
    const lastMinute = instantAt('2026-06-03', '23:59', ST_JOHNS);
    expect(dayOf(lastMinute, CHATHAM, 0)).toBe('2026-06-04');
    expect(view(lastMinute).currentRun).toBe(2);
    expect(view(lastMinute + 60_000).currentRun).toBe(0);
  });
});
