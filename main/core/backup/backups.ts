// Making and checking backups. The daily and "Back up now" backups use better-sqlite3's
// online backup API (a consistent copy while the app keeps running); the safety copy taken
// right before a restore, an import or a delete uses VACUUM INTO, which is synchronous.
// Either way a backup is written under a temporary name and renamed when complete, so a
// half-written backup is never mistaken for a good one.

import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { connect } from '../db/connect.ts';
import { wallClockOf } from '../../../shared/local-day.ts';
import { applicationIdOf, hasNuzzleSchema, NUZZLE_APPLICATION_ID } from '../db/application-id.ts';
import { changeMark } from '../db/change-mark.ts';
import { LATEST_VERSION } from '../db/migrations.ts';
import { backupName, backupsToKeep, listBackups, type BackupFile } from './backup-files.ts';

export interface BackupPlace {
  dir: string;
  now: number;
  timeZone: string;
}

function finalName({ now, timeZone }: BackupPlace, label?: string): string {
  const w = wallClockOf(now, timeZone);
  const hhmmss = [w.hour, w.minute, w.second].map((n) => String(n).padStart(2, '0')).join('');
  return backupName(w.date, hhmmss, label);
}

/**
 * The daily and "Back up now" backup. VACUUM INTO rather than the online backup API: the
 * copy inherits the connection's key, so it is encrypted like the database (an online
 * backup's destination would be a plain file). Async so callers need not change if it moves
 * to a worker.
 */
export function backupOnline(db: Database.Database, place: BackupPlace): Promise<BackupFile> {
  try {
    return Promise.resolve(snapshotNow(db, place));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export function snapshotNow(db: Database.Database, place: BackupPlace, label?: string): BackupFile {
  mkdirSync(place.dir, { recursive: true });
  const name = finalName(place, label);
  const partial = join(place.dir, `.${name}.partial`);
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, join(place.dir, name));
  } finally {
    rmSync(partial, { force: true });
  }
  return found(place.dir, name);
}

function found(dir: string, name: string): BackupFile {
  const backup = listBackups(dir).find((b) => b.name === name);
  if (!backup) throw new Error('backup vanished after writing');
  return backup;
}

/** Deletes backups outside the retention plan; returns what was removed. */
export function pruneBackups(dir: string, today: string): string[] {
  const all = listBackups(dir);
  const keep = backupsToKeep(all, today);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.name)) continue;
    rmSync(b.file, { force: true });
    removed.push(b.name);
  }
  return removed;
}

export type BackupCheck =
  | { ok: true; version: number; mark: number }
  | { ok: false; reason: 'damaged' | 'newer' | 'empty' | 'foreign' | 'unreadable' };

/**
 * A backup is usable when SQLite's integrity_check passes, it is Nuzzle's (stamped, or an
 * older Nuzzle's schema) and no newer Nuzzle wrote it. `mark` says how recent its content is.
 */
export function checkBackup(file: string, key: Buffer, nativeBinding?: string): BackupCheck {
  let db: Database.Database | null = null;
  try {
    db = connect(file, {
      key,
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') return { ok: false, reason: 'damaged' };
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_VERSION) return { ok: false, reason: 'newer' };
    if (version === 0) return { ok: false, reason: 'empty' };
    if (!isNuzzles(db)) return { ok: false, reason: 'foreign' };
    return { ok: true, version, mark: changeMark(db) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    db?.close();
  }
}

function isNuzzles(db: Database.Database): boolean {
  const appId = applicationIdOf(db);
  return appId === NUZZLE_APPLICATION_ID || (appId === 0 && hasNuzzleSchema(db));
}

/** The last time a backup's content could have changed, as far as its name can be trusted. */
function trustedOrder(backup: BackupFile, today: string): string {
  // A name dated after today came from a clock that ran ahead: it sorts below every other.
  return backup.date > today ? `0${backup.date}${backup.time}` : `1${backup.date}${backup.time}`;
}

/**
 * The backup to recover from: the good one whose content is newest — by its change mark,
 * which no clock can fool — and, between equals, the newest by a name not dated in the
 * future. Only the candidates actually tried are fully checked.
 */
export function newestGoodBackup(
  backups: readonly BackupFile[],
  today: string,
  key: Buffer,
  nativeBinding?: string,
): (BackupFile & { mark: number }) | null {
  const candidates = backups
    .map((b) => ({ backup: b, mark: quickMark(b.file, key, nativeBinding) }))
    .filter((c): c is { backup: BackupFile; mark: number } => c.mark !== null)
    .sort(
      (a, b) =>
        b.mark - a.mark ||
        trustedOrder(b.backup, today).localeCompare(trustedOrder(a.backup, today)),
    );
  for (const { backup } of candidates) {
    const check = checkBackup(backup.file, key, nativeBinding);
    if (check.ok) return { ...backup, mark: check.mark };
  }
  return null;
}

/** A backup's change mark without the full check (null when it can't be read at all). */
function quickMark(file: string, key: Buffer, nativeBinding?: string): number | null {
  let db: Database.Database | null = null;
  try {
    db = connect(file, {
      key,
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    return changeMark(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
