// Folding the WAL back into the database file happens on a turn after changes, never
// inside a save's commit. SQLite's own automatic checkpoint runs in whichever commit finds
// the WAL past a thousand pages: that save then waits while the pages are copied and the
// file is synced — on a slow disk, far longer than the save itself.
//
// The WAL file is reused from its start after a checkpoint (writing inside space the file
// already has keeps each sync cheap: growing a file makes the disk record its new size too),
// and `journal_size_limit` (open-database.ts) cuts it back to the mark when it starts over.
// So the file grows past the mark only once that much is waiting to be folded: its size is
// the signal. It is looked at every few dozen turns with changes, not every one: a stat of
// the WAL between two commits made the next synced commit measurably slower (bench/save.ts),
// and a few dozen saves are a few hundred pages. SQLite's own checkpoint stays as a net, ten
// times further out, should this one ever fail to run.

import { statSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';

/** About a thousand 4 KB pages (where SQLite would checkpoint on its own); the WAL's size. */
export const CHECKPOINT_AT_BYTES = 4 * 1024 * 1024;
/** SQLite's own checkpoint, in pages: only if ours has not run. */
export const AUTOCHECKPOINT_NET_PAGES = 10_000;

/** Turns with changes between two looks at the WAL's size. */
export const LOOK_EVERY_TURNS = 32;

const turnsSinceLook = new WeakMap<Database.Database, number>();

/** After committed changes: folds the WAL into the file once it has grown past the mark. */
export function checkpointWhenDue(db: Database.Database, file: string): void {
  // Inside a transaction nothing can be folded yet; the change that ends it comes back here.
  if (db.inTransaction) return;
  const turns = (turnsSinceLook.get(db) ?? 0) + 1;
  turnsSinceLook.set(db, turns % LOOK_EVERY_TURNS);
  if (turns < LOOK_EVERY_TURNS) return;
  let size: number;
  try {
    size = statSync(`${file}-wal`).size;
  } catch {
    return; // no WAL yet
  }
  if (size > CHECKPOINT_AT_BYTES) db.pragma('wal_checkpoint(PASSIVE)');
}
