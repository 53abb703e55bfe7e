// Folding the WAL back into the database file happens on the turn after a change, never
// inside a save's commit. SQLite's own automatic checkpoint runs in whichever commit finds
// the WAL past a thousand pages: that save then waits while the pages are copied and the
// file is synced — on a slow disk, far longer than the save itself.
//
// `journal_size_limit = 0` (open-database.ts) empties the WAL file whenever it starts over
// after a checkpoint, so its size is what is waiting to be folded. SQLite's own checkpoint
// stays as a net, ten times further out, should this one ever fail to run.

import { statSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';

/** About a thousand 4 KB pages: where SQLite would checkpoint on its own. */
export const CHECKPOINT_AT_BYTES = 4 * 1024 * 1024;
/** SQLite's own checkpoint, in pages: only if ours has not run. */
export const AUTOCHECKPOINT_NET_PAGES = 10_000;

/** After committed changes: folds the WAL into the file once it has grown past the mark. */
export function checkpointWhenDue(db: Database.Database, file: string): void {
  // Inside a transaction nothing can be folded yet; the change that ends it comes back here.
  if (db.inTransaction) return;
  let size: number;
  try {
    size = statSync(`${file}-wal`).size;
  } catch {
    return; // no WAL yet
  }
  if (size >= CHECKPOINT_AT_BYTES) db.pragma('wal_checkpoint(PASSIVE)');
}
