// Schema step 9: the record for couples in two zones, night owls and travellers.
//
// - `partners.time_zone`: the zone this partner's day is counted in (their last known zone;
//   for the partner on another computer it arrives by sync). Seeded from each partner's
//   latest check-in, so nothing recorded changes meaning.
// - `partners.day_ends_at`: "My day ends at", 0 (midnight) … 4 (4 am).
// - `pauses.added_on`: the author's day when the pause was added, so one that covers days
//   already past is shown to both partners as added afterwards. Unknown (NULL) for older ones.
// - A one-time note for History: the score's scale changed (only when there is a record).

import type { Migration } from '../migrations.ts';

export const migration009: Migration = {
  version: 9,
  name: 'partner days, day end and pauses added afterwards',
  up(db) {
    db.exec(`
      ALTER TABLE partners ADD COLUMN time_zone TEXT;
      ALTER TABLE partners ADD COLUMN day_ends_at INTEGER NOT NULL DEFAULT 0
        CHECK (day_ends_at BETWEEN 0 AND 4);
      ALTER TABLE pauses ADD COLUMN added_on TEXT;

      UPDATE partners SET time_zone = (
        SELECT c.time_zone FROM checkins c WHERE c.author_id = partners.id
        ORDER BY c.checked_in_at DESC LIMIT 1
      );

      INSERT INTO settings (key, value, updated_at)
        SELECT 'recordScaleNotice', 'true', 0 WHERE EXISTS (SELECT 1 FROM checkins)
        ON CONFLICT (key) DO NOTHING;
    `);
  },
};
