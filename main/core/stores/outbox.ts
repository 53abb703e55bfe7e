// Every local change to a shared record is appended here in the same transaction as the
// change itself: the outbox that partner sync will ship to the other computer.

import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { uuidv7 } from '../ids.ts';
import { hasSyncSchema, tickHlc } from '../sync/hlc.ts';
import { perDatabase } from './per-database.ts';

export interface ChangeInput {
  entity:
    | 'partner'
    | 'partner-day'
    | 'checkin'
    | 'pause'
    | 'note'
    | 'note-state'
    | 'commitment'
    | 'commitment-mark'
    | 'commitment-ack'
    | 'question-answer'
    | 'question-key'
    | 'question-skip'
    | 'question-reaction';
  entityId: string;
  op: 'upsert' | 'delete';
  authorId: string;
  payload: unknown;
  now: number;
}

// Every save appends here: the statements are prepared once per database, not per change.
const statementsFor = perDatabase((db) => ({
  insert: db.prepare(
    `INSERT INTO changes (id, entity, entity_id, op, author_id, payload, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  // Made on first use: the column exists only once migration 6 has run.
  synced: null as null | Statement,
}));

function syncedInsert(db: Database): Statement {
  const statements = statementsFor(db);
  statements.synced ??= db.prepare(
    `INSERT INTO changes (id, entity, entity_id, op, author_id, payload, created_at, hlc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return statements.synced;
}

export function recordChange(db: Database, change: ChangeInput): void {
  const id = uuidv7(change.now);
  const payload = JSON.stringify(change.payload);
  if (!hasSyncSchema(db)) {
    statementsFor(db).insert.run(
      id,
      change.entity,
      change.entityId,
      change.op,
      change.authorId,
      payload,
      change.now,
    );
    return;
  }
  // Partner sync: stamp a hybrid logical clock. The record's newest-change stamp is folded in
  // from here when sync next needs it (sync/record-stamps.ts).
  syncedInsert(db).run(
    id,
    change.entity,
    change.entityId,
    change.op,
    change.authorId,
    payload,
    change.now,
    tickHlc(db, change.now),
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
