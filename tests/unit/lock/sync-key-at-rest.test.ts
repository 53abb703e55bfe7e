// The partner-sync key lives only inside the encrypted database (local settings,
// sync/state.ts): no plain file in either computer's data folder carries it in any spelling.
// And locking a computer doesn't stop sync: check-ins keep arriving and leaving.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readState } from '../../../main/core/sync/state.ts';
import { couple, type Side } from '../sync/helpers.ts';

let env: ReturnType<typeof couple> | null = null;
afterEach(() => {
  env?.close();
  env = null;
});

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** The key as raw bytes and in every text form a careless write would use. */
function spellings(base64: string): Buffer[] {
  const raw = Buffer.from(base64, 'base64');
  return [
    raw,
    Buffer.from(base64),
    Buffer.from(raw.toString('base64url')),
    Buffer.from(raw.toString('hex')),
    Buffer.from(raw.toString('hex').toUpperCase()),
  ];
}

function expectKeyOnlyInside(side: Side, label: string): void {
  const key = readState(side.core.context.settings)?.link.key;
  expect(key, `${label} has a pair key`).toBeTruthy();
  const files = filesIn(side.dir);
  expect(files.some((f) => f.endsWith('nuzzle.sqlite3'))).toBe(true);
  for (const file of files) {
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1'), file).not.toBe('SQLite format 3\0');
    for (const spelling of spellings(key ?? '')) {
      expect(bytes.includes(spelling), `${label}: the key is readable in ${file}`).toBe(false);
    }
  }
}

const quick = (side: Side, localDate: string) =>
  side.ok('checkins:quick', { partnerId: side.ids().me, localDate, mood: 4 });

test('the sync key is in no plain file of either computer: database, log or backup', async () => {
  env = couple();
  await env.pair();
  quick(env.a, '2026-03-10');
  env.settle();
  expectKeyOnlyInside(env.a, 'Alex’s computer');
  expectKeyOnlyInside(env.b, 'Sam’s computer');
  // Folded out of the write-ahead log into the file, and copied into a backup.
  for (const side of [env.a, env.b]) {
    side.core.context.db.pragma('wal_checkpoint(TRUNCATE)');
    await side.core.data.backupNow();
  }
  expect(filesIn(join(env.a.dir, 'backups')).length).toBeGreaterThan(0);
  expectKeyOnlyInside(env.a, 'Alex’s computer');
  expectKeyOnlyInside(env.b, 'Sam’s computer');
});

test('sync keeps running while a computer is locked', async () => {
  env = couple();
  await env.pair();
  const set = await env.a.core.dispatchAsync(
    'lock:set-passcode',
    { passcode: 'blue heron 42', understood: true },
    { url: 'app://nuzzle/', isMainFrame: true },
  );
  expect(set.ok).toBe(true);
  env.a.core.lock.lockNow();
  expect(env.a.call('today:get')).toMatchObject({ ok: false, error: { code: 'locked' } });

  quick(env.b, '2026-03-10');
  env.settle();
  // Sam's check-in reached Alex's locked computer (read straight from its database).
  const arrived = env.a.core.context.db
    .prepare('SELECT COUNT(*) FROM checkins WHERE author_id = ?')
    .pluck()
    .get(env.b.ids().me);
  expect(arrived).toBe(1);
  expect(env.a.sync.status().state).toBe('paired');
  expect(env.a.core.lock.isLocked()).toBe(true);
});
