// Schema step 5: guide reading progress and apology drafts. Both belong to this computer and
// are never synced (no outbox): what someone reads, and an apology they are still shaping,
// stay theirs until they choose to say it.

import type { Migration } from '../migrations.ts';

export const migration005: Migration = {
  version: 5,
  name: 'guide reading progress and apology drafts',
  up(db) {
    db.exec(`
      -- One row per partner and guide they have opened.
      CREATE TABLE guide_progress (
        id            TEXT PRIMARY KEY,
        author_id     TEXT NOT NULL REFERENCES partners (id),
        slug          TEXT NOT NULL,
        section_id    TEXT NOT NULL DEFAULT '',
        last_read_at  INTEGER NOT NULL,
        finished_at   INTEGER,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        UNIQUE (author_id, slug)
      ) STRICT;

      -- A deleted draft keeps its row (deleted_at) but its words are erased.
      CREATE TABLE apology_drafts (
        id          TEXT PRIMARY KEY,
        author_id   TEXT NOT NULL REFERENCES partners (id),
        happened    TEXT NOT NULL DEFAULT '',
        wrong       TEXT NOT NULL DEFAULT '',
        harm        TEXT NOT NULL DEFAULT '',
        different   TEXT NOT NULL DEFAULT '',
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        deleted_at  INTEGER
      ) STRICT;
      CREATE INDEX apology_drafts_live ON apology_drafts (author_id, updated_at)
        WHERE deleted_at IS NULL;
    `);
  },
};
