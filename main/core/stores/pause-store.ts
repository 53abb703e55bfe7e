// Planned pauses (travel, illness): date ranges that neither break a run nor count as missed.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Pause } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { uuidv7 } from '../ids.ts';
import { recordChange } from './outbox.ts';

interface PauseRow {
  id: string;
  author_id: string;
  start_date: string;
  end_date: string;
  reason: string;
  created_at: number;
  added_on: string | null;
}

const toPause = (row: PauseRow): Pause => ({
  id: row.id,
  authorId: row.author_id,
  startDate: row.start_date,
  endDate: row.end_date,
  reason: row.reason,
  createdAt: row.created_at,
  addedOn: row.added_on,
});

export function createPauseStore(db: Database) {
  const active = db.prepare<[], PauseRow>(
    'SELECT * FROM pauses WHERE deleted_at IS NULL ORDER BY start_date',
  );
  const overlapping = db.prepare<[string, string], PauseRow>(
    `SELECT * FROM pauses WHERE deleted_at IS NULL AND end_date >= ? AND start_date <= ?
     ORDER BY start_date`,
  );
  const addedSince = db.prepare<[string], PauseRow>(
    'SELECT * FROM pauses WHERE deleted_at IS NULL AND added_on >= ? ORDER BY start_date',
  );
  const insert = db.prepare(
    `INSERT INTO pauses (id, author_id, start_date, end_date, reason, created_at, updated_at,
       added_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[string], PauseRow>(
    'SELECT * FROM pauses WHERE id = ? AND deleted_at IS NULL',
  );
  const softDelete = db.prepare(
    'UPDATE pauses SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  );

  return {
    list(): Pause[] {
      return active.all().map(toPause);
    },
    /** Pauses touching the days `from` … `to` (inclusive), by start. */
    overlapping(from: LocalDate, to: LocalDate): Pause[] {
      return overlapping.all(from, to).map(toPause);
    },
    /** Pauses added on `day` or later (older rows, with no day noted, never). */
    addedSince(day: LocalDate): Pause[] {
      return addedSince.all(day).map(toPause);
    },
    get(id: string): Pause | null {
      const row = byId.get(id);
      return row ? toPause(row) : null;
    },
    add(
      input: {
        authorId: string;
        startDate: LocalDate;
        endDate: LocalDate;
        reason: string;
        addedOn: LocalDate;
      },
      now: number,
    ): Pause {
      return db.transaction(() => {
        const id = uuidv7(now);
        const { authorId, startDate, endDate, reason, addedOn } = input;
        insert.run(id, authorId, startDate, endDate, reason, now, now, addedOn);
        const pause: Pause = { id, ...input, createdAt: now };
        recordChange(db, {
          entity: 'pause',
          entityId: id,
          op: 'upsert',
          authorId: input.authorId,
          payload: pause,
          now,
        });
        return pause;
      })();
    },
    /** A removal is a recorded change (the outbox carries it), not a silent row delete. */
    remove(id: string, authorId: string, now: number): boolean {
      return db.transaction(() => {
        const removed = softDelete.run(now, now, id).changes > 0;
        if (removed) {
          recordChange(db, {
            entity: 'pause',
            entityId: id,
            op: 'delete',
            authorId,
            payload: { id },
            now,
          });
        }
        return removed;
      })();
    },
  };
}

export type PauseStore = ReturnType<typeof createPauseStore>;
