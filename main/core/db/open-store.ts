// Opening the store at start-up, with the checks that keep a damaged file from costing the
// record: quick_check first; a corrupt or non-database file is moved aside with a timestamp
// and the newest good backup restored; a read-only or full disk opens read-only so the app
// still shows what it has. A database from a newer Nuzzle is refused untouched.

import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { StartupNotice } from '../../../shared/domain.ts';
import { localDateOf } from '../../../shared/local-day.ts';
import { listBackups, BACKUP_DIR_NAME } from '../backup/backup-files.ts';
import { checkBackup } from '../backup/backups.ts';
import { AppError } from '../errors.ts';
import { currentVersion, LATEST_VERSION } from './migrations.ts';
import { connect } from './connect.ts';
import { openDatabase } from './open-database.ts';

export interface OpenedStore {
  db: Database.Database;
  notice: StartupNotice | null;
  readOnly: boolean;
}

export interface OpenStoreOptions {
  dataDir: string;
  file: string;
  key: Buffer;
  nativeBinding?: string;
  now: number;
  timeZone: string;
}

const DAMAGE_CODES = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];
const READ_ONLY_CODES = [
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_PERM',
];

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

class DamagedDatabase extends Error {}

function openChecked(options: OpenStoreOptions): Database.Database {
  const { file, key, nativeBinding, dataDir } = options;
  // An empty file opens as a new, empty database. With backups around, that is a lost file.
  if (
    existsSync(file) &&
    statSync(file).size === 0 &&
    listBackups(join(dataDir, BACKUP_DIR_NAME)).length > 0
  ) {
    throw new DamagedDatabase('empty file');
  }
  const db = openDatabase({ file, key, ...(nativeBinding ? { nativeBinding } : {}) });
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    db.close();
    throw new DamagedDatabase('quick_check failed');
  }
  return db;
}

export function openStore(options: OpenStoreOptions): OpenedStore {
  try {
    return { db: openChecked(options), notice: null, readOnly: false };
  } catch (error) {
    if (error instanceof AppError) throw error; // a newer Nuzzle's data: refuse, untouched
    if (error instanceof DamagedDatabase || DAMAGE_CODES.some((c) => codeOf(error).startsWith(c))) {
      return recover(options);
    }
    if (READ_ONLY_CODES.some((c) => codeOf(error).startsWith(c)))
      return openReadOnly(options, codeOf(error));
    throw error;
  }
}

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

function moveAside(file: string, now: number): string {
  const aside = `${file}.damaged-${stamp(now)}`;
  renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

function recover(options: OpenStoreOptions): OpenedStore {
  const { file, dataDir, now, timeZone, key, nativeBinding } = options;
  const aside = existsSync(file) ? moveAside(file, now) : null;
  const asideName = aside ? aside.slice(dataDir.length + 1) : null;
  for (const backup of listBackups(join(dataDir, BACKUP_DIR_NAME))) {
    if (!checkBackup(backup.file, key, nativeBinding).ok) continue;
    copyFileSync(backup.file, file);
    const db = openChecked(options);
    const today = localDateOf(now, timeZone);
    const sameDay = backup.date === today;
    return {
      db,
      readOnly: false,
      notice: {
        kind: 'restored-from-backup',
        backupDate: backup.date,
        movedAside: asideName,
        message:
          `Nuzzle found its data file damaged, so it restored your backup from ${backup.date}` +
          (sameDay ? ' (earlier today)' : '') +
          '. Anything saved after that backup could not be recovered. ' +
          (asideName ? `The damaged file was kept as ${asideName}.` : ''),
      },
    };
  }
  rmSync(file, { force: true });
  const db = openChecked(options);
  return {
    db,
    readOnly: false,
    notice: {
      kind: 'started-fresh',
      backupDate: null,
      movedAside: asideName,
      message:
        'Nuzzle found its data file damaged and had no good backup to restore, so it started afresh. ' +
        (asideName ? `The damaged file was kept as ${asideName}, in case it can be rescued.` : ''),
    },
  };
}

function openReadOnly(options: OpenStoreOptions, code: string): OpenedStore {
  const db = connect(options.file, {
    key: options.key,
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  if (currentVersion(db) !== LATEST_VERSION) {
    db.close();
    throw new AppError(
      'storage',
      'Nuzzle can’t write to its data folder (the disk may be full or read-only), and needs to update its data before it can show it. Free some space or check the folder’s permissions, then open Nuzzle again.',
    );
  }
  const full = code.startsWith('SQLITE_FULL');
  return {
    db,
    readOnly: true,
    notice: {
      kind: 'read-only',
      backupDate: null,
      movedAside: null,
      message: full
        ? 'Your disk is full, so Nuzzle can show your record but can’t save anything new. Free some space and restart Nuzzle.'
        : 'Nuzzle can’t write to its data folder, so it can show your record but can’t save anything new. Check the folder’s permissions and restart Nuzzle.',
    },
  };
}
