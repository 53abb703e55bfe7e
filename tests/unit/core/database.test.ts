import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LATEST_VERSION, migrate, type Migration } from '../../../main/core/db/migrations.ts';
import { openDatabase } from '../../../main/core/db/open-database.ts';
import { connect } from '../../../main/core/db/connect.ts';
import { TEST_KEY } from './raw-db.ts';
import { tempCore, tempDir } from './temp-core.ts';
import { createCore } from '../../../main/core/core.ts';
import type { TodayView } from '../../../shared/domain.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function fresh(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, 'nuzzle.sqlite3');
}

describe('openDatabase', () => {
  test('uses WAL, synchronous=FULL and foreign keys, and migrates to the latest version', () => {
    const db = openDatabase({ file: fresh(), key: TEST_KEY });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(['changes', 'checkins', 'partners', 'pauses', 'settings']),
    );
    db.close();
  });

  test('reopening an up-to-date database applies nothing and keeps data', () => {
    const file = fresh();
    const db = openDatabase({ file, key: TEST_KEY });
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 1)").run();
    db.close();
    const again = openDatabase({ file, key: TEST_KEY });
    expect(migrate(again)).toEqual([]);
    expect(again.prepare('SELECT value FROM settings').pluck().get()).toBe('1');
    again.close();
  });

  test('a database from a newer Nuzzle is refused with a clear message and left byte-for-byte alone', () => {
    const file = fresh();
    const raw = connect(file, { key: TEST_KEY });
    raw.pragma(`user_version = ${String(LATEST_VERSION + 5)}`);
    raw.exec('CREATE TABLE future_things (id TEXT)');
    raw.close();
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    expect(() => openDatabase({ file, key: TEST_KEY })).toThrow(
      /newer version of Nuzzle.*has not been changed/,
    );
    expect(hash()).toBe(before);
  });

  test('a failing migration step leaves the previous version and schema intact', () => {
    const file = fresh();
    const db = connect(file, { key: TEST_KEY });
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
      {
        version: 2,
        name: 'two, broken halfway',
        up: (d) => {
          d.exec('CREATE TABLE b (x INTEGER)');
          throw new Error('disk went away');
        },
      },
    ];
    const tables = () =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    // A new file takes its steps in one transaction: cut short, it is simply still new.
    expect(() => migrate(db, steps)).toThrow('disk went away');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables()).toEqual([]);
    // A file with a schema keeps each step it finished.
    migrate(db, steps.slice(0, 1));
    expect(() => migrate(db, steps)).toThrow('disk went away');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables()).toEqual(['a']);
    db.close();
  });
});

describe('one copy of Nuzzle at a time', () => {
  test('a second copy opening the same data is told so in plain words, and the first carries on untouched', () => {
    const env = tempCore();
    try {
      const me = env.onboard().partners[0]?.id ?? '';
      const save = (mood: 4 | 5) =>
        env.call('checkins:save', {
          partnerId: me,
          localDate: '2026-03-10',
          mood,
          closeness: 4,
          settled: 4,
        });
      expect(save(4).ok).toBe(true);
      const before = readdirSync(env.dir).sort();
      expect(() => createCore({ dataDir: env.dir, clock: env.clock })).toThrow(
        'Nuzzle’s data is already open in another copy of Nuzzle. Quit that one, then open Nuzzle again. Your data has not been changed.',
      );
      // Nothing was moved aside, restored or started afresh, and the first copy still saves.
      expect(readdirSync(env.dir).sort()).toEqual(before);
      const today = env.call('today:get');
      expect(today.ok && (today.value as TodayView).partners[0]?.checkin?.mood).toBe(4);
      expect(save(5).ok).toBe(true);
    } finally {
      env.close();
    }
  }, 15_000);
});
