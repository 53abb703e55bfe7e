// Check-ins: one per partner per local day, upserted while the day lasts.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Checkin, Score } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import type { CheckinMark } from '../../../shared/record.ts';
import { uuidv7 } from '../ids.ts';
import { recordChange } from './outbox.ts';

interface CheckinRow {
  id: string;
  author_id: string;
  local_date: string;
  time_zone: string;
  checked_in_at: number;
  mood: number;
  closeness: number;
  settled: number;
  note: string;
  shared: string;
  created_at: number;
  updated_at: number;
}

function toCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    authorId: row.author_id,
    localDate: row.local_date,
    timeZone: row.time_zone,
    checkedInAt: row.checked_in_at,
    mood: row.mood as Score,
    closeness: row.closeness as Score,
    settled: row.settled as Score,
    note: row.note,
    shared: row.shared,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface CheckinInput {
  authorId: string;
  localDate: LocalDate;
  timeZone: string;
  mood: Score;
  closeness: Score;
  settled: Score;
  note: string;
  shared: string;
}

export function createCheckinStore(db: Database) {
  const byAuthorDate = db.prepare<[string, string], CheckinRow>(
    'SELECT * FROM checkins WHERE author_id = ? AND local_date = ?',
  );
  const exists = db
    .prepare<[string, string], number>(
      'SELECT 1 FROM checkins WHERE author_id = ? AND local_date = ?',
    )
    .pluck();
  const byDate = db.prepare<[string], CheckinRow>('SELECT * FROM checkins WHERE local_date = ?');
  // A new day's row, or today's row edited in place (its id, zone, creation time and first
  // instant kept). Looked up first rather than one upsert `RETURNING *`: SQLite buffers
  // returned rows, which cost more than the lookup and the write together.
  const insert = db.prepare<[CheckinRow]>(
    `INSERT INTO checkins (id, author_id, local_date, time_zone, checked_in_at, mood, closeness,
       settled, note, shared, created_at, updated_at)
     VALUES (@id, @author_id, @local_date, @time_zone, @checked_in_at, @mood, @closeness,
       @settled, @note, @shared, @created_at, @updated_at)`,
  );
  const edit = db.prepare<[number, number, number, string, string, number, string]>(
    `UPDATE checkins SET mood = ?, closeness = ?, settled = ?, note = ?, shared = ?,
       updated_at = ? WHERE id = ?`,
  );
  const authorsOn = db
    .prepare<[string], string>('SELECT author_id FROM checkins WHERE local_date = ?')
    .pluck();
  // The record reads marks by day range (checkins_by_date), so a read looks at the windows a
  // screen shows — not at every check-in since the first.
  const marksBetween = db
    .prepare<[string, string], [string, string, number]>(
      'SELECT author_id, local_date, settled FROM checkins WHERE local_date BETWEEN ? AND ?',
    )
    .raw(true);

  // The row and its outbox change in one transaction, wrapped once (not per save).
  const saveTransaction = db.transaction((input: CheckinInput, now: number): Checkin => {
    const first = byAuthorDate.get(input.authorId, input.localDate);
    const row: CheckinRow = {
      id: first?.id ?? uuidv7(now),
      author_id: input.authorId,
      local_date: input.localDate,
      time_zone: first?.time_zone ?? input.timeZone,
      checked_in_at: first?.checked_in_at ?? now,
      mood: input.mood,
      closeness: input.closeness,
      settled: input.settled,
      note: input.note,
      shared: input.shared,
      created_at: first?.created_at ?? now,
      updated_at: now,
    };
    if (first) {
      edit.run(row.mood, row.closeness, row.settled, row.note, row.shared, now, row.id);
    } else {
      insert.run(row);
    }
    const checkin = toCheckin(row);
    recordChange(db, {
      entity: 'checkin',
      entityId: checkin.id,
      op: 'upsert',
      authorId: input.authorId,
      payload: checkin,
      now,
    });
    return checkin;
  });

  return {
    /** Saves today's check-in for a partner; a second save that day edits the first. */
    save(input: CheckinInput, now: number): Checkin {
      return saveTransaction(input, now);
    },
    get(authorId: string, localDate: LocalDate): Checkin | null {
      const row = byAuthorDate.get(authorId, localDate);
      return row ? toCheckin(row) : null;
    },
    /** Whether a partner checked in on a day (the reminder asks this after every change). */
    has(authorId: string, localDate: LocalDate): boolean {
      return exists.get(authorId, localDate) !== undefined;
    },
    /** Who checked in on a day (ids only: the reminder asks this after every change). */
    authorsOn(localDate: LocalDate): string[] {
      return authorsOn.all(localDate);
    },
    onDate(localDate: LocalDate): Checkin[] {
      return byDate.all(localDate).map(toCheckin);
    },
    /**
     * Kept for the callers that replace rows underneath (sync, restore, import): nothing here
     * is cached any more — the record reader watches the tables itself.
     */
    invalidate(): void {},
    /** The compact form the record math needs, for the days `from` … `to` (inclusive). */
    marks(from: LocalDate, to: LocalDate): CheckinMark[] {
      return marksBetween
        .all(from, to)
        .map(([partnerId, localDate, settled]) => ({ partnerId, localDate, settled }));
    },
  };
}

export type CheckinStore = ReturnType<typeof createCheckinStore>;
