// Schema step 12: the record's ledger, so a read costs the same after forty years as after one
// (and the indexes that keep pauses and commitments lists flat).
//
// `record_ledger` holds the record folded day by day (run, longest run, kept days, score,
// first day) up to `through_date`, a day over for both partners and older than every window a
// screen shows. Reads fold only the days after it. It is derived data: never exported,
// imported or restored (backup/data-tables.ts), and dropped by these triggers whenever a row
// it summarises changes — whoever writes it (a save, sync, import, restore, a rejoin's
// re-keying, "delete all", another connection) — so it is rebuilt from the rows on the next
// read and can never disagree with them. Writes to days after it (every ordinary save) leave
// it alone.

import type { Migration } from '../migrations.ts';

const THROUGH = '(SELECT through_date FROM record_ledger)';

export const migration012: Migration = {
  version: 12,
  name: 'the record ledger and flat lists',
  up(db) {
    db.exec(`
      CREATE TABLE record_ledger (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        partner_a     TEXT NOT NULL,
        partner_b     TEXT NOT NULL,
        through_date  TEXT NOT NULL,
        first_date    TEXT,
        run           INTEGER NOT NULL,
        longest_run   INTEGER NOT NULL,
        total_kept    INTEGER NOT NULL,
        score         REAL NOT NULL
      ) STRICT;

      CREATE TRIGGER record_ledger_checkin_insert AFTER INSERT ON checkins
        WHEN NEW.local_date <= ${THROUGH}
        BEGIN DELETE FROM record_ledger; END;
      CREATE TRIGGER record_ledger_checkin_update AFTER UPDATE OF author_id, local_date ON checkins
        WHEN OLD.local_date <= ${THROUGH} OR NEW.local_date <= ${THROUGH}
        BEGIN DELETE FROM record_ledger; END;
      CREATE TRIGGER record_ledger_checkin_delete AFTER DELETE ON checkins
        WHEN OLD.local_date <= ${THROUGH}
        BEGIN DELETE FROM record_ledger; END;

      CREATE TRIGGER record_ledger_pause_insert AFTER INSERT ON pauses
        WHEN NEW.start_date <= ${THROUGH}
        BEGIN DELETE FROM record_ledger; END;
      CREATE TRIGGER record_ledger_pause_update
        AFTER UPDATE OF start_date, end_date, deleted_at ON pauses
        WHEN OLD.start_date <= ${THROUGH} OR NEW.start_date <= ${THROUGH}
        BEGIN DELETE FROM record_ledger; END;
      CREATE TRIGGER record_ledger_pause_delete AFTER DELETE ON pauses
        WHEN OLD.start_date <= ${THROUGH}
        BEGIN DELETE FROM record_ledger; END;

      -- The windows' reads: pauses by their end (check-ins already have checkins_by_date).
      CREATE INDEX pauses_by_end ON pauses (end_date) WHERE deleted_at IS NULL;
      -- Commitments listed as current ones plus a page of retired ones.
      CREATE INDEX commitments_current ON commitments (id) WHERE retired_on IS NULL;
      CREATE INDEX commitments_retired ON commitments (id) WHERE retired_on IS NOT NULL;
    `);
  },
};
