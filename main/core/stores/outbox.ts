// Every local change to a shared record is appended here in the same transaction as the
// change itself: the outbox that partner sync will ship to the other computer.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { uuidv7 } from '../ids.ts';
import { hasSyncSchema, tickHlc } from '../sync/hlc.ts';

export interface ChangeInput {
  entity:
    | 'partner'
    | 'checkin'
    | 'pause'
    | 'note'
    | 'note-state'
    | 'commitment'
    | 'commitment-mark'
    | 'commitment-ack';
  entityId: string;
  op: 'upsert' | 'delete';
  authorId: string;
  payload: unknown;
  now: number;
}

export function recordChange(db: Database, change: ChangeInput): void {
  const id = uuidv7(change.now);
  const payload = JSON.stringify(change.payload);
  if (!hasSyncSchema(db)) {
    db.prepare(
      `INSERT INTO changes (id, entity, entity_id, op, author_id, payload, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, change.entity, change.entityId, change.op, change.authorId, payload, change.now);
    return;
  }
  // Partner sync: stamp a hybrid logical clock, and note this as the record's newest change.
  const hlc = tickHlc(db, change.now);
  db.prepare(
    `INSERT INTO changes (id, entity, entity_id, op, author_id, payload, created_at, hlc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, change.entity, change.entityId, change.op, change.authorId, payload, change.now, hlc);
  db.prepare(
    `INSERT INTO sync_records (entity, entity_id, hlc, change_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET hlc = excluded.hlc,
       change_id = excluded.change_id`,
  ).run(change.entity, change.entityId, hlc, id);
}

export interface ChangeRow {
  seq: number;
  id: string;
  entity: string;
  entity_id: string;
  op: string;
  author_id: string;
  payload: string;
  created_at: number;
}

export function listChanges(db: Database): ChangeRow[] {
  return db.prepare('SELECT * FROM changes ORDER BY seq').all() as ChangeRow[];
}
