// Which of the outbox's changes are still to ship, without an index written at every save.
//
// The floor is a change number at or below which every change is shipped. The outbox's `seq`
// is AUTOINCREMENT — never reused, even after deletes — so everything written later (a save,
// an import, a restore) lands above it, and unshipped changes are read upward from there by
// row number. Only one thing moves changes back below it, marking them all unshipped for a
// new pairing, and that goes through `forgetShipped` here. The floor lives in memory: a new
// connection finds it once, with one pass to the first unshipped change.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { perDatabase } from '../stores/per-database.ts';

const floors = perDatabase((db) => ({
  known: null as number | null,
  firstUnshipped: db
    .prepare<[], number | null>('SELECT min(seq) FROM changes WHERE shipped_at IS NULL')
    .pluck(),
  newest: db.prepare<[], number | null>('SELECT max(seq) FROM changes').pluck(),
  unshipAll: db.prepare('UPDATE changes SET shipped_at = NULL WHERE shipped_at IS NOT NULL'),
}));

/** The change number at or below which every change has shipped. */
export function shippedFloor(db: Database): number {
  const f = floors(db);
  if (f.known === null) {
    const first = f.firstUnshipped.get();
    f.known = first != null ? first - 1 : (f.newest.get() ?? 0);
  }
  return f.known;
}

/** Every change up to `seq` has now shipped (called in order, after marking them). */
export function raiseShippedFloor(db: Database, seq: number): void {
  const f = floors(db);
  f.known = Math.max(f.known ?? 0, seq);
}

/** Marks every change unshipped (a new pairing sends the whole history). */
export function forgetShipped(db: Database): void {
  const f = floors(db);
  f.unshipAll.run();
  f.known = 0;
}
