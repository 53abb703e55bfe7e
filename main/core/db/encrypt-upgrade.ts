// Upgrading a plain (pre-encryption) database: it is encrypted into a new file beside it,
// verified, and renamed over the old one. A kill at any moment leaves either the whole old
// plain file (the next start simply does it again) or the whole new encrypted one:
//   1. the plain file is checkpointed into rollback-journal mode, so it stands alone (no
//      -wal beside it that an encrypted file could later pick up);
//   2. it is copied with VACUUM INTO to `<file>.encrypting`, which is encrypted in place
//      (rekey), flushed, and checked: integrity_check and every table's row count;
//   3. one rename swaps it in, and the directory is flushed.
// Plain backups are then encrypted the same way, or removed when they can't be.

import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { listBackups } from '../backup/backup-files.ts';
import { AppError } from '../errors.ts';
import { syncDirectory } from '../lock/key-file.ts';
import { applyKey, connect, isPlainDatabaseFile } from './connect.ts';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** The plain file (or its copy) didn't read back whole: it is damaged. */
export class DamagedPlainFile extends Error {}

/** Damage (not a full or read-only disk): the file itself can't be read whole. */
function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    error instanceof DamagedPlainFile ||
    (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code))
  );
}

function flush(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] = Number(
      db
        .prepare(`SELECT COUNT(*) FROM "${t.replace(/"/g, '""')}"`)
        .pluck()
        .get(),
    );
  }
  return counts;
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(file + suffix, { force: true });
}

/** Encrypts `source` (plain) into `target`, verified; throws and leaves no target if it can't. */
export function encryptCopy(
  source: string,
  target: string,
  key: Buffer,
  nativeBinding?: string,
): void {
  const binding = nativeBinding ? { nativeBinding } : {};
  removeWithSideFiles(target);
  try {
    const plain = connect(source, { key: null, ...binding });
    let expected: Record<string, number>;
    try {
      // Fold any -wal into the file and leave WAL mode, so the plain file stands alone.
      plain.pragma('wal_checkpoint(TRUNCATE)');
      plain.pragma('journal_mode = DELETE');
      expected = rowCounts(plain);
      plain.prepare('VACUUM INTO ?').run(target);
    } finally {
      plain.close();
    }
    const copy = connect(target, { key: null, ...binding });
    try {
      copy.pragma('journal_mode = DELETE'); // rekey can't run in WAL mode
      applyKey(copy, key, 'rekey');
    } finally {
      copy.close();
    }
    flush(target);
    const check = connect(target, { key, readonly: true, fileMustExist: true, ...binding });
    try {
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') {
        throw new DamagedPlainFile('encrypted copy failed its check');
      }
      if (JSON.stringify(rowCounts(check)) !== JSON.stringify(expected)) {
        throw new DamagedPlainFile('encrypted copy lost rows');
      }
    } finally {
      check.close();
    }
  } catch (error) {
    removeWithSideFiles(target);
    throw error;
  }
}

/** Encrypts the live database file if it is still plain. Safe to re-run after any crash. */
export function encryptDatabaseFile(file: string, key: Buffer, nativeBinding?: string): boolean {
  const target = `${file}.encrypting`;
  removeWithSideFiles(target); // left by a crash mid-way: the plain file is still whole
  if (!existsSync(file) || !isPlainDatabaseFile(file)) return false;
  encryptCopy(file, target, key, nativeBinding);
  // The plain file is in rollback mode now; stale side files must not meet the new file.
  for (const suffix of SIDE_FILES) rmSync(file + suffix, { force: true });
  renameSync(target, file);
  syncDirectory(dirname(file));
  return true;
}

/** Encrypts every plain backup in `dir`. A damaged one is removed when the live database
 *  was verified (it holds everything the backup had); one that meets a full disk stays.
 *  Returns how many were done. */
export function encryptBackups(
  dir: string,
  key: Buffer,
  nativeBinding: string | undefined,
  removeUnreadable: boolean,
): number {
  let done = 0;
  for (const backup of listBackups(dir)) {
    if (!isPlainDatabaseFile(backup.file)) continue;
    const target = `${backup.file}.encrypting`;
    try {
      encryptCopy(backup.file, target, key, nativeBinding);
      renameSync(target, backup.file);
      done += 1;
    } catch (error) {
      if (removeUnreadable && isDamage(error)) removeWithSideFiles(backup.file);
    }
  }
  if (done > 0) syncDirectory(dir);
  return done;
}

/**
 * At start, before the store opens: a plain Nuzzle database (never another app's file) and
 * any plain backups are encrypted. A damaged plain file is left for start-up recovery to move
 * aside; a disk that can't take the new file refuses the start with the data unchanged.
 */
export function encryptPlainStore(options: {
  file: string;
  backupDir: string;
  key: Buffer;
  nativeBinding?: string;
  /** The file at `file` is another app's: it is never touched. */
  foreign: boolean;
}): void {
  const { file, backupDir, key, nativeBinding, foreign } = options;
  let verified = !foreign;
  if (!foreign) {
    try {
      encryptDatabaseFile(file, key, nativeBinding);
    } catch (error) {
      if (!isDamage(error)) throw new AppError('storage', CANT_ENCRYPT);
      verified = false; // start-up recovery moves the damaged plain file aside
    }
  }
  encryptBackups(backupDir, key, nativeBinding, verified);
}

const CANT_ENCRYPT =
  'Nuzzle needs to encrypt your data but couldn’t write to its data folder (the disk may be full or read-only). Free some space or check the folder’s permissions, then open Nuzzle again. Your data has not been changed.';
