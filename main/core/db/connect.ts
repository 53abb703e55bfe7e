// Every connection to a Nuzzle database file goes through here, so none can forget the key.
// Files are encrypted with AEGIS-256 (better-sqlite3-multiple-ciphers' authenticated page
// cipher: every page encrypted and tagged, so a changed byte is refused) under a random
// 256-bit key given raw — no passphrase stretching, the key is already random — so opening
// costs well under a millisecond. Copies made with VACUUM INTO and databases attached
// without their own KEY inherit the connection's key, so backups stay encrypted too.

import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

export const KEY_BYTES = 32;
const PLAIN_HEADER = 'SQLite format 3\0';

export interface ConnectOptions {
  /** The database key; null only to read a plain file that is being upgraded. */
  key: Buffer | null;
  nativeBinding?: string;
  readonly?: boolean;
  fileMustExist?: boolean;
}

export function connect(file: string, options: ConnectOptions): Database.Database {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.fileMustExist ? { fileMustExist: true } : {}),
  });
  try {
    if (options.key) applyKey(db, options.key, 'key');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Sets (`key`) or changes to (`rekey`) the cipher and raw key on an open connection. */
export function applyKey(db: Database.Database, key: Buffer, pragma: 'key' | 'rekey'): void {
  if (key.length !== KEY_BYTES) throw new Error('a database key is 32 bytes');
  // AEGIS-256 rather than the SQLCipher 4 scheme: both authenticate every page, but SQLCipher's
  // AES-CBC + HMAC-SHA512 made a save's CPU ~1.45x an unencrypted one (bench/encryption.ts),
  // AEGIS (hardware AES rounds) ~1.1x.
  db.pragma("cipher = 'aegis'");
  db.pragma("algorithm = 'aegis-256'");
  db.pragma(`${pragma} = "x'${key.toString('hex')}'"`);
}

/** True when the file starts with SQLite's plain-text header (an unencrypted database). */
export function isPlainDatabaseFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString('latin1') === PLAIN_HEADER;
  } finally {
    closeSync(fd);
  }
}
