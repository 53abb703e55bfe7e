// `sync_records` holds each record's newest change here — local or the partner's — so a
// received change can be judged against it. Local changes are folded in when that is about to
// matter (before shipping, before applying), not at every save: a save then writes one row
// and page fewer, and nothing reads the stamps in between.
//
// The fold reads the outbox upward from a floor kept in memory (everything at or below it is
// folded) and only ever moves a stamp forward, so folding a change twice — after a restart,
// a restore or an import, which give old changes new numbers — changes nothing. A connection
// starts its floor at the shipped floor, since shipping folds first.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { perDatabase } from '../stores/per-database.ts';
import { shippedFloor } from './shipped-floor.ts';

interface LocalStamp {
  seq: number;
  entity: string;
  entity_id: string;
  hlc: string;
  id: string;
}

const folds = perDatabase((db) => ({
  floor: null as number | null,
  since: db.prepare<[number], LocalStamp>(
    `SELECT seq, entity, entity_id, hlc, id FROM changes
     WHERE seq > ? AND hlc IS NOT NULL ORDER BY seq`,
  ),
  moveForward: db.prepare(
    `INSERT INTO sync_records (entity, entity_id, hlc, change_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET hlc = excluded.hlc,
       change_id = excluded.change_id
     WHERE excluded.hlc > sync_records.hlc
       OR (excluded.hlc = sync_records.hlc AND excluded.change_id > sync_records.change_id)`,
  ),
}));

/**
 * Folds every local change not yet in `sync_records` into it. Its own transaction (never
 * inside another, which could still roll back under a floor already moved).
 */
export function foldLocalChanges(db: Database): void {
  if (db.inTransaction) throw new Error('local changes are folded outside any transaction');
  const fold = folds(db);
  const from = fold.floor ?? shippedFloor(db);
  const rows = fold.since.all(from);
  const last = rows.at(-1);
  if (last) {
    db.transaction(() => {
      for (const r of rows) fold.moveForward.run(r.entity, r.entity_id, r.hlc, r.id);
    })();
  }
  fold.floor = last?.seq ?? from;
}
