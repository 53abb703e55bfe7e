// What sits where the database should be, judged from the file system and the first 100
// bytes alone — nothing is opened, so nothing can be changed by looking. An encrypted
// database has no readable header (the cipher encrypts it too), so it is 'not-sqlite' here
// exactly like a stray non-database file: only opening it with the key tells them apart.

import { closeSync, openSync, readSync, statSync } from 'node:fs';

export type FileKind =
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'sqlite'; applicationId: number; userVersion: number };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export function inspectDatabaseFile(file: string): FileKind {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { kind: 'directory' };
    if (!stat.isFile()) return { kind: 'not-sqlite' };
    size = stat.size;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (size === 0) return { kind: 'empty' };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { kind: 'not-sqlite' };
  }
  return {
    kind: 'sqlite',
    userVersion: header.readInt32BE(60),
    applicationId: header.readInt32BE(68),
  };
}
