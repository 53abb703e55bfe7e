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

/** The daily and "Back up now" backup; async so callers need not change if it gets a worker. */
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

export type BackupCheck = { ok: true; version: number } | { ok: false; reason: string };

/** A backup is usable when SQLite's integrity_check passes and no newer Nuzzle wrote it. */
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
    return { ok: true, version };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    db?.close();
  }
}
