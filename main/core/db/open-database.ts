// Opens (or creates) the SQLite store with the durability settings the product promises:
// WAL + synchronous=FULL, so a check-in acknowledged on screen survives a power cut once the
// OS has acknowledged the write; foreign keys on. A database written by a newer Nuzzle is
// refused before anything touches it. Every database Nuzzle opens for writing carries its
// application_id (application-id.ts). The file is encrypted with `key` (./connect.ts).

import type Database from 'better-sqlite3-multiple-ciphers';
import { connect } from './connect.ts';
import { AppError } from '../errors.ts';
import { stampApplicationId } from './application-id.ts';
import { currentVersion, LATEST_VERSION, migrate } from './migrations.ts';
import { AUTOCHECKPOINT_NET_PAGES, CHECKPOINT_AT_BYTES } from './wal-checkpoint.ts';

export interface OpenDatabaseOptions {
  file: string;
  /** The 256-bit database key (main/core/lock/key-store.ts). */
  key: Buffer;
  /** Path to a better_sqlite3.node built for the running runtime (Electron vs Node). */
  nativeBinding?: string;
}

export function openDatabase({ file, key, nativeBinding }: OpenDatabaseOptions): Database.Database {
  const db = connect(file, { key, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    // One connection per file (the app is a single instance and everything writes through
    // it), so it holds the file's lock for as long as it is open: each statement then skips
    // taking and dropping the shared-memory locks (several system calls, most of a small
    // read's cost), and the WAL index lives in this process's memory, not a -shm file. Set
    // before the first read, which is when a file already in WAL mode opens its WAL.
    db.pragma('locking_mode = EXCLUSIVE');
    // Read the version before any pragma that writes (WAL changes the file header).
    const version = currentVersion(db);
    if (version > LATEST_VERSION) {
      throw new AppError(
        'storage',
        `Your Nuzzle data was saved by a newer version of Nuzzle (data version ${String(version)}; this version reads up to ${String(LATEST_VERSION)}). Please update Nuzzle — your data has not been changed.`,
      );
    }
    db.pragma('journal_mode = WAL');
    // Checkpoints run after a save answers, not inside it (wal-checkpoint.ts).
    db.pragma(`journal_size_limit = ${String(CHECKPOINT_AT_BYTES)}`);
    db.pragma(`wal_autocheckpoint = ${String(AUTOCHECKPOINT_NET_PAGES)}`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    stampApplicationId(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
