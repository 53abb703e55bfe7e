// Reading a data folder's database the way a tool would: a separate connection, with the
// key from the folder's key file (the no-keyring "device" key the tests' cores use).

import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { DATABASE_FILE, keyStoreFor } from '../../../main/core/core.ts';
import { connect } from '../../../main/core/db/connect.ts';

/** A key for databases opened directly with openDatabase, outside any data folder. */
export const TEST_KEY = randomBytes(32);

export function keyOf(dataDir: string): Buffer {
  const key = keyStoreFor({ dataDir }).keyAtStart();
  if (!key) throw new Error('this folder needs a passcode');
  return key;
}

export function openRaw(dataDir: string, file = join(dataDir, DATABASE_FILE)): Database.Database {
  return connect(file, { key: keyOf(dataDir) });
}
