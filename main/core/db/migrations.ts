// Schema migrations: numbered steps keyed on PRAGMA user_version. Each step and its version
// bump commit in one transaction, so a crash mid-migration leaves the previous version intact.
// Never edit a shipped step; add a new one.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { migration003 } from './migrations/003-notes.ts';
import { migration004 } from './migrations/004-commitments.ts';
import { migration005 } from './migrations/005-guides.ts';
import { migration006 } from './migrations/006-sync.ts';
import { migration008 } from './migrations/008-sync-trust.ts';
import { migration009 } from './migrations/009-record.ts';
import { migration010 } from './migrations/010-questions.ts';
import { migration012 } from './migrations/012-record-ledger.ts';
import { migration013 } from './migrations/013-lean-outbox.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'partners, local settings and the change outbox',
    up(db) {
      db.exec(`
        CREATE TABLE partners (
          id          TEXT PRIMARY KEY,
          role        TEXT NOT NULL UNIQUE CHECK (role IN ('me', 'partner')),
          name        TEXT NOT NULL,
          author_id   TEXT NOT NULL,
          created_at  INTEGER NOT NULL,
          updated_at  INTEGER NOT NULL
        ) STRICT;

        -- Settings that belong to this computer only (never synced).
        CREATE TABLE settings (
          key         TEXT PRIMARY KEY,
          value       TEXT NOT NULL,
          updated_at  INTEGER NOT NULL
        ) STRICT;

        -- The outbox: every local change to a shared record, in order, for partner sync.
        CREATE TABLE changes (
          seq         INTEGER PRIMARY KEY AUTOINCREMENT,
          id          TEXT NOT NULL UNIQUE,
          entity      TEXT NOT NULL,
          entity_id   TEXT NOT NULL,
          op          TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
          author_id   TEXT NOT NULL,
          payload     TEXT NOT NULL,
          created_at  INTEGER NOT NULL,
          shipped_at  INTEGER
        ) STRICT;
        CREATE INDEX changes_unshipped ON changes (seq) WHERE shipped_at IS NULL;
      `);
    },
  },
  {
    version: 2,
    name: 'check-ins and planned pauses',
    up(db) {
      db.exec(`
        CREATE TABLE checkins (
          id             TEXT PRIMARY KEY,
          author_id      TEXT NOT NULL REFERENCES partners (id),
          local_date     TEXT NOT NULL,
          time_zone      TEXT NOT NULL,
          checked_in_at  INTEGER NOT NULL,
          mood           INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
          closeness      INTEGER NOT NULL CHECK (closeness BETWEEN 1 AND 5),
          settled        INTEGER NOT NULL CHECK (settled BETWEEN 1 AND 5),
          note           TEXT NOT NULL DEFAULT '',
          shared         TEXT NOT NULL DEFAULT '',
          created_at     INTEGER NOT NULL,
          updated_at     INTEGER NOT NULL,
          UNIQUE (author_id, local_date)
        ) STRICT;
        CREATE INDEX checkins_by_date ON checkins (local_date);

        CREATE TABLE pauses (
          id          TEXT PRIMARY KEY,
          author_id   TEXT NOT NULL REFERENCES partners (id),
          start_date  TEXT NOT NULL,
          end_date    TEXT NOT NULL CHECK (end_date >= start_date),
          reason      TEXT NOT NULL DEFAULT '',
          created_at  INTEGER NOT NULL,
          updated_at  INTEGER NOT NULL,
          deleted_at  INTEGER
        ) STRICT;
      `);
    },
  },
  migration003,
  migration004,
  migration005,
  migration006,
  migration008,
  migration009,
  migration010,
  migration012,
  migration013,
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

export function currentVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Brings the schema up to `LATEST_VERSION`; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  const steps = () => {
    for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
      if (step.version <= currentVersion(db)) continue;
      db.transaction(() => {
        step.up(db);
        // PRAGMA user_version is written in the same transaction as the step.
        db.pragma(`user_version = ${String(step.version)}`);
      })();
      applied.push(step.version);
    }
  };
  // A new file takes every step in one transaction: one commit (one fsync) instead of one
  // per step, which was most of a first start; interrupted, it is simply still new. A file
  // with data keeps a commit per step, so an upgrade cut short keeps the steps it finished.
  if (currentVersion(db) === 0) db.transaction(steps)();
  else steps();
  return applied;
}
