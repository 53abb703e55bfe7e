// Schema step 3: appreciation notes.
//
// - `notes` are shared records written by one partner to the other. Deleting one is a soft
//   delete (deleted_at, recorded in the outbox); its words are wiped from the row.
// - `note_states` are the recipient's own marks on a note (read, favourite): a separate shared
//   record, authored by the recipient, so the two partners never edit the same row.
// - `note_drafts` belong to this computer only: never synced, never in the outbox.

import type { Migration } from '../migrations.ts';

export const migration003: Migration = {
  version: 3,
  name: 'appreciation notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id            TEXT PRIMARY KEY,
        author_id     TEXT NOT NULL REFERENCES partners (id),
        recipient_id  TEXT NOT NULL REFERENCES partners (id),
        body          TEXT NOT NULL,
        time_zone     TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        deleted_at    INTEGER,
        CHECK (author_id <> recipient_id),
        CHECK (deleted_at IS NOT NULL OR length(body) > 0)
      ) STRICT;
      CREATE INDEX notes_by_recipient ON notes (recipient_id, created_at)
        WHERE deleted_at IS NULL;
      CREATE INDEX notes_by_author ON notes (author_id, created_at)
        WHERE deleted_at IS NULL;

      CREATE TABLE note_states (
        id          TEXT PRIMARY KEY,
        note_id     TEXT NOT NULL UNIQUE REFERENCES notes (id),
        author_id   TEXT NOT NULL REFERENCES partners (id),
        read_at     INTEGER,
        favourite   INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE note_drafts (
        author_id   TEXT PRIMARY KEY REFERENCES partners (id),
        body        TEXT NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
