// Schema step 13: an outbox that costs one row per change, not four.
//
// Every save appends a change, and each index on `changes` is one more page written (and
// encrypted) at every commit. Two of them served rare work, and now go:
// - `changes_unshipped`: shipping keeps a floor in memory instead (everything at or below
//   it is shipped; `seq` only grows, so whatever is written later sits above it), and reads
//   upward from there by row number (sync/ship.ts);
// - `changes_by_record`: compaction finds each record's newest change with one grouped pass
//   over the outbox, which it reads whole anyway.

import type { Migration } from '../migrations.ts';

export const migration013: Migration = {
  version: 13,
  name: 'a lean outbox',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS changes_unshipped;
      DROP INDEX IF EXISTS changes_by_record;
    `);
  },
};
