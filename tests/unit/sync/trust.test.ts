// Issue #14: exactly two computers, stable identities, deletions that really delete, a
// folder that stays small. Real cores on real SQLite files, real folders.

import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_OWN_SEGMENTS } from '../../../main/core/sync/ship.ts';
import { syncTrayInfo } from '../../../main/core/sync/tray-info.ts';
import { apart, couple, filesUnder, folderText, sharedData, side } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
const make = () => {
  const env = couple();
  cleanups.push(() => env.close());
  return env;
};
const stranger = (folder: string, me = 'Robin', partner = 'Alex') => {
  const s = side({ me, partner }, () => folder);
  cleanups.push(() => s.close());
  return s;
};

describe('exactly two computers', () => {
  it('a third computer with the code is refused, learns nothing, and both partners are told', async () => {
    const env = make();
    const { invited } = await env.pair();
    env.a.ok('notes:send', { authorId: env.a.ids().me, text: 'Only for Sam' });
    env.settle();
    const third = stranger(env.shared);
    third.sync.join(invited.code ?? '');
    await third.sync.idle();
    expect(third.sync.status()).toMatchObject({ state: 'off' });
    expect(third.sync.status().problem).toMatch(/already been used.*two computers/);
    expect(third.rows('SELECT count(*) AS n FROM notes')).toEqual([{ n: 0 }]);
    expect(third.rows('SELECT name FROM partners ORDER BY role')).toEqual([
      { name: 'Robin' },
      { name: 'Alex' },
    ]);
    env.settle();
    for (const s of [env.a, env.b]) {
      const st = s.sync.status();
      expect(st.state).toBe('paired');
      expect(st.notice).toMatch(/Another computer tried to connect/);
    }
    // Who is who is unchanged on both partners' computers.
    expect(env.a.rows('SELECT role, name FROM partners ORDER BY role')).toEqual([
      { role: 'me', name: 'Alex' },
      { role: 'partner', name: 'Sam' },
    ]);
    expect(env.b.ids()).toEqual({ me: env.a.ids().partner, partner: env.a.ids().me });
    env.a.sync.dismissNotice();
    expect(env.a.sync.status().notice).toBeNull();
  });

  it('a second computer answering the same invitation is turned away, and told so', async () => {
    const env = make();
    const code = env.a.sync.invite().code ?? '';
    await env.a.sync.idle();
    env.b.sync.join(code);
    await env.b.sync.idle();
    env.a.sync.pollNow();
    const late = stranger(env.shared, 'Sam', 'Alex');
    late.sync.join(code);
    await late.sync.idle();
    expect(late.sync.status().state).toBe('confirm');
    env.a.sync.pollNow();
    expect(env.a.sync.status().notice).toMatch(/Another computer tried/);
    // Alex compares words with the first computer and confirms it.
    expect(env.a.sync.status().phrase).toBe(env.b.sync.status().phrase);
    env.a.sync.confirm(true);
    env.b.sync.confirm(true);
    late.sync.pollNow();
    expect(late.sync.status().state).toBe('ended');
    expect(late.sync.status().notice).toMatch(/didn’t accept this one/);
    env.settle();
    expect(sharedData(env.b)).toEqual(sharedData(env.a));
  });

  it('words that don’t match connect nothing and retire the code', async () => {
    const env = make();
    const code = env.a.sync.invite().code ?? '';
    await env.a.sync.idle();
    env.b.sync.join(code);
    await env.b.sync.idle();
    env.a.sync.pollNow();
    env.a.sync.confirm(false);
    expect(env.a.sync.status()).toMatchObject({ state: 'off' });
    expect(env.a.sync.status().notice).toMatch(/didn’t match/);
    expect(filesUnder(env.shared).filter((f) => f.includes('invite'))).toEqual([]);
  });

  it('replacing a laptop: the partner confirms the new computer, the old one retires, history arrives', async () => {
    const env = make();
    await env.pair();
    const ids = { a: env.a.ids(), b: env.b.ids() };
    env.b.ok('checkins:save', {
      partnerId: ids.b.me,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 4,
      settled: 4,
      note: 'steady',
    });
    env.a.ok('notes:send', { authorId: ids.a.me, text: 'For your new laptop too' });
    env.settle();
    // Alex starts the replacement; Sam sets up the new laptop and enters the new code.
    const replacing = env.a.sync.replace();
    await env.a.sync.idle();
    const code = replacing.replacement?.code ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    const fresh = stranger(env.shared, 'Sam', 'Alex');
    fresh.sync.join(code);
    await fresh.sync.idle();
    env.a.sync.pollNow();
    expect(env.a.sync.status().replacement?.phrase).toBe(fresh.sync.status().phrase);
    env.a.sync.confirmReplacement(true);
    fresh.sync.confirm(true);
    for (let i = 0; i < 3; i += 1) {
      env.a.sync.pollNow();
      fresh.sync.pollNow();
      env.b.sync.pollNow();
    }
    expect(fresh.ids()).toEqual(ids.b);
    expect(env.a.ids()).toEqual(ids.a);
    expect(sharedData(fresh)).toEqual(sharedData(env.a));
    expect(fresh.rows("SELECT note FROM checkins WHERE note = 'steady'")).toHaveLength(1);
    expect(env.b.sync.status().state).toBe('ended');
    expect(env.b.sync.status().notice).toMatch(/new computer in place of this one/);
    // The old laptop hears nothing new.
    env.a.ok('notes:send', { authorId: ids.a.me, text: 'After the swap' });
    for (let i = 0; i < 2; i += 1) {
      env.a.sync.pollNow();
      fresh.sync.pollNow();
      env.b.sync.pollNow();
    }
    expect(fresh.rows("SELECT 1 FROM notes WHERE body = 'After the swap'")).toHaveLength(1);
    expect(env.b.rows("SELECT 1 FROM notes WHERE body = 'After the swap'")).toHaveLength(0);
  });
});

describe('who owns what', () => {
  it('each partner’s own name replaces the other’s guess, never the reverse', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'nuzzle-shared-'));
    const a = side({ me: 'Alex', partner: 'Sam' }, () => shared);
    const b = side({ me: 'Sam', partner: 'Al' }, () => shared);
    cleanups.push(() => {
      a.close();
      b.close();
      rmSync(shared, { recursive: true, force: true });
    });
    const code = a.sync.invite().code ?? '';
    await a.sync.idle();
    b.sync.join(code);
    await b.sync.idle();
    a.sync.pollNow();
    a.sync.confirm(true);
    b.sync.confirm(true);
    for (let i = 0; i < 3; i += 1) {
      a.sync.pollNow();
      b.sync.pollNow();
    }
    for (const s of [a, b]) {
      expect(s.rows('SELECT name FROM partners WHERE id = ?', a.ids().me)).toEqual([
        { name: 'Alex' },
      ]);
    }
    expect(a.sync.status().partnerZone).toBe('America/New_York');
  });
});

describe('files a sync tool moved', () => {
  it('swapped and duplicated device folders lose nothing and leave no lasting warning', async () => {
    const env = apart();
    cleanups.push(() => env.close());
    await env.pair();
    env.a.ok('notes:send', { authorId: env.a.ids().me, text: 'Through a swap' });
    env.b.ok('notes:send', { authorId: env.b.ids().me, text: 'And back again' });
    env.a.sync.pollNow();
    env.b.sync.pollNow();
    env.toB.deliverAll();
    env.toA.deliverAll();
    // On B's side the sync tool swaps the two device folders' names and leaves "x 2" copies.
    const [pair] = filesUnder(env.folderB)[0]?.split(/[\\/]/) ?? [];
    const dirs = [
      ...new Set(filesUnder(join(env.folderB, pair ?? '')).map((f) => f.split(/[\\/]/)[0])),
    ].filter((d): d is string => !!d && d !== 'join' && d !== 'invite.json');
    const [d1, d2] = dirs;
    if (!d1 || !d2) throw new Error('expected two device folders');
    const base = join(env.folderB, pair ?? '');
    cpSync(join(base, d1), join(base, `${d1} 2`), { recursive: true });
    renameSync(join(base, d1), join(base, 'tmp-swap'));
    renameSync(join(base, d2), join(base, d1));
    renameSync(join(base, 'tmp-swap'), join(base, d2));
    env.b.sync.pollNow();
    env.settle();
    expect(env.b.rows("SELECT 1 FROM notes WHERE body = 'Through a swap'")).toHaveLength(1);
    expect(env.a.rows("SELECT 1 FROM notes WHERE body = 'And back again'")).toHaveLength(1);
    expect(env.a.sync.status().problem).toBeNull();
    expect(env.b.sync.status().problem).toBeNull();
  });

  it('names a file left half-copied for a long while in a plain status line', async () => {
    const env = apart();
    cleanups.push(() => env.close());
    await env.pair();
    env.a.ok('notes:send', { authorId: env.a.ids().me, text: 'Slow boat' });
    env.a.sync.pollNow();
    const [segment] = env.toB.pending().filter((f) => f.endsWith('.nzs'));
    if (!segment) throw new Error('no segment');
    env.toB.copy(segment, 'partial', 0.5);
    expect(env.b.sync.pollNow().problem).toBeNull();
    env.b.clock.advance(20 * 60_000);
    expect(env.b.sync.pollNow().problem).toMatch(/Waiting for a file from Alex’s computer since/);
    env.toB.copy(segment, 'full');
    expect(env.b.sync.pollNow().problem).toBeNull();
  });
});

describe('taken back means gone', () => {
  it('within a few polls no file (even decrypted) and no row holds a taken-back note', async () => {
    const env = make();
    await env.pair();
    const me = env.a.ids().me;
    const secret = 'words I want back';
    const note = env.a.ok<{ id: string }>('notes:send', { authorId: me, text: secret });
    env.settle();
    expect(env.b.rows('SELECT 1 FROM notes WHERE body = ?', secret)).toHaveLength(1);
    env.a.ok('notes:delete', { id: note.id, authorId: me });
    env.settle();
    for (const s of [env.a, env.b]) {
      expect(folderText(env.shared, s)).not.toContain(secret);
      const tables = s.rows<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      );
      for (const { name } of tables) {
        const rows = JSON.stringify(s.rows(`SELECT * FROM "${name}"`));
        expect(rows, name).not.toContain(secret);
      }
    }
  });
});

describe('a folder that stays small', () => {
  it('keeps a bounded number of files however long the pair syncs', async () => {
    const env = make();
    await env.pair();
    const me = env.a.ids().me;
    for (let day = 0; day < 30; day += 1) {
      env.a.ok('notes:send', { authorId: me, text: `Day ${String(day)}` });
      env.a.clock.advance(86_400_000);
      env.b.clock.advance(86_400_000);
      env.settle();
    }
    expect(filesUnder(env.shared).length).toBeLessThanOrEqual(2 * (MAX_OWN_SEGMENTS + 2) + 3);
    expect(env.b.rows('SELECT count(*) AS n FROM notes')).toEqual([{ n: 30 }]);
  }, 60_000);
});

describe('smaller things', () => {
  it('tells the other computer when one partner disconnects', async () => {
    const env = make();
    await env.pair();
    env.b.sync.unpair(true);
    env.a.sync.pollNow();
    expect(env.a.sync.status().state).toBe('ended');
    expect(env.a.sync.status().notice).toMatch(/Sam disconnected their computer/);
  });

  it('“last heard” is when this computer heard, whatever the partner’s clock says', async () => {
    const env = make();
    await env.pair();
    env.b.clock.advance(-365 * 86_400_000);
    env.b.ok('notes:send', { authorId: env.b.ids().me, text: 'From the past' });
    env.settle();
    expect(env.a.sync.status().lastHeardAt).toBe(env.a.clock.now());
    // And the other way: the partner's clock a year ahead.
    env.b.clock.advance(2 * 365 * 86_400_000);
    env.a.clock.advance(60_000);
    env.b.ok('notes:send', { authorId: env.b.ids().me, text: 'From the future' });
    env.settle();
    expect(env.a.sync.status().lastHeardAt).toBe(env.a.clock.now());
    expect(env.b.sync.status().lastHeardAt).toBe(env.b.clock.now());
    // This computer's own clock set back after hearing: still "just now", never a negative age.
    env.a.clock.advance(-3 * 3_600_000);
    expect(syncTrayInfo(env.a.core.context)).toBe(
      'Last heard from your partner’s computer: just now',
    );
  });

  it('refuses a folder whose invitation asks for a crippling key cost', async () => {
    const env = make();
    const code = env.a.sync.invite().code ?? '';
    await env.a.sync.idle();
    const [invite] = filesUnder(env.shared).filter((f) => f.endsWith('invite.json'));
    if (!invite) throw new Error('no invitation');
    const file = join(env.shared, invite);
    const params = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...params, logN: 30 }));
    expect(() => env.b.sync.join(code)).toThrow(/no invitation/);
  });
});
