// Schema step 4: commitments, their wordings over time, pauses, daily marks and the
// partner's acknowledgements. Every table is a shared record (UUIDv7 id, author, times);
// nothing is ever removed, only soft-deleted, so the history stays.

import type { Migration } from '../migrations.ts';

export const migration004: Migration = {
  version: 4,
  name: 'commitments',
  up(db) {
    db.exec(`
      CREATE TABLE commitments (
        id           TEXT PRIMARY KEY,
        author_id    TEXT NOT NULL REFERENCES partners (id),
        text         TEXT NOT NULL,
        -- {"kind":"daily"} or {"kind":"weekdays","days":[1,3,5]}
        schedule     TEXT NOT NULL,
        start_date   TEXT NOT NULL,
        review_date  TEXT,
        retired_on   TEXT,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
      ) STRICT;

      -- Every wording a commitment has had; the newest is the current one.
      CREATE TABLE commitment_versions (
        id              TEXT PRIMARY KEY,
        commitment_id   TEXT NOT NULL REFERENCES commitments (id),
        author_id       TEXT NOT NULL REFERENCES partners (id),
        text            TEXT NOT NULL,
        effective_date  TEXT NOT NULL,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX commitment_versions_by_commitment ON commitment_versions (commitment_id, id);

      CREATE TABLE commitment_pauses (
        id             TEXT PRIMARY KEY,
        commitment_id  TEXT NOT NULL REFERENCES commitments (id),
        author_id      TEXT NOT NULL REFERENCES partners (id),
        start_date     TEXT NOT NULL,
        end_date       TEXT NOT NULL CHECK (end_date >= start_date),
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        deleted_at     INTEGER
      ) STRICT;
      CREATE INDEX commitment_pauses_by_commitment ON commitment_pauses (commitment_id);

      -- One mark per commitment per local day (the author's day, where they were).
      CREATE TABLE commitment_marks (
        id             TEXT PRIMARY KEY,
        commitment_id  TEXT NOT NULL REFERENCES commitments (id),
        author_id      TEXT NOT NULL REFERENCES partners (id),
        local_date     TEXT NOT NULL,
        value          TEXT NOT NULL CHECK (value IN ('kept', 'not-kept', 'not-applicable')),
        time_zone      TEXT NOT NULL,
        marked_at      INTEGER NOT NULL,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        UNIQUE (commitment_id, local_date)
      ) STRICT;
      CREATE INDEX commitment_marks_by_date ON commitment_marks (local_date);

      -- "I noticed": the other partner's acknowledgement of a kept day.
      CREATE TABLE commitment_acks (
        id             TEXT PRIMARY KEY,
        mark_id        TEXT NOT NULL REFERENCES commitment_marks (id),
        commitment_id  TEXT NOT NULL REFERENCES commitments (id),
        local_date     TEXT NOT NULL,
        author_id      TEXT NOT NULL REFERENCES partners (id),
        text           TEXT NOT NULL DEFAULT '',
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        deleted_at     INTEGER,
        UNIQUE (mark_id, author_id)
      ) STRICT;
      CREATE INDEX commitment_acks_by_date ON commitment_acks (local_date);
    `);
  },
};
