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
  // Made on first use: these columns and tables exist only once migration 6 has run.
  synced: null as null | { insert: Statement; newest: Statement },
}));

function syncedStatements(db: Database): { insert: Statement; newest: Statement } {
  const statements = statementsFor(db);
  statements.synced ??= {
    insert: db.prepare(
      `INSERT INTO changes (id, entity, entity_id, op, author_id, payload, created_at, hlc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    newest: db.prepare(
      `INSERT INTO sync_records (entity, entity_id, hlc, change_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (entity, entity_id) DO UPDATE SET hlc = excluded.hlc,
         change_id = excluded.change_id`,
    ),
  };
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
  // Partner sync: stamp a hybrid logical clock, and note this as the record's newest change.
  const hlc = tickHlc(db, change.now);
  const synced = syncedStatements(db);
  synced.insert.run(
    id,
    change.entity,
    change.entityId,
    change.op,
    change.authorId,
    payload,
    change.now,
    hlc,
  );
  synced.newest.run(change.entity, change.entityId, hlc, id);
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
