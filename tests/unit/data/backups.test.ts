import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  backupsToKeep,
  listBackups,
  type BackupFile,
} from '../../../main/core/backup/backup-files.ts';
import type { DataStatus, Settings, TodayView } from '../../../shared/domain.ts';
import { tempCore } from '../core/temp-core.ts';

let env: ReturnType<typeof tempCore> | undefined;
afterEach(() => env?.close());

const file = (date: string, time = '090000'): BackupFile => ({
  name: `nuzzle-${date}-${time}.sqlite3`,
  file: '',
  date,
  time,
  label: null,
  size: 1,
});

describe('which backups are kept', () => {
  test('the last 7 days, then one a week for 4 weeks', () => {
    const days = Array.from({ length: 60 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 10, 26) - i * 86_400_000).toISOString().slice(0, 10);
      return file(d);
    });
    const keep = backupsToKeep(days, '2026-11-26');
    const kept = days.filter((b) => keep.has(b.name)).map((b) => b.date);
    expect(kept).toEqual([
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19', // week of Nov 16 (newest in it before the dailies)
      '2026-11-15', // week of Nov 9
      '2026-11-08', // week of Nov 2
      '2026-11-01', // week of Oct 26
    ]);
  });

  test('several backups on one day count as that day once; the newest is kept', () => {
    const keep = backupsToKeep(
      [file('2026-11-26', '080000'), file('2026-11-26', '210000')],
      '2026-11-26',
    );
    expect([...keep]).toEqual(['nuzzle-2026-11-26-210000.sqlite3']);
  });
});

describe('backups of the live database', () => {
  const both = (e: ReturnType<typeof tempCore>, date: string) => {
    const s = e.call('settings:get');
    const partners = s.ok ? (s.value as Settings).partners : [];
    for (const p of partners)
      e.call('checkins:quick', { partnerId: p.id, localDate: date, mood: 4 });
  };

  test('one automatic backup a day; a restore brings it back, after a safety copy of now', async () => {
    env = tempCore('2026-03-10T20:05:00-04:00');
    env.onboard('both');
    both(env, '2026-03-10');
    expect(await env.core.data.dailyBackup()).toBe(true);
    expect(await env.core.data.dailyBackup()).toBe(false); // already done today
    const [backup] = listBackups(join(env.dir, 'backups'));
    expect(backup?.date).toBe('2026-03-10');

    env.clock.set(Date.parse('2026-03-11T20:05:00-04:00'));
    both(env, '2026-03-11');
    expect(env.rows('SELECT local_date FROM checkins')).toHaveLength(4);

    const restored = env.call('data:restore', { name: backup?.name ?? '' });
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: backup?.name } });
    expect(env.rows('SELECT DISTINCT local_date FROM checkins')).toEqual([
      { local_date: '2026-03-10' },
    ]);
    const today = env.call('today:get');
    expect(today.ok && (today.value as TodayView).record.totalKept).toBe(1);
    const status = env.call('data:status');
    const names = status.ok ? (status.value as DataStatus).backups.map((b) => b.label) : [];
    expect(names).toContain('before-restore');
    // The restored database and every backup (the safety copy too) stay encrypted.
    env.core.context.db.pragma('wal_checkpoint(TRUNCATE)');
    const backupDir = join(env.dir, 'backups');
    for (const file of [
      join(env.dir, 'nuzzle.sqlite3'),
      ...readdirSync(backupDir).map((n) => join(backupDir, n)),
    ]) {
      expect(readFileSync(file).subarray(0, 16).toString('latin1'), file).not.toBe(
        'SQLite format 3\0',
      );
    }
  });

  test('a damaged backup is not restored, and nothing changes', async () => {
    env = tempCore();
    env.onboard('both');
    both(env, '2026-03-10');
    await env.core.data.backupNow();
    const [backup] = listBackups(join(env.dir, 'backups'));
    if (!backup) throw new Error('no backup');
    writeFileSync(backup.file, 'not a database at all');
    const before = env.rows('SELECT * FROM checkins');
    expect(env.call('data:restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('health check') as unknown },
    });
    expect(env.rows('SELECT * FROM checkins')).toEqual(before);
  });

  test('delete all my data needs the typed confirmation, then leaves a fresh start', async () => {
    env = tempCore();
    env.onboard('both');
    both(env, '2026-03-10');
    await env.core.data.backupNow();
    expect(env.call('data:delete-all', { confirmation: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(env.rows('SELECT * FROM checkins')).toHaveLength(2);
    expect(env.call('data:delete-all', { confirmation: 'Delete my data' })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(env.rows('SELECT * FROM checkins')).toEqual([]);
    expect(env.rows('SELECT * FROM changes')).toEqual([]);
    const settings = env.call('settings:get');
    expect(settings.ok && (settings.value as Settings).onboarded).toBe(false);
    expect(listBackups(join(env.dir, 'backups'))).toEqual([]);
    expect(existsSync(join(env.dir, 'backups'))).toBe(true);
  });
});
