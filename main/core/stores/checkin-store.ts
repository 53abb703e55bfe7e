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
  const byDate = db.prepare<[string], CheckinRow>('SELECT * FROM checkins WHERE local_date = ?');
  // One statement saves and reads back: a new day's row, or today's row edited in place (its
  // id, creation time and first instant kept).
  const upsert = db.prepare<CheckinInput & { id: string; now: number }, CheckinRow>(
    `INSERT INTO checkins (id, author_id, local_date, time_zone, checked_in_at, mood, closeness,
       settled, note, shared, created_at, updated_at)
     VALUES (@id, @authorId, @localDate, @timeZone, @now, @mood, @closeness, @settled, @note,
       @shared, @now, @now)
     ON CONFLICT (author_id, local_date) DO UPDATE SET mood = excluded.mood,
       closeness = excluded.closeness, settled = excluded.settled, note = excluded.note,
       shared = excluded.shared, updated_at = excluded.updated_at
     RETURNING *`,
  );
  const authorsOn = db
    .prepare<[string], string>('SELECT author_id FROM checkins WHERE local_date = ?')
    .pluck();
  const marks = db
    .prepare<[], [string, string, number]>('SELECT author_id, local_date, settled FROM checkins')
    .raw(true);
  // Every screen's record is computed from these marks; years of them are cached in memory and
  // dropped on each write, so Today and History don't re-read thousands of rows per call.
  let cachedMarks: CheckinMark[] | null = null;

  return {
    /** Saves today's check-in for a partner; a second save that day edits the first. */
    save(input: CheckinInput, now: number): Checkin {
      return db.transaction(() => {
        const saved = upsert.get({ ...input, id: uuidv7(now), now });
        if (!saved) throw new Error('check-in vanished after save');
        const checkin = toCheckin(saved);
        cachedMarks = null;
        recordChange(db, {
          entity: 'checkin',
          entityId: checkin.id,
          op: 'upsert',
          authorId: input.authorId,
          payload: checkin,
          now,
        });
        return checkin;
      })();
    },
    get(authorId: string, localDate: LocalDate): Checkin | null {
      const row = byAuthorDate.get(authorId, localDate);
      return row ? toCheckin(row) : null;
    },
    /** Who checked in on a day (ids only: the reminder asks this after every change). */
    authorsOn(localDate: LocalDate): string[] {
      return authorsOn.all(localDate);
    },
    onDate(localDate: LocalDate): Checkin[] {
      return byDate.all(localDate).map(toCheckin);
    },
    /** Drop the cached marks after a restore, import or delete replaced rows underneath. */
    invalidate(): void {
      cachedMarks = null;
    },
    /** The compact form the record math needs: who checked in on which day, how settled. */
    marks(): readonly CheckinMark[] {
      cachedMarks ??= marks
        .all()
        .map(([partnerId, localDate, settled]) => ({ partnerId, localDate, settled }));
      return cachedMarks;
    },
  };
}

export type CheckinStore = ReturnType<typeof createCheckinStore>;
