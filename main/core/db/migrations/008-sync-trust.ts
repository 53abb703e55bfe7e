// Schema step 8: partner sync you can trust.
//
// - `sync_inbox`: the partner's newest change to each record, as received (sealed content,
//   not folder names, says who wrote it). Changes wait here until their parent record has
//   arrived, and a computer replacing the partner's old one is sent its history from here.
//   Only the newest change per record is kept, so a taken-back note's words don't linger.
// - `sync_segments.device`: which computer sealed a file, so this computer can find and
//   compact its own files wherever a sync tool put them ("x 2" folders, swaps).

import type { Migration } from '../migrations.ts';

export const migration008: Migration = {
  version: 8,
  name: 'partner sync: inbox and file authors',
  up(db) {
    db.exec(`
      CREATE TABLE sync_inbox (
        entity      TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        change_id   TEXT NOT NULL,
        hlc         TEXT NOT NULL,
        author_id   TEXT NOT NULL,
        wire        TEXT NOT NULL,
        applied     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity, entity_id)
      ) STRICT;
      CREATE INDEX sync_inbox_pending ON sync_inbox (hlc) WHERE applied = 0;

      ALTER TABLE sync_segments ADD COLUMN device TEXT;
      CREATE INDEX sync_segments_by_device ON sync_segments (device);

      -- Compaction keeps only each record's newest change in the outbox.
      CREATE INDEX changes_by_record ON changes (entity, entity_id, seq);
    `);
  },
};
