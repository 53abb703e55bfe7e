// Pairs made by an older Nuzzle (before one-time pairing: the key came from the code, the
// stored state had no version, the invitation left a params.json) keep syncing after the
// update, then move to a key the code can't give, losing nothing already synced.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { subKeys } from '../../../main/core/sync/crypto.ts';
import { openBody } from '../../../main/core/sync/body.ts';
import { createSyncService } from '../../../main/core/sync/sync-service.ts';
import { readState } from '../../../main/core/sync/state.ts';
import type { TodayView } from '../../../shared/domain.ts';
import { apart, couple, filesUnder, sharedData, type Side } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

interface Stored {
  folder: string;
  role: 'inviter' | 'joiner';
  link: { pair: string; key: string; partnerDevice: string; phrase: string };
  lastHeardAt: number | null;
}

/** Rewrites this side's pairing as the older Nuzzle stored it, and starts the new one on it. */
function asOlderNuzzle(s: Side, folder: string): void {
  const settings = s.core.context.settings;
  const st = settings.readLocal<Stored | null>('sync', null);
  if (!st) throw new Error('not paired');
  settings.writeLocal(
    'sync',
    {
      folder: st.folder,
      pair: st.link.pair,
      key: st.link.key,
      role: st.role,
      code: null,
      partnerDevice: st.link.partnerDevice,
      phrase: st.link.phrase,
      lastHeardAt: st.lastHeardAt,
    },
    Date.now(),
  );
  // The older Nuzzle's invitation: scrypt salt and cost, no secrets.
  writeFileSync(
    join(folder, st.link.pair, 'params.json'),
    JSON.stringify({ salt: 'c2FsdHNhbHRzYWx0c2FsdA==', logN: 8, r: 8, p: 1 }),
  );
  // The updated app starts: a fresh service on the same database.
  s.sync = createSyncService(s.core.context, {
    folders: { chooseFolder: () => folder },
    kdfLogN: 8,
  });
}

const keyOf = (s: Side) => readState(s.core.context.settings)?.link.key;

/** Whether any file in the folder opens with `key` (base64). */
function opensWith(folder: string, key: string): string[] {
  const keys = subKeys(Buffer.from(key, 'base64'));
  return filesUnder(folder).filter((f) => openBody(keys, readFileSync(join(folder, f))).ok);
}

describe('pairs made by an older Nuzzle', () => {
  it('keep syncing, move to a new key, and lose nothing already synced', async () => {
    const env = couple();
    cleanups.push(() => env.close());
    await env.pair();
    const a = env.a.ids();
    const b = env.b.ids();
    env.a.ok('checkins:save', {
      partnerId: a.me,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 4,
      settled: 4,
    });
    env.b.ok('notes:send', { authorId: b.me, text: 'Synced before the update' });
    env.settle();
    const before = sharedData(env.a);
    expect(sharedData(env.b)).toEqual(before);

    asOlderNuzzle(env.a, env.shared);
    asOlderNuzzle(env.b, env.shared);
    const oldKey = keyOf(env.a) ?? '';
    expect(opensWith(env.shared, oldKey).length).toBeGreaterThan(0);
    expect(env.a.sync.status().state).toBe('paired');
    expect(env.b.sync.status().phrase).toBe(env.a.sync.status().phrase);

    // Changes made right after the update, while the two computers move keys.
    env.b.ok('checkins:save', {
      partnerId: b.me,
      localDate: '2026-03-10',
      mood: 5,
      closeness: 3,
      settled: 4,
    });
    env.a.ok('notes:send', { authorId: a.me, text: 'Sent during the move' });
    env.settle();
    env.settle();

    expect(keyOf(env.a)).not.toBe(oldKey);
    expect(keyOf(env.a)).toBe(keyOf(env.b));
    // Nothing in the folder opens with the code's key any more; the old invitation is gone.
    expect(opensWith(env.shared, oldKey)).toEqual([]);
    expect(filesUnder(env.shared).some((f) => f.endsWith('params.json'))).toBe(false);
    expect(existsSync(env.shared)).toBe(true);

    expect(sharedData(env.a)).toEqual(sharedData(env.b));
    expect(env.a.ok<TodayView>('today:get').record.todayKept).toBe(true);
    expect(
      env.a.rows('SELECT body FROM notes ORDER BY id').map((r) => (r as { body: string }).body),
    ).toEqual(['Synced before the update', 'Sent during the move']);
    expect(env.a.sync.status().problem).toBeNull();
    expect(env.b.sync.status().problem).toBeNull();

    // And it keeps going under the new key.
    env.b.ok('notes:send', { authorId: b.me, text: 'After the move' });
    env.settle();
    expect(env.a.rows('SELECT 1 FROM notes WHERE body = ?', 'After the move')).toHaveLength(1);
  });

  it('move keys when one computer updates long before the other, through separate copies', async () => {
    const env = apart();
    cleanups.push(() => env.close());
    await env.pair();
    const a = env.a.ids();
    const b = env.b.ids();
    env.b.ok('notes:send', { authorId: b.me, text: 'Old times' });
    env.settle();
    asOlderNuzzle(env.a, env.folderA);
    asOlderNuzzle(env.b, env.folderB);
    const oldKey = keyOf(env.a) ?? '';
    // Alex's computer updates and keeps syncing while Sam's sits unopened for a while.
    for (let day = 0; day < 3; day += 1) {
      env.a.ok('notes:send', { authorId: a.me, text: `Day ${String(day)} after the update` });
      env.a.sync.pollNow();
      env.toB.deliverAll();
    }
    expect(keyOf(env.a)).toBe(oldKey);
    env.settle();
    env.settle();
    expect(keyOf(env.b)).toBe(keyOf(env.a));
    expect(keyOf(env.a)).not.toBe(oldKey);
    // Each computer's own copy: what it wrote under the old key is gone (the couriers here
    // carry files but not deletions, which real sync tools also carry).
    expect(opensWith(env.folderA, oldKey).filter((f) => !env.toA.brought.has(f))).toEqual([]);
    expect(opensWith(env.folderB, oldKey).filter((f) => !env.toB.brought.has(f))).toEqual([]);
    expect(sharedData(env.a)).toEqual(sharedData(env.b));
    expect(env.b.rows('SELECT count(*) AS n FROM notes')).toEqual([{ n: 4 }]);
  });
});
