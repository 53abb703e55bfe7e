// Whether what sits at the database's path belongs to someone else: a folder, or another
// app's SQLite file (a different application_id, or an unstamped file whose tables aren't
// Nuzzle's). Judged from the header, and for unstamped files from a read-only look at the
// schema, so nothing is written.

import type Database from 'better-sqlite3-multiple-ciphers';
import { connect } from './connect.ts';
import { hasAnyTable, hasNuzzleSchema, NUZZLE_APPLICATION_ID } from './application-id.ts';
import type { FileKind } from './file-kind.ts';

export type ForeignReason = 'folder' | 'other-app';

export function foreignReason(
  kind: FileKind,
  file: string,
  nativeBinding?: string,
): ForeignReason | null {
  if (kind.kind === 'directory') return 'folder';
  if (kind.kind !== 'sqlite') return null;
  if (kind.applicationId === NUZZLE_APPLICATION_ID) return null;
  if (kind.applicationId !== 0) return 'other-app';
  let db: Database.Database | null = null;
  try {
    // A file with the plain header is read without a key: nothing of ours is in it yet.
    db = connect(file, {
      key: null,
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    // An older Nuzzle's file, or a new empty one: ours. Tables of any other shape: not ours.
    return hasNuzzleSchema(db) || !hasAnyTable(db) ? null : 'other-app';
  } catch {
    return null; // unreadable: the damage checks that follow decide
  } finally {
    db?.close();
  }
}
