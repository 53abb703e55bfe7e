// A number that grows with every committed change to shared records, read in O(1): the
// outbox's AUTOINCREMENT counter (never reused, even after deletes) plus the newest of the
// partner's changes applied here. Unlike a date it can't be fooled by a clock that jumped,
// so it says which of two copies of the data holds the later work.

import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

interface MarkReads {
  outbox: Statement | null;
  applied: Statement | null;
}

// Read after every change: the statements are made once per connection (and looked for again
// only while a table they need doesn't exist yet).
const reads = new WeakMap<Database, MarkReads>();

function readsOf(db: Database): MarkReads {
  const known = reads.get(db) ?? { outbox: null, applied: null };
  if (!known.outbox && hasTable(db, 'sqlite_sequence')) {
    known.outbox = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").pluck();
  }
  if (!known.applied && hasTable(db, 'sync_applied')) {
    known.applied = db.prepare('SELECT max(rowid) FROM sync_applied').pluck();
  }
  reads.set(db, known);
  return known;
}

export function changeMark(db: Database): number {
  const { outbox, applied } = readsOf(db);
  const seq = outbox?.get() as number | undefined;
  const last = applied?.get() as number | null | undefined;
  return (seq ?? 0) + (last ?? 0);
}

function hasTable(db: Database, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}
