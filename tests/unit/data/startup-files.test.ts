// What sits where the database should be: another app's SQLite file (stamped or not), a
// folder, a read-only folder, leftovers of killed backups; how the last run ended (the
// shutdown marker); and which backup a recovery picks after the clock jumped.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, test } from 'vitest';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, DATABASE_FILE, type Core } from '../../../main/core/core.ts';
import { NUZZLE_APPLICATION_ID } from '../../../main/core/db/application-id.ts';
import { KEY_FILE } from '../../../main/core/lock/key-file.ts';
import type { DataStatus, Settings } from '../../../shared/domain.ts';
import { PAGE, nextTurn, tempDir } from '../core/temp-core.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const ZONE = 'America/New_York';
const at = (iso: string) => manualClock(Date.parse(iso), ZONE);

function newDir(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

function start(dir: string, iso = '2026-03-12T09:00:00-04:00'): Core {
  const core = createCore({ dataDir: dir, clock: at(iso), deferredCheckMs: null });
  cleanups.unshift(() => core.close());
  return core;
}

function onboard(core: Core): Settings {
  const r = core.dispatch(
    'onboarding:complete',
    {
      myName: 'Alex',
      partnerName: 'Sam',
      computerMode: 'both',
      reminderTime: '20:00',
      launchAtLogin: false,
    },
    PAGE,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Settings;
}

function checkIn(core: Core, day: string): void {
  for (const p of core.context.settings.get().partners) {
    const r = core.dispatch('checkins:quick', { partnerId: p.id, localDate: day, mood: 4 }, PAGE);
    if (!r.ok) throw new Error(r.error.message);
  }
}

const status = (core: Core) => {
  const r = core.dispatch('data:status', undefined, PAGE);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as DataStatus;
};
const days = (core: Core) =>
  core.context.db.prepare('SELECT DISTINCT local_date FROM checkins ORDER BY 1').pluck().all();
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function foreignFile(file: string, withPartners = false, appId = 0): void {
  const db = new Database(file);
  db.exec(
    `CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO recipes (title) VALUES ('soup');`,
  );
  if (withPartners) db.exec('CREATE TABLE partners (id TEXT PRIMARY KEY, label TEXT)');
  if (appId) db.pragma(`application_id = ${String(appId)}`);
  db.close();
}

/** A data dir whose core made a backup on 03-10, then checked in on 03-11 and closed. */
async function dirWithBackup(): Promise<string> {
  const dir = newDir();
  const c = at('2026-03-10T20:05:00-04:00');
  const core = createCore({ dataDir: dir, clock: c, deferredCheckMs: null });
  onboard(core);
  checkIn(core, '2026-03-10');
  await core.data.backupNow();
  c.set(Date.parse('2026-03-11T20:05:00-04:00'));
  checkIn(core, '2026-03-11');
  core.close();
  return dir;
}

describe('files that aren’t Nuzzle’s', () => {
  test.each([
    ['an unstamped app at user_version 0', false, 0],
    ['an app with its own “partners” table', true, 0],
    ['an app with its own application_id', false, 0x1234],
  ])(
    '%s: refused in plain words, byte for byte untouched, no -wal made',
    (_what, partners, appId) => {
      const dir = newDir();
      const file = join(dir, DATABASE_FILE);
      foreignFile(file, partners, appId);
      const before = hash(file);
      expect(() => start(dir)).toThrow(/belongs to another app.*hasn’t changed it/);
      expect(hash(file)).toBe(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
      expect(readdirSync(dir).filter((n) => n.startsWith(DATABASE_FILE))).toEqual([DATABASE_FILE]);
    },
  );

  test('another app’s file with a backup present: moved aside unchanged, the backup restored', async () => {
    const dir = await dirWithBackup();
    const file = join(dir, DATABASE_FILE);
    rmSync(file);
    for (const s of ['-wal', '-shm']) rmSync(file + s, { force: true });
    foreignFile(file, true);
    const before = hash(file);
    const core = start(dir);
    expect(days(core)).toEqual(['2026-03-10']);
    const { notice } = status(core);
    expect(notice?.kind).toBe('restored-from-backup');
    expect(notice?.message).toMatch(/file from another app/);
    const aside = readdirSync(dir).find((n) => n.includes('.not-nuzzle-')) ?? '';
    expect(hash(join(dir, aside))).toBe(before);
  });

  test('a folder where the database should be: recovered from the backup, the folder kept', async () => {
    const dir = await dirWithBackup();
    const file = join(dir, DATABASE_FILE);
    rmSync(file);
    for (const s of ['-wal', '-shm']) rmSync(file + s, { force: true });
    mkdirSync(file);
    writeFileSync(join(file, 'keep.txt'), 'mine');
    const core = start(dir);
    expect(days(core)).toEqual(['2026-03-10']);
    expect(status(core).notice?.message).toMatch(/folder where its data file should be/);
    const aside = readdirSync(dir).find((n) => n.includes('.not-nuzzle-')) ?? '';
    expect(readFileSync(join(dir, aside, 'keep.txt'), 'utf8')).toBe('mine');
  });

  test('a folder and no backup: refused in words, the folder untouched', () => {
    const dir = newDir();
    mkdirSync(join(dir, DATABASE_FILE));
    expect(() => start(dir)).toThrow(/There’s a folder where Nuzzle keeps its data file/);
  });

  test('Nuzzle’s own files carry its application_id', () => {
    const dir = newDir();
    const core = start(dir);
    expect(core.context.db.pragma('application_id', { simple: true })).toBe(NUZZLE_APPLICATION_ID);
  });
});

describe('how the last run ended', () => {
  test('a clean close is remembered; a kill (no clean close) is reported as uncleanShutdown', () => {
    const dir = newDir();
    const first = createCore({
      dataDir: dir,
      clock: at('2026-03-10T20:05:00-04:00'),
      deferredCheckMs: null,
    });
    onboard(first);
    expect(first.uncleanShutdown).toBe(false);
    first.close();
    const second = createCore({
      dataDir: dir,
      clock: at('2026-03-11T09:00:00-04:00'),
      deferredCheckMs: null,
    });
    expect(second.uncleanShutdown).toBe(false);
    // No close(): as after a SIGKILL, the running marker stays.
    second.context.db.close();
    const third = start(dir);
    expect(third.uncleanShutdown).toBe(true);
  });

  test('after a clean close the quick_check waits for idle time, and finds nothing wrong', () => {
    const dir = newDir();
    const first = start(dir);
    onboard(first);
    first.close();
    cleanups.shift();
    const second = start(dir);
    expect(second.checkIntegrity()).toBe(true);
    expect(status(second).notice).toBeNull();
  });

  test('a deleted -wal after an unclean exit: the lost check-ins are reported, not silent', async () => {
    const dir = newDir();
    const core = createCore({
      dataDir: dir,
      clock: at('2026-03-10T20:05:00-04:00'),
      deferredCheckMs: null,
    });
    onboard(core);
    core.context.db.pragma('wal_checkpoint(TRUNCATE)');
    checkIn(core, '2026-03-10');
    await nextTurn(); // the running marker learns of the check-in once the save has answered
    // Simulate the kill: copy the file without its -wal, as if something removed it.
    const file = join(dir, DATABASE_FILE);
    const copyDir = newDir();
    writeFileSync(join(copyDir, DATABASE_FILE), readFileSync(file));
    writeFileSync(join(copyDir, `${DATABASE_FILE}.running`), readFileSync(`${file}.running`));
    writeFileSync(join(copyDir, KEY_FILE), readFileSync(join(dir, KEY_FILE))); // the database key
    core.close();
    const after = start(copyDir);
    expect(after.uncleanShutdown).toBe(true);
    const { notice } = status(after);
    expect(notice?.kind).toBe('changes-missing');
    expect(notice?.message).toMatch(/didn’t close properly.*aren’t in its data file/);
  });

  test('a zero-byte file with no backup, after saved work, starts afresh and says so', () => {
    const dir = newDir();
    const core = start(dir);
    onboard(core);
    checkIn(core, '2026-03-12');
    core.close();
    cleanups.shift();
    const file = join(dir, DATABASE_FILE);
    writeFileSync(file, '');
    const after = start(dir);
    expect(status(after).notice?.kind).toBe('started-fresh');
    expect(status(after).notice?.message).toMatch(/empty/);
  });
});

describe('leftovers and backups', () => {
  test('a killed backup’s .partial and a killed restore’s scratch copy are removed at start', () => {
    const dir = newDir();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', '.nuzzle-2026-03-10-200500.sqlite3.partial'), 'x');
    writeFileSync(join(dir, '.restore-scratch.sqlite3'), 'x');
    writeFileSync(join(dir, '.restore-scratch.sqlite3-wal'), 'x');
    start(dir);
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
    expect(readdirSync(dir).some((n) => n.startsWith('.restore-scratch'))).toBe(false);
  });

  test('after the clock ran a year ahead, recovery restores the backup with the newest content', async () => {
    const dir = newDir();
    const c = at('2027-03-10T20:05:00-04:00'); // a year ahead
    const core = createCore({ dataDir: dir, clock: c, deferredCheckMs: null });
    onboard(core);
    checkIn(core, '2027-03-10');
    await core.data.backupNow();
    c.set(Date.parse('2026-03-11T20:05:00-04:00')); // put right
    checkIn(core, '2026-03-11');
    expect(await core.data.dailyBackup()).toBe(true); // daily backups go on while behind
    c.set(Date.parse('2026-03-12T20:05:00-04:00'));
    checkIn(core, '2026-03-12');
    expect(await core.data.dailyBackup()).toBe(true);
    core.close();
    writeFileSync(join(dir, DATABASE_FILE), Buffer.alloc(8192, 0x42));
    for (const s of ['-wal', '-shm']) rmSync(join(dir, DATABASE_FILE + s), { force: true });
    const after = start(dir, '2026-03-13T09:00:00-04:00');
    expect(days(after)).toEqual(['2026-03-11', '2026-03-12', '2027-03-10']);
    expect(status(after).notice?.backupDate).toBe('2026-03-12');
  });
});

describe('a read-only data folder', () => {
  // Root ignores permissions, so there a read-only bind mount stands in; elsewhere chmod.
  const isRoot = process.getuid?.() === 0;
  const makeReadOnly = (dir: string): boolean => {
    if (!isRoot) {
      chmodSync(dir, 0o555);
      cleanups.unshift(() => chmodSync(dir, 0o755));
      return true;
    }
    try {
      execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
      cleanups.unshift(() => execFileSync('umount', [dir], { stdio: 'ignore' }));
      execFileSync('mount', ['-o', 'remount,ro,bind', dir], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  test.skipIf(process.platform === 'win32')(
    'opens read-only with a plain notice, even after an unclean exit; saves refused clearly',
    () => {
      const dir = newDir();
      const core = createCore({
        dataDir: dir,
        clock: at('2026-03-12T09:00:00-04:00'),
        deferredCheckMs: null,
      });
      onboard(core);
      checkIn(core, '2026-03-12');
      core.context.db.close(); // an unclean exit: -wal and the running marker stay
      if (!makeReadOnly(dir)) return; // no way to make a folder read-only here
      const after = start(dir);
      expect(after.readOnly).toBe(true);
      expect(status(after).notice?.kind).toBe('read-only');
      expect(days(after)).toEqual(['2026-03-12']);
      const p = after.context.settings.get().partners[0];
      const r = after.dispatch(
        'checkins:quick',
        { partnerId: p?.id ?? '', localDate: '2026-03-12', mood: 2 },
        PAGE,
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'storage' } });
      if (!r.ok) expect(r.error.message).toMatch(/read-only because it can’t write/);
    },
  );
});
