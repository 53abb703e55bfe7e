// A number that grows with every committed change to shared records, read in O(1): the
// outbox's AUTOINCREMENT counter (never reused, even after deletes) plus the newest of the
// partner's changes applied here. Unlike a date it can't be fooled by a clock that jumped,
// so it says which of two copies of the data holds the later work.

import type { Database } from 'better-sqlite3-multiple-ciphers';

export function changeMark(db: Database): number {
  const outbox = db
    .prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'")
    .pluck()
    .get() as number | undefined;
  const applied = hasTable(db, 'sync_applied')
    ? (db.prepare('SELECT max(rowid) FROM sync_applied').pluck().get() as number | null)
    : null;
  return (outbox ?? 0) + (applied ?? 0);
}

function hasTable(db: Database, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}
