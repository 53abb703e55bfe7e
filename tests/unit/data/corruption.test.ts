// A damaged data file never silently costs the record: garbage over pages, a truncated file
// and a zero-byte file are moved aside and the newest good backup restored (or, with no
// backup, a fresh start that says so); a newer Nuzzle's file is refused and left untouched.

import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { openRaw } from '../core/raw-db.ts';
import { afterEach, describe, expect, test } from 'vitest';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, DATABASE_FILE, type Core } from '../../../main/core/core.ts';
import type { DataStatus, Settings } from '../../../shared/domain.ts';
import { PAGE, tempDir } from '../core/temp-core.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const clock = () => manualClock(Date.parse('2026-03-10T20:05:00-04:00'), 'America/New_York');

/** A data dir with a kept day, a backup of it, and then a second kept day not yet backed up. */
async function dataDirWithBackup(): Promise<string> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const c = clock();
  const core = createCore({ dataDir: dir, clock: c });
  const onboarded = core.dispatch(
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
  const partners = onboarded.ok ? (onboarded.value as Settings).partners : [];
  for (const p of partners)
    core.dispatch('checkins:quick', { partnerId: p.id, localDate: '2026-03-10', mood: 4 }, PAGE);
  await core.data.backupNow();
  c.set(Date.parse('2026-03-11T20:05:00-04:00'));
  for (const p of partners)
    core.dispatch('checkins:quick', { partnerId: p.id, localDate: '2026-03-11', mood: 4 }, PAGE);
  core.close();
  return dir;
}

function reopen(dir: string): Core {
  const core = createCore({
    dataDir: dir,
    clock: manualClock(Date.parse('2026-03-12T09:00:00-04:00'), 'America/New_York'),
  });
  cleanups.unshift(() => core.close());
  return core;
}

function statusOf(core: Core): DataStatus {
  const r = core.dispatch('data:status', undefined, PAGE);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as DataStatus;
}

/** Every database file Nuzzle keeps (the live one, backups, safety copies, files moved
 *  aside) lacks the plain header: after a recovery too, nothing readable lies around. */
function expectNothingPlain(dir: string): void {
  const files = [
    ...readdirSync(dir)
      .filter((n) => n.startsWith(DATABASE_FILE) && !/-(wal|shm)$|\.(running|closed)$/.test(n))
      .map((n) => join(dir, n)),
    ...readdirSync(join(dir, 'backups')).map((n) => join(dir, 'backups', n)),
  ];
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) {
    expect(readFileSync(file).subarray(0, 16).toString('latin1'), file).not.toBe(
      'SQLite format 3\0',
    );
  }
}

const checkinDays = (core: Core) =>
  core.context.db.prepare('SELECT DISTINCT local_date FROM checkins ORDER BY 1').pluck().all();

describe('start-up checks', () => {
  test('garbage over pages of the file: moved aside, newest good backup restored, and the user told', async () => {
    const dir = await dataDirWithBackup();
    const file = join(dir, DATABASE_FILE);
    const fd = openSync(file, 'r+');
    const pageSize = 4096;
    for (let page = 1; page * pageSize < statSync(file).size; page += 1) {
      writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
    }
    closeSync(fd);

    const core = reopen(dir);
    expect(checkinDays(core)).toEqual(['2026-03-10']);
    const { notice } = statusOf(core);
    expect(notice?.kind).toBe('restored-from-backup');
    expect(notice?.message).toContain('restored your backup from 2026-03-10');
    expect(notice?.message).toContain('could not be recovered');
    const aside = readdirSync(dir).filter((n) => n.startsWith(`${DATABASE_FILE}.damaged-`));
    expect(aside.length).toBeGreaterThan(0);
    expect(core.context.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The restored database is encrypted, as is every backup and copy beside it.
    core.context.db.pragma('wal_checkpoint(TRUNCATE)');
    expectNothingPlain(dir);
  });

  test('a truncated file is recovered from the backup', async () => {
    const dir = await dataDirWithBackup();
    truncateSync(join(dir, DATABASE_FILE), 50);
    const core = reopen(dir);
    expect(statusOf(core).notice?.kind).toBe('restored-from-backup');
    expect(checkinDays(core)).toEqual(['2026-03-10']);
    core.context.db.pragma('wal_checkpoint(TRUNCATE)');
    expectNothingPlain(dir);
  });

  test('a zero-byte file is not mistaken for a new start when backups exist', async () => {
    const dir = await dataDirWithBackup();
    for (const suffix of ['-wal', '-shm']) writeFileSync(join(dir, DATABASE_FILE + suffix), '');
    writeFileSync(join(dir, DATABASE_FILE), '');
    const core = reopen(dir);
    expect(statusOf(core).notice?.kind).toBe('restored-from-backup');
    expect(checkinDays(core)).toEqual(['2026-03-10']);
  });

  test('with no backup at all: a fresh start that says so, and the damaged file kept', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, DATABASE_FILE), Buffer.alloc(8192, 0x42));
    const core = reopen(dir);
    const { notice } = statusOf(core);
    expect(notice?.kind).toBe('started-fresh');
    expect(notice?.message).toContain('kept as');
    expect(readdirSync(dir).some((n) => n.startsWith(`${DATABASE_FILE}.damaged-`))).toBe(true);
  });

  test('a newer Nuzzle’s database is refused with a clear message and not modified', async () => {
    const dir = await dataDirWithBackup();
    const file = join(dir, DATABASE_FILE);
    const raw = openRaw(dir);
    raw.pragma('user_version = 99');
    raw.pragma('journal_mode = DELETE'); // fold the WAL in, so the file alone is the database
    raw.close();
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    expect(() => reopen(dir)).toThrow(/newer version of Nuzzle/);
    expect(hash()).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readdirSync(dir).some((n) => n.includes('.damaged-'))).toBe(false);
  });
});
