import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBody, sealBody } from '../../../main/core/sync/body.ts';
import { subKeys } from '../../../main/core/sync/crypto.ts';
import { createSyncService } from '../../../main/core/sync/sync-service.ts';
import type { TodayView } from '../../../shared/domain.ts';
import { apart, filesUnder, sharedData } from './helpers.ts';

let envs: ReturnType<typeof apart>[] = [];
const make = () => {
  const env = apart();
  envs.push(env);
  return env;
};
afterEach(() => {
  for (const env of envs) env.close();
  envs = [];
});

function checkIn(env: ReturnType<typeof apart>, who: 'a' | 'b', date = '2026-03-10') {
  const s = env[who];
  s.ok('checkins:save', {
    partnerId: s.ids().me,
    localDate: date,
    mood: 4,
    closeness: 4,
    settled: 4,
  });
}

const kept = (env: ReturnType<typeof apart>, who: 'a' | 'b') =>
  env[who].ok<TodayView>('today:get').record.todayKept;

describe('real sync tools', () => {
  it('waits for a half-copied segment and applies it once it is whole', async () => {
    const env = make();
    await env.pair();
    checkIn(env, 'a');
    checkIn(env, 'b');
    env.a.sync.pollNow();
    env.b.sync.pollNow();
    env.toA.deliverAll();
    const [segment] = env.toB.pending().filter((f) => f.endsWith('.nzs'));
    if (!segment) throw new Error('no segment');
    env.toB.copy(segment, 'partial', 0.6);
    env.b.sync.pollNow();
    expect(kept(env, 'b')).toBe(false);
    expect(env.b.rows('SELECT count(*) AS n FROM checkins')).toEqual([{ n: 1 }]);
    env.toB.copy(segment, 'full');
    env.b.sync.pollNow();
    expect(kept(env, 'b')).toBe(true);
  });

  it('applies duplicates and “conflicted copy” files once', async () => {
    const env = make();
    await env.pair();
    env.a.ok('notes:send', { authorId: env.a.ids().me, text: 'Once is enough' });
    env.a.sync.pollNow();
    for (const f of env.toB.pending()) {
      env.toB.copy(f, 'conflict');
      env.toB.copy(f, 'full');
    }
    env.b.sync.pollNow();
    env.b.sync.pollNow();
    expect(env.b.rows("SELECT count(*) AS n FROM notes WHERE body = 'Once is enough'")).toEqual([
      { n: 1 },
    ]);
  });

  it('refuses a tampered segment whole, and says so', async () => {
    const env = make();
    await env.pair();
    checkIn(env, 'a');
    env.a.ok('notes:send', { authorId: env.a.ids().me, text: 'Hello there' });
    env.a.sync.pollNow();
    const [segment] = env.toB.pending().filter((f) => f.endsWith('.nzs'));
    if (!segment) throw new Error('no segment');
    const data = readFileSync(join(env.folderA, segment));
    const last = data.length - 20;
    data.writeUInt8((data[last] ?? 0) ^ 0x01, last);
    writeFileSync(join(env.folderB, segment), data);
    const status = env.b.sync.pollNow();
    expect(status.problem).toMatch(/couldn’t be opened/);
    expect(env.b.rows('SELECT count(*) AS n FROM checkins')).toEqual([{ n: 0 }]);
    expect(env.b.rows('SELECT count(*) AS n FROM notes')).toEqual([{ n: 0 }]);
    // The real file arrives later (the sync tool fixes it): now it applies.
    env.toB.copy(segment, 'full');
    expect(env.b.sync.pollNow().problem).toBeNull();
    expect(env.b.rows('SELECT count(*) AS n FROM notes')).toEqual([{ n: 1 }]);
  });

  it('refuses segments sealed with another key (another couple in the same folder)', async () => {
    const env = make();
    const other = make();
    await env.pair();
    await other.pair();
    checkIn(other, 'a');
    other.a.sync.pollNow();
    // Drop the other couple's files into every device folder this couple has.
    const dirs = new Set(filesUnder(env.folderA).map((f) => f.replace(/[\\/][^\\/]+$/, '')));
    const foreign = filesUnder(other.folderA).filter((x) => x.endsWith('.nzs'));
    expect(foreign.length).toBeGreaterThan(0);
    for (const dir of dirs) {
      for (const f of foreign) {
        writeFileSync(
          join(env.folderA, dir, f.split(/[\\/]/).pop() ?? 'x'),
          readFileSync(join(other.folderA, f)),
        );
      }
    }
    const status = env.a.sync.pollNow();
    expect(status.problem).toMatch(/couldn’t be opened/);
    expect(env.a.rows('SELECT count(*) AS n FROM checkins')).toEqual([{ n: 0 }]);
  });

  it('applies segments that arrive out of order (a mark before its commitment)', async () => {
    const env = make();
    await env.pair();
    const me = env.a.ids().me;
    const c = env.a.ok<{ id: string }>('commitments:create', {
      actorId: me,
      text: 'Walk after dinner',
      schedule: { kind: 'daily' },
      startDate: '2026-03-10',
    });
    env.a.sync.pollNow();
    const first = env.toB.pending().filter((f) => f.endsWith('.nzs'));
    env.a.clock.advance(60_000);
    env.a.ok('commitments:mark', {
      actorId: me,
      commitmentId: c.id,
      localDate: '2026-03-10',
      value: 'kept',
    });
    env.a.sync.pollNow();
    const second = env.toB.pending().filter((f) => f.endsWith('.nzs') && !first.includes(f));
    for (const f of second) env.toB.copy(f, 'full');
    env.b.sync.pollNow();
    expect(env.b.rows('SELECT count(*) AS n FROM commitment_marks')).toEqual([{ n: 0 }]);
    env.toB.deliverAll();
    env.b.sync.pollNow();
    expect(env.b.rows('SELECT value FROM commitment_marks')).toEqual([{ value: 'kept' }]);
    expect(sharedData(env.b)).toEqual(sharedData(env.a));
  });

  it('catches up after a month offline, whatever the clocks say', async () => {
    const env = make();
    await env.pair();
    // B's clock runs 3 hours fast; A keeps checking in for a month while B is away.
    env.b.clock.advance(3 * 3_600_000);
    for (let day = 0; day < 30; day += 1) {
      checkIn(env, 'a', new Date(Date.UTC(2026, 2, 10 + day)).toISOString().slice(0, 10));
      env.a.clock.advance(86_400_000);
      env.a.sync.pollNow();
    }
    env.b.clock.advance(30 * 86_400_000);
    env.settle();
    expect(env.b.rows('SELECT count(*) AS n FROM checkins')).toEqual([{ n: 30 }]);
    expect(sharedData(env.b)).toEqual(sharedData(env.a));
  });

  it('tells the person when the partner’s Nuzzle is newer, and not for a flipped byte', async () => {
    const env = make();
    await env.pair();
    const [own] = filesUnder(env.folderB).filter((f) => /[\\/][0-9a-f]+\.nzs$/.test(f));
    if (!own) throw new Error('no segment');
    const dir = join(env.folderA, own.replace(/[\\/][^\\/]+$/, ''));
    // A byte flipped in the version field: just a damaged file.
    const flipped = readFileSync(join(env.folderB, own));
    flipped.writeUInt8(2, 4);
    writeFileSync(join(dir, 'ffff.nzs'), flipped);
    expect(env.a.sync.pollNow().problem).toMatch(/couldn’t be opened/);
    // A file B's Nuzzle really sealed in a newer format.
    const s = env.b.core.context.settings.readLocal<{ link: { key: string } }>('sync', {
      link: { key: '' },
    });
    const keys = subKeys(Buffer.from(s.link.key, 'base64'));
    const opened = openBody(keys, readFileSync(join(env.folderB, own)));
    if (!opened.ok) throw new Error('unreadable');
    writeFileSync(join(dir, 'ffff.nzs'), sealBody(keys, { ...opened.body, v: 2 }));
    expect(env.a.sync.pollNow().problem).toMatch(/newer Nuzzle/);
  });

  it('keeps its pairing across a restart', async () => {
    const env = make();
    await env.pair();
    const again = createSyncService(env.b.core.context, { kdfLogN: 8 });
    expect(again.status()).toMatchObject({ state: 'paired', phrase: env.a.sync.status().phrase });
    checkIn(env, 'a');
    env.a.sync.pollNow();
    env.toB.deliverAll();
    again.pollNow();
    expect(env.b.rows('SELECT count(*) AS n FROM checkins')).toEqual([{ n: 1 }]);
  });

  describe('the same record changed on two computers', () => {
    it('keeps the later change by the hybrid clock, on both sides', async () => {
      const env = make();
      await env.pair();
      // Both edit A's note-free commitment while apart: the later edit wins on both sides.
      const me = env.a.ids().me;
      env.a.ok('settings:save', { myName: 'Alexandra' });
      env.settle();
      // B's clock runs slow; A renames itself again later: A's own latest name wins.
      env.b.clock.advance(-60 * 60_000);
      env.a.clock.advance(10 * 60_000);
      env.a.ok('settings:save', { myName: 'Alex' });
      env.settle();
      expect(env.b.rows('SELECT name FROM partners WHERE id = ?', me)).toEqual([{ name: 'Alex' }]);
      expect(sharedData(env.b)).toEqual(sharedData(env.a));
    });

    it('a partner’s own name wins over the other’s guess, whatever the clocks say', async () => {
      const env = make();
      await env.pair();
      const sam = env.a.ids().partner;
      // Sam renames themself; later, Alex types a guess for Sam's name.
      env.b.ok('settings:save', { myName: 'Sammy' });
      env.a.clock.advance(10 * 60_000);
      env.a.ok('settings:save', { partnerName: 'Samuel' });
      env.settle();
      for (const side of [env.a, env.b]) {
        expect(side.rows('SELECT name FROM partners WHERE id = ?', sam)).toEqual([
          { name: 'Sammy' },
        ]);
      }
      expect(sharedData(env.b)).toEqual(sharedData(env.a));
    });
  });
});
