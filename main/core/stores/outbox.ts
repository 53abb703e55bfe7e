// Every local change to a shared record is appended here in the same transaction as the
// change itself: the outbox that partner sync will ship to the other computer.

import type { Database } from 'better-sqlite3';
import { uuidv7 } from '../ids.ts';

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
  db.prepare(
    `INSERT INTO changes (id, entity, entity_id, op, author_id, payload, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    uuidv7(change.now),
    change.entity,
    change.entityId,
    change.op,
    change.authorId,
    JSON.stringify(change.payload),
    change.now,
  );
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
