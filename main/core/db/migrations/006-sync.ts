// Schema step 6: partner sync.
//
// - `changes.hlc`: the hybrid logical clock stamped on each local change (outbox.ts), so the
//   later of two edits to one record wins the same way on every computer.
// - `sync_hlc`: this computer's clock state (one row).
// - `sync_records`: the newest change (by clock, then change id) applied to each record, local
//   or received; an older change arriving late is then recognised and skipped.
// - `sync_applied`: the partner's changes already applied here (by change id): idempotence.
// - `sync_segments`: the partner's segment files fully applied (by path and size).
// None of these are shared records; they are this computer's bookkeeping.

import type { Migration } from '../migrations.ts';

export const migration006: Migration = {
  version: 6,
  name: 'partner sync',
  up(db) {
    db.exec(`
      ALTER TABLE changes ADD COLUMN hlc TEXT;

      CREATE TABLE sync_hlc (
        name     TEXT PRIMARY KEY NOT NULL CHECK (name = 'clock'),
        wall     INTEGER NOT NULL,
        logical  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sync_records (
        entity     TEXT NOT NULL,
        entity_id  TEXT NOT NULL,
        hlc        TEXT NOT NULL,
        change_id  TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
      ) STRICT;

      CREATE TABLE sync_applied (
        change_id   TEXT PRIMARY KEY NOT NULL,
        applied_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sync_segments (
        file        TEXT PRIMARY KEY NOT NULL,
        size        INTEGER NOT NULL,
        applied_at  INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
