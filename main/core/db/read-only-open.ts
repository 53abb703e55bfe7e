// Opening the data read-only when Nuzzle can't write to its folder (a read-only disk or
// mount, a locked-down folder, a full disk). SQLite can't open a WAL database read-only in
// a folder it can't write (it needs its shared-memory file), and after an unclean exit the
// last changes are still in the -wal file. So the file and its -wal are copied to a private
// temporary folder and that copy is opened: the record shows exactly what was committed, and
// nothing on the read-only disk is touched. The copy is removed when the store closes. A
// plain file from before encryption is encrypted in the copy (it can't be upgraded in place).

import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { connect } from './connect.ts';
import { encryptDatabaseFile } from './encrypt-upgrade.ts';
import { openDatabase } from './open-database.ts';

/** Whether Nuzzle can create files in the data folder and write the database file. */
export function canWrite(dataDir: string, file: string): boolean {
  const probe = join(dataDir, `.nuzzle-write-check-${String(process.pid)}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ReadOnlyCopy {
  db: Database.Database;
  /** Removes the temporary copy (after the connection is closed). */
  dispose(): void;
}

export function openReadOnlyCopy(file: string, key: Buffer, nativeBinding?: string): ReadOnlyCopy {
  const dir = mkdtempSync(join(tmpdir(), 'nuzzle-read-only-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, 'nuzzle.sqlite3');
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    encryptDatabaseFile(copy, key, nativeBinding); // only when plain (from before encryption)
    // Replays the copied -wal and brings an older schema up to date — in the copy only.
    openDatabase({ file: copy, key, ...(nativeBinding ? { nativeBinding } : {}) }).close();
    const db = connect(copy, {
      key,
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    return { db, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
