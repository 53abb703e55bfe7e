// The record is kept incrementally (the ledger of folded days, migration 12, plus the windows
// read on demand). Whatever writes the rows — a save, the partner's changes applied by sync,
// pauses added or removed either side, an import, a restore, "delete all", a restart, a
// trip across zones — every screen's record must equal one recomputed from every row.

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, type Core } from '../../../main/core/core.ts';
import { uuidv7 } from '../../../main/core/ids.ts';
import { createApplier, type Applier, type WireChange } from '../../../main/core/sync/apply.ts';
import type { Channel, IpcResult, RequestOf } from '../../../shared/contract.ts';
import { addDays, type LocalDate } from '../../../shared/local-day.ts';
import {
  settledByWeek,
  summarizeRecord,
  yearCalendar,
  type CheckinMark,
  type PauseRange,
  type RecordInput,
} from '../../../shared/record.ts';
import { PAGE } from '../core/temp-core.ts';

const HOME = 'America/New_York';
const AWAY = 'Asia/Kolkata';
const PARTNER_ZONES = ['Australia/Sydney', 'Pacific/Honolulu', 'Europe/London'] as const;

/** A computer in `dir` that can be closed and opened again, as a restart does. */
function computer(start: string) {
  const dir = mkdtempSync(join(tmpdir(), 'nuzzle-ledger-'));
  const clock = manualClock(Date.parse(start), HOME);
  const picks = { exportPath: null as string | null, importPath: null as string | null };
  const open = () => {
    const made = createCore({
      dataDir: dir,
      clock,
      files: { chooseExportPath: () => picks.exportPath, chooseImportPath: () => picks.importPath },
    });
    // This tests the record's arithmetic, not durability: no fsync per write, so hundreds of
    // seeded days stay quick on a busy disk.
    made.context.db.pragma('synchronous = OFF');
    return made;
  };
  let core: Core = open();
  return {
    dir,
    clock,
    picks,
    get core() {
      return core;
    },
    call<C extends Channel>(channel: C, payload?: RequestOf<C>): IpcResult<unknown> {
      return core.dispatch(channel, payload, PAGE);
    },
    reopen() {
      core.close();
      core = open();
    },
    close() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
type Computer = ReturnType<typeof computer>;

let open: Computer | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

/** The record recomputed from every stored row, the way it was before the ledger. */
function recomputed(core: Core) {
  const { db, days, settings } = core.context;
  const all = days.all();
  const [first, second] = all;
  const today = all.find((d) => d.partnerId === settings.me().id)?.today;
  if (!first || !second || !today) throw new Error('partners missing');
  const input: RecordInput = {
    partnerIds: [first.partnerId, second.partnerId],
    checkins: db
      .prepare('SELECT author_id AS partnerId, local_date AS localDate, settled FROM checkins')
      .all() as CheckinMark[],
    pauses: db
      .prepare(
        'SELECT start_date AS startDate, end_date AS endDate FROM pauses WHERE deleted_at IS NULL',
      )
      .all() as PauseRange[],
    today,
    partnerDays: [first.today, second.today],
  };
  return {
    today,
    record: summarizeRecord(input),
    calendar: yearCalendar(input),
    settled: settledByWeek(input, 52),
  };
}

function expectSameAsRecomputed(core: Core): void {
  const kept = core.context.record.history();
  const again = recomputed(core);
  expect(kept).toEqual(again);
  expect(core.context.record.summary()).toEqual(again.record);
}

type Who = 'partner' | 'me';
const appliers = new WeakMap<Core['context']['db'], Applier>();

/**
 * A change as sync delivers it, through the real applier: the partner's, or this computer's
 * own history sent back after it replaced an old computer.
 */
function synced(c: Computer, who: Who, entity: string, op: 'upsert' | 'delete', payload: object) {
  const { db } = c.core.context;
  const partner = c.core.context.settings
    .partners()
    .find((p) => p.onThisComputer === (who === 'me'));
  if (!partner) throw new Error('no such partner');
  const now = c.clock.now();
  const change: WireChange = {
    id: uuidv7(now),
    entity,
    entityId: 'entityId' in payload ? String(payload.entityId) : uuidv7(now),
    op,
    authorId: partner.id,
    payload: { authorId: partner.id, ...payload },
    createdAt: now,
    hlc: `${String(now).padStart(15, '0')}:0000`,
  };
  let apply = appliers.get(db);
  if (!apply) {
    apply = createApplier(db, () => c.clock.now());
    appliers.set(db, apply);
  }
  const applier = apply;
  db.transaction(() => applier(change))();
}

function partnerToday(c: Computer): LocalDate {
  const partner = c.core.context.settings.partners().find((p) => !p.onThisComputer);
  return c.core.context.days.of(partner?.id ?? '').today;
}

const fromPartner = (c: Computer, entity: string, op: 'upsert' | 'delete', payload: object) =>
  synced(c, 'partner', entity, op, payload);

/** A check-in for the partner's day `daysAgo` back (or for `on`), arriving by sync. */
function partnerCheckin(
  c: Computer,
  daysAgo: number,
  settled: number,
  on?: LocalDate,
  who: Who = 'partner',
): void {
  const day = on ?? addDays(partnerToday(c), -daysAgo);
  const now = c.clock.now();
  const id = uuidv7(now);
  synced(c, who, 'checkin', 'upsert', {
    entityId: id,
    id,
    localDate: day,
    timeZone: PARTNER_ZONES[0],
    checkedInAt: now,
    mood: 3,
    closeness: 3,
    settled,
    note: '',
    shared: '',
    createdAt: now,
    updatedAt: now,
  });
}

const settled = fc.integer({ min: 1, max: 5 });
const action = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), mood: settled, settled }),
  fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 24 * 60 }) }),
  fc.record({ kind: fc.constant('years' as const), days: fc.integer({ min: 300, max: 800 }) }),
  fc.record({
    kind: fc.constant('partner-checkin' as const),
    daysAgo: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1500 })),
    settled,
  }),
  fc.record({
    kind: fc.constant('own-history' as const),
    daysAgo: fc.integer({ min: 1, max: 1500 }),
    settled,
  }),
  fc.record({
    kind: fc.constant('pause' as const),
    startAgo: fc.integer({ min: 0, max: 7 }),
    length: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('partner-pause' as const),
    startAgo: fc.oneof(fc.integer({ min: -10, max: 1500 }), fc.integer({ min: 380, max: 690 })),
    length: fc.integer({ min: 0, max: 40 }),
    // Moves one of the partner's pauses instead of adding one.
    edit: fc.option(fc.nat(), { nil: null }),
  }),
  fc.record({ kind: fc.constant('remove-pause' as const), pick: fc.nat(), theirs: fc.boolean() }),
  fc.record({
    kind: fc.constant('remove-pause' as const),
    pick: fc.nat(),
    theirs: fc.constant(true),
  }),
  // The partner changes a check-in already here (same record, new words and scores).
  fc.record({ kind: fc.constant('partner-edit' as const), pick: fc.nat(), settled }),
  fc.record({ kind: fc.constant('travel' as const) }),
  fc.record({
    kind: fc.constant('partner-zone' as const),
    zone: fc.constantFrom(...PARTNER_ZONES),
    dayEndsAt: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ kind: fc.constant('export' as const) }),
  fc.record({ kind: fc.constant('import' as const) }),
  fc.record({ kind: fc.constant('backup' as const) }),
  fc.record({ kind: fc.constant('restore' as const) }),
  fc.record({ kind: fc.constant('delete-all-then-import' as const) }),
  fc.record({ kind: fc.constant('reopen' as const) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

async function run(c: Computer, a: Action, exports: string[]): Promise<void> {
  const ctx = c.core.context;
  const me = ctx.settings.me();
  switch (a.kind) {
    case 'save':
      c.call('checkins:save', {
        partnerId: me.id,
        localDate: ctx.days.of(me.id).today,
        mood: a.mood,
        closeness: 3,
        settled: a.settled,
      });
      return;
    case 'advance':
      c.clock.advance(a.hours * 3_600_000);
      return;
    case 'years':
      c.clock.advance(a.days * 86_400_000);
      return;
    case 'partner-checkin':
      partnerCheckin(c, a.daysAgo, a.settled);
      return;
    case 'own-history':
      partnerCheckin(c, 0, a.settled, addDays(ctx.days.myDay(), -a.daysAgo), 'me');
      return;
    case 'pause': {
      const today = ctx.days.myDay();
      const startDate = addDays(today, -a.startAgo);
      c.call('pauses:add', { startDate, endDate: addDays(startDate, a.length) });
      return;
    }
    case 'partner-pause': {
      const startDate = addDays(partnerToday(c), -a.startAgo);
      const theirs = ctx.pauses.list().filter((p) => p.authorId !== me.id);
      const id =
        (a.edit === null ? undefined : theirs[a.edit % Math.max(1, theirs.length)]?.id) ??
        uuidv7(c.clock.now());
      fromPartner(c, 'pause', 'upsert', {
        entityId: id,
        id,
        startDate,
        endDate: addDays(startDate, a.length),
        reason: '',
        createdAt: c.clock.now(),
        addedOn: partnerToday(c),
      });
      return;
    }
    case 'remove-pause': {
      const mine = ctx.pauses.list().filter((p) => (p.authorId === me.id) !== a.theirs);
      const pause = mine[a.pick % Math.max(1, mine.length)];
      if (!pause) return;
      if (a.theirs) fromPartner(c, 'pause', 'delete', { entityId: pause.id, id: pause.id });
      else c.call('pauses:remove', { id: pause.id });
      return;
    }
    case 'partner-edit': {
      const partner = ctx.settings.partners().find((p) => !p.onThisComputer);
      const theirs = ctx.db
        .prepare<
          [string],
          { id: string; local_date: string; time_zone: string; created_at: number }
        >(
          'SELECT id, local_date, time_zone, created_at FROM checkins WHERE author_id = ? ORDER BY local_date',
        )
        .all(partner?.id ?? '');
      const row = theirs[a.pick % Math.max(1, theirs.length)];
      if (!row) return;
      const now = c.clock.now();
      fromPartner(c, 'checkin', 'upsert', {
        entityId: row.id,
        id: row.id,
        localDate: row.local_date,
        timeZone: row.time_zone,
        checkedInAt: row.created_at,
        mood: 4,
        closeness: 4,
        settled: a.settled,
        note: '',
        shared: '',
        createdAt: row.created_at,
        updatedAt: now,
      });
      // The edit really landed: the record below must count the new score.
      expect(ctx.db.prepare('SELECT settled FROM checkins WHERE id = ?').pluck().get(row.id)).toBe(
        a.settled,
      );
      return;
    }
    case 'travel':
      c.clock.setTimeZone(c.clock.timeZone() === HOME ? AWAY : HOME);
      return;
    case 'partner-zone': {
      const partner = ctx.settings.partners().find((p) => !p.onThisComputer);
      fromPartner(c, 'partner-day', 'upsert', {
        entityId: partner?.id,
        partnerId: partner?.id,
        timeZone: a.zone,
        dayEndsAt: a.dayEndsAt,
      });
      return;
    }
    case 'export': {
      const path = join(c.dir, `export-${String(exports.length)}.json`);
      c.picks.exportPath = path;
      expect(c.call('data:export', { mode: 'plain' })).toMatchObject({ ok: true });
      exports.push(path);
      return;
    }
    case 'import': {
      const path = exports[exports.length - 1];
      if (!path) return;
      c.picks.importPath = path;
      c.call('data:import');
      return;
    }
    case 'backup':
      c.clock.advance(1000); // one backup a second: names carry the time
      await c.core.data.backupNow();
      return;
    case 'restore': {
      const dir = join(c.dir, 'backups');
      if (!existsSync(dir)) return;
      const backups = readdirSync(dir).filter((f) => f.endsWith('.sqlite3'));
      const name = backups.sort()[0];
      if (name) expect(c.call('data:restore', { name })).toMatchObject({ ok: true });
      return;
    }
    case 'delete-all-then-import': {
      const path = exports[exports.length - 1];
      if (!path) return;
      expect(c.call('data:delete-all', { confirmation: 'delete my data' })).toMatchObject({
        ok: true,
      });
      c.picks.importPath = path;
      expect(c.call('data:import')).toMatchObject({ ok: true });
      return;
    }
    case 'reopen':
      c.reopen();
      return;
  }
}

function onboarded(start: string): Computer {
  const c = computer(start);
  const r = c.call('onboarding:complete', {
    myName: 'Alex',
    partnerName: 'Sam',
    computerMode: 'just-me',
    reminderTime: '20:00',
    launchAtLogin: false,
  });
  if (!r.ok) throw new Error(r.error.message);
  return c;
}

describe('the record kept incrementally', () => {
  test('equals a full recomputation after any mix of saves, sync, pauses, imports, restores and restarts, in two zones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 40 }), async (actions) => {
        const c = onboarded('2024-01-05T20:05:00-05:00');
        open = c;
        // A past to fold — two years of both checking in, with gaps — then the ledger is
        // written by the first read.
        const today = c.core.context.days.myDay();
        c.core.context.db.transaction(() => {
          for (let d = 1; d < 700; d += 1) {
            const on = addDays(today, -d);
            if (d % 7 !== 3) partnerCheckin(c, 0, (d % 5) + 1, on, 'me');
            if (d % 11 !== 1) partnerCheckin(c, 0, 3, on);
          }
        })();
        expectSameAsRecomputed(c.core);
        const exports: string[] = [];
        for (const a of actions) {
          await run(c, a, exports);
          expectSameAsRecomputed(c.core);
        }
        c.close();
        open = null;
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  test('a read folds only the recent year; a partner’s late check-in for an old day still counts', () => {
    const c = onboarded('2024-03-10T20:05:00-04:00');
    open = c;
    const ctx = () => c.core.context;
    const me = ctx().settings.me();
    // Two years of both checking in, except one day two years back the partner's computer
    // never sent.
    for (let d = 0; d < 730; d += 1) {
      c.call('checkins:save', {
        partnerId: me.id,
        localDate: ctx().days.myDay(),
        mood: 4,
        closeness: 4,
        settled: 4,
      });
      if (d !== 30) partnerCheckin(c, 0, 4, ctx().days.myDay());
      c.clock.advance(86_400_000);
    }
    expect(ctx().record.summary().totalKept).toBe(729);
    const ledger = () =>
      ctx().db.prepare('SELECT through_date, total_kept FROM record_ledger').get() as
        { through_date: string; total_kept: number } | undefined;
    // The ledger holds the days before the year calendar, and only those.
    expect(ledger()?.total_kept).toBeGreaterThan(300);
    expect((ledger()?.through_date ?? '') < addDays(ctx().days.myDay(), -364)).toBe(true);

    // It arrives at last, and it survives a restart.
    partnerCheckin(c, 0, 4, addDays(ctx().days.myDay(), -700));
    expect(ctx().record.summary().totalKept).toBe(730);
    expectSameAsRecomputed(c.core);
    c.reopen();
    expect(ctx().record.summary().totalKept).toBe(730);
    expect(ledger()?.total_kept).toBeGreaterThan(300);
  }, 30_000);
});
