// Opening the store at start-up, with the checks that keep a damaged or foreign file from
// costing the record:
//
// 1. leftovers of a killed backup or restore are removed;
// 2. what sits at the database's path is judged from its header alone (file-kind.ts): a
//    folder, or another app's SQLite file, is never opened for writing — it is moved aside
//    untouched when a backup can take its place, and refused in plain words otherwise. An
//    encrypted file has no plain header at all; a plain one is an older Nuzzle's (or another
//    app's), and a plain Nuzzle file and plain backups are encrypted first (encrypt-upgrade.ts);
// 3. a folder Nuzzle can't write opens read-only, from a private copy (read-only-open.ts);
// 4. `quick_check` runs at start only after an unclean shutdown or when the file changed
//    outside Nuzzle (shutdown-marker.ts); otherwise the core checks it later, when idle;
// 5. a corrupt or non-database file is moved aside and the backup with the newest content
//    restored; committed work that went missing (a damaged or deleted -wal) is reported.

import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { StartupNotice } from '../../../shared/domain.ts';
import { localDateOf } from '../../../shared/local-day.ts';
import { BACKUP_DIR_NAME, listBackups } from '../backup/backup-files.ts';
import { newestGoodBackup } from '../backup/backups.ts';
import { AppError } from '../errors.ts';
import { changeMark } from './change-mark.ts';
import { encryptPlainStore } from './encrypt-upgrade.ts';
import { inspectDatabaseFile } from './file-kind.ts';
import { foreignReason, type ForeignReason } from './foreign-file.ts';
import { removeLeftovers } from './leftovers.ts';
import { LATEST_VERSION } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { canWrite, openReadOnlyCopy } from './read-only-open.ts';
import { checkpointWhenDue } from './wal-checkpoint.ts';
import {
  forgetCleanClose,
  markClosed,
  markRunning,
  readShutdownState,
  type ShutdownState,
} from './shutdown-marker.ts';
import * as words from './startup-words.ts';

export interface OpenedStore {
  db: Database.Database;
  notice: StartupNotice | null;
  readOnly: boolean;
  /** The last run ended without a clean close (a crash, a kill, a power cut). */
  uncleanShutdown: boolean;
  /** Whether the file still needs its quick_check (it was skipped at start). */
  checkPending: boolean;
  /** Runs the deferred quick_check; false when damage was found. */
  checkNow(): boolean;
  /**
   * After committed changes (on the turn after them): tells the next start about the latest,
   * and folds the WAL into the file once it has grown (wal-checkpoint.ts).
   */
  noteChange(): void;
  /** Closes the database and records a clean close. */
  close(): void;
}

export interface OpenStoreOptions {
  dataDir: string;
  file: string;
  /** The key the database and its backups are encrypted with (main/core/lock/key-store.ts). */
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

interface Opened {
  db: Database.Database;
  notice: StartupNotice | null;
  readOnly: boolean;
  checked: boolean;
  dispose?: () => void;
}

export function openStore(options: OpenStoreOptions): OpenedStore {
  const backupDir = join(options.dataDir, BACKUP_DIR_NAME);
  removeLeftovers(options.dataDir, backupDir);
  const shutdown = readShutdownState(options.file);
  let opened: Opened;
  try {
    opened = openJudged(options, shutdown);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The file's lock is held for as long as Nuzzle has it open (open-database.ts).
    if (codeOf(error).startsWith('SQLITE_BUSY'))
      throw new AppError('storage', words.inUseElsewhere);
    // Never raw SQLite text ("SQLITE_CANTOPEN: unable to open database file") for a person.
    throw new AppError('storage', words.couldNotOpen);
  }
  return finish(options, shutdown, opened);
}

function openJudged(options: OpenStoreOptions, shutdown: ShutdownState): Opened {
  const { file, dataDir } = options;
  const kind = inspectDatabaseFile(file);
  if (kind.kind === 'sqlite' && kind.userVersion > LATEST_VERSION) {
    throw new AppError('storage', words.newerNuzzle(kind.userVersion, LATEST_VERSION));
  }
  const writable = canWrite(dataDir, file);
  const foreign = foreignReason(kind, file, options.nativeBinding);
  if (writable) {
    encryptPlainStore({
      file,
      backupDir: join(dataDir, BACKUP_DIR_NAME),
      key: options.key,
      foreign: foreign !== null,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  }
  if (foreign) return replaceForeign(options, foreign, writable);
  if (!writable) {
    // 'not-sqlite' includes every encrypted file: whether it opens is for the key to say.
    if (kind.kind === 'empty' || kind.kind === 'missing') {
      throw new AppError('storage', words.cantWriteAndNothingToShow);
    }
    return openReadOnly(options, 'SQLITE_READONLY');
  }
  const hasBackups = listBackups(join(dataDir, BACKUP_DIR_NAME)).length > 0;
  const knewOfWork = (shutdown.lastMark ?? 0) > 0;
  // An empty or missing file opens as a new, empty database. With backups around, or when
  // Nuzzle knows it had saved work, that is a lost file, not a first start.
  if ((kind.kind === 'empty' || kind.kind === 'missing') && (hasBackups || knewOfWork)) {
    return recover(options, kind.kind);
  }
  const check = shutdown.unclean || shutdown.changedOutside;
  try {
    return { ...openChecked(options, check), notice: null, readOnly: false };
  } catch (error) {
    if (error instanceof AppError) throw error; // a newer Nuzzle's data: refuse, untouched
    if (error instanceof DamagedDatabase || DAMAGE_CODES.some((c) => codeOf(error).startsWith(c))) {
      return recover(options, 'damaged');
    }
    if (READ_ONLY_CODES.some((c) => codeOf(error).startsWith(c))) {
      return openReadOnly(options, codeOf(error));
    }
    throw error;
  }
}

function openChecked(
  { file, key, nativeBinding }: OpenStoreOptions,
  check: boolean,
): { db: Database.Database; checked: boolean } {
  const db = openDatabase({ file, key, ...(nativeBinding ? { nativeBinding } : {}) });
  if (check && db.pragma('quick_check', { simple: true }) !== 'ok') {
    db.close();
    throw new DamagedDatabase('quick_check failed');
  }
  return { db, checked: check };
}

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/** Moves the file (and its -wal/-shm) aside under a name no earlier copy has. */
function moveAside(file: string, now: number, why: 'damaged' | 'not-nuzzle'): string {
  const base = `${file}.${why}-${stamp(now)}`;
  let aside = base;
  for (let n = 2; existsSync(aside) || existsSync(`${aside}-wal`); n += 1) aside = `${base}-${n}`;
  renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

type LostHow = 'damaged' | 'empty' | 'missing' | ForeignReason;

function recover(options: OpenStoreOptions, how: LostHow): Opened {
  const { file, dataDir, now, timeZone, key, nativeBinding } = options;
  const today = localDateOf(now, timeZone);
  const backup = newestGoodBackup(
    listBackups(join(dataDir, BACKUP_DIR_NAME)),
    today,
    key,
    nativeBinding,
  );
  const aside = existsSync(file) ? moveAside(file, now, 'damaged') : null;
  const asideName = aside ? aside.slice(dataDir.length + 1) : null;
  if (backup) {
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    copyFileSync(backup.file, file);
    return {
      ...openChecked(options, true),
      readOnly: false,
      notice: {
        kind: 'restored-from-backup',
        backupDate: backup.date,
        movedAside: asideName,
        message: words.restored(how, backup.date, backup.date === today, asideName),
      },
    };
  }
  rmSync(file, { force: true });
  return {
    ...openChecked(options, true),
    readOnly: false,
    notice: {
      kind: 'started-fresh',
      backupDate: null,
      movedAside: asideName,
      message: words.startedFresh(how, asideName),
    },
  };
}

/** A folder or another app's file: moved aside untouched when a backup can take its place. */
function replaceForeign(options: OpenStoreOptions, why: ForeignReason, writable: boolean): Opened {
  const { file, dataDir, now, timeZone, key, nativeBinding } = options;
  const today = localDateOf(now, timeZone);
  const backup = writable
    ? newestGoodBackup(listBackups(join(dataDir, BACKUP_DIR_NAME)), today, key, nativeBinding)
    : null;
  if (!backup) throw new AppError('storage', words.notNuzzles(why));
  const aside = moveAside(file, now, 'not-nuzzle');
  const asideName = aside.slice(dataDir.length + 1);
  copyFileSync(backup.file, file);
  return {
    ...openChecked(options, true),
    readOnly: false,
    notice: {
      kind: 'restored-from-backup',
      backupDate: backup.date,
      movedAside: asideName,
      message: words.restored(why, backup.date, backup.date === today, asideName),
    },
  };
}

function openReadOnly(options: OpenStoreOptions, code: string): Opened {
  let copy: ReturnType<typeof openReadOnlyCopy>;
  try {
    copy = openReadOnlyCopy(options.file, options.key, options.nativeBinding);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storage', words.cantWriteAndCantRead);
  }
  return {
    db: copy.db,
    dispose: () => {
      copy.dispose();
    },
    readOnly: true,
    checked: false,
    notice: {
      kind: 'read-only',
      backupDate: null,
      movedAside: null,
      message: code.startsWith('SQLITE_FULL') ? words.diskFull : words.folderReadOnly,
    },
  };
}

/** Committed work the markers knew of but the file lacks: keep the damaged -wal and say so. */
function missingWork(
  options: OpenStoreOptions,
  shutdown: ShutdownState,
  db: Database.Database,
): StartupNotice | null {
  if (shutdown.lastMark === null) return null;
  const missing = shutdown.lastMark - changeMark(db);
  if (missing <= 0) return null;
  const wal = `${options.file}-wal`;
  let kept: string | null = null;
  if (existsSync(wal)) {
    kept = `${options.file}.damaged-${stamp(options.now)}-wal`;
    try {
      copyFileSync(wal, kept);
    } catch {
      kept = null;
    }
  }
  const keptName = kept ? kept.slice(options.dataDir.length + 1) : null;
  return {
    kind: 'changes-missing',
    backupDate: null,
    movedAside: keptName,
    message: words.changesMissing(missing, shutdown.unclean, keptName),
  };
}

function finish(options: OpenStoreOptions, shutdown: ShutdownState, opened: Opened): OpenedStore {
  const { file } = options;
  const { db, readOnly } = opened;
  const notice = readOnly ? opened.notice : (opened.notice ?? missingWork(options, shutdown, db));
  let checkPending = !opened.checked;
  if (!readOnly) markRunning(file, changeMark(db), true);
  let closed = false;
  return {
    db,
    notice,
    readOnly,
    uncleanShutdown: shutdown.unclean,
    get checkPending() {
      return checkPending;
    },
    checkNow() {
      checkPending = false;
      const ok = db.pragma('quick_check', { simple: true }) === 'ok';
      // Damage found while running: the next start checks in full and restores.
      if (!ok && !readOnly) forgetCleanClose(file);
      return ok;
    },
    noteChange() {
      if (readOnly || closed) return;
      markRunning(file, changeMark(db));
      checkpointWhenDue(db, file);
    },
    close() {
      if (closed) return;
      closed = true;
      const mark = readOnly ? 0 : changeMark(db);
      db.close();
      if (readOnly) opened.dispose?.();
      else markClosed(file, mark);
    },
  };
}
