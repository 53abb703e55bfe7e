// Commitments in SQLite: the commitment itself (with every wording it has had and its
// pauses), the author's daily marks and the partner's acknowledgements.
//
// Writes here don't open their own transactions: the handlers wrap each user action in one
// (together with the checks it rests on), so it commits or fails as a whole. Every write
// appends its change to the outbox. An acknowledgement belongs to the partner who wrote it:
// if the author later re-marks that day, the acknowledgement is kept but only shown while the
// day reads "kept".

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type {
  Commitment,
  CommitmentAck,
  CommitmentPauseRecord,
  CommitmentSchedule,
  CommitmentVersion,
  MarkValue,
} from '../../../shared/commitments.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { uuidv7 } from '../ids.ts';
import { recordChange } from '../stores/outbox.ts';
import { perDatabase } from '../stores/per-database.ts';

interface CommitmentRow {
  id: string;
  author_id: string;
  text: string;
  schedule: string;
  start_date: string;
  review_date: string | null;
  retired_on: string | null;
  created_at: number;
  updated_at: number;
}

interface VersionRow {
  id: string;
  commitment_id: string;
  text: string;
  effective_date: string;
  created_at: number;
}

interface PauseRow {
  id: string;
  commitment_id: string;
  start_date: string;
  end_date: string;
}

interface MarkRow {
  id: string;
  commitment_id: string;
  author_id: string;
  local_date: string;
  value: MarkValue;
  time_zone: string;
  marked_at: number;
  created_at: number;
  updated_at: number;
}

interface AckRow {
  id: string;
  mark_id: string;
  commitment_id: string;
  local_date: string;
  author_id: string;
  text: string;
  created_at: number;
  updated_at: number;
}

export interface StoredMark {
  id: string;
  commitmentId: string;
  authorId: string;
  localDate: LocalDate;
  value: MarkValue;
  timeZone: string;
  markedAt: number;
  createdAt: number;
  updatedAt: number;
}

export interface StoredAck extends CommitmentAck {
  markId: string;
  commitmentId: string;
  localDate: LocalDate;
}

const toMark = (row: MarkRow): StoredMark => ({
  id: row.id,
  commitmentId: row.commitment_id,
  authorId: row.author_id,
  localDate: row.local_date,
  value: row.value,
  timeZone: row.time_zone,
  markedAt: row.marked_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toAck = (row: AckRow): StoredAck => ({
  id: row.id,
  markId: row.mark_id,
  commitmentId: row.commitment_id,
  localDate: row.local_date,
  authorId: row.author_id,
  text: row.text,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function parseSchedule(json: string): CommitmentSchedule {
  const value = JSON.parse(json) as CommitmentSchedule;
  return value.kind === 'weekdays' ? { kind: 'weekdays', days: [...value.days] } : value;
}

function group<T extends { commitment_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.commitment_id);
    if (list) list.push(row);
    else map.set(row.commitment_id, [row]);
  }
  return map;
}

export function createCommitmentStore(db: Database) {
  const allCommitments = db.prepare<[], CommitmentRow>('SELECT * FROM commitments ORDER BY id');
  // Current ones in full, retired ones a page at a time (newest first), both by index
  // (migration 12): a list costs the same however many commitments the years have retired.
  const currentCommitments = db.prepare<[], CommitmentRow>(
    'SELECT * FROM commitments WHERE retired_on IS NULL ORDER BY id',
  );
  const retiredPage = db.prepare<[string, number], CommitmentRow>(
    'SELECT * FROM commitments WHERE retired_on IS NOT NULL AND id < ? ORDER BY id DESC LIMIT ?',
  );
  const retiredCount = db
    .prepare<[], number>('SELECT count(*) FROM commitments WHERE retired_on IS NOT NULL')
    .pluck();
  const oneCommitment = db.prepare<[string], CommitmentRow>(
    'SELECT * FROM commitments WHERE id = ?',
  );
  const allVersions = db.prepare<[], VersionRow>(
    'SELECT id, commitment_id, text, effective_date, created_at FROM commitment_versions ORDER BY id',
  );
  const versionsOf = db.prepare<[string], VersionRow>(
    `SELECT id, commitment_id, text, effective_date, created_at FROM commitment_versions
     WHERE commitment_id = ? ORDER BY id`,
  );
  const allPauses = db.prepare<[], PauseRow>(
    `SELECT id, commitment_id, start_date, end_date FROM commitment_pauses
     WHERE deleted_at IS NULL ORDER BY start_date`,
  );
  const pausesOf = db.prepare<[string], PauseRow>(
    `SELECT id, commitment_id, start_date, end_date FROM commitment_pauses
     WHERE commitment_id = ? AND deleted_at IS NULL ORDER BY start_date`,
  );
  const insertCommitment = db.prepare(
    `INSERT INTO commitments (id, author_id, text, schedule, start_date, review_date, retired_on,
       created_at, updated_at)
     VALUES (@id, @authorId, @text, @schedule, @startDate, @reviewDate, NULL, @now, @now)`,
  );
  const updateText = db.prepare('UPDATE commitments SET text = ?, updated_at = ? WHERE id = ?');
  const updateReview = db.prepare(
    'UPDATE commitments SET review_date = ?, updated_at = ? WHERE id = ?',
  );
  const updateRetired = db.prepare(
    'UPDATE commitments SET retired_on = ?, updated_at = ? WHERE id = ?',
  );
  const touch = db.prepare('UPDATE commitments SET updated_at = ? WHERE id = ?');
  const insertVersion = db.prepare(
    `INSERT INTO commitment_versions (id, commitment_id, author_id, text, effective_date,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPause = db.prepare(
    `INSERT INTO commitment_pauses (id, commitment_id, author_id, start_date, end_date,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const updatePauseEnd = db.prepare(
    'UPDATE commitment_pauses SET end_date = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  );
  const softDeletePause = db.prepare(
    `UPDATE commitment_pauses SET deleted_at = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  );
  const marksSince = db.prepare<[string], MarkRow>(
    'SELECT * FROM commitment_marks WHERE local_date >= ? ORDER BY local_date',
  );
  const markOn = db.prepare<[string, string], MarkRow>(
    'SELECT * FROM commitment_marks WHERE commitment_id = ? AND local_date = ?',
  );
  const marksOn = db.prepare<[string], MarkRow>(
    'SELECT * FROM commitment_marks WHERE local_date = ?',
  );
  const upsertMark = db.prepare(
    `INSERT INTO commitment_marks (id, commitment_id, author_id, local_date, value, time_zone,
       marked_at, created_at, updated_at)
     VALUES (@id, @commitmentId, @authorId, @localDate, @value, @timeZone, @now, @now, @now)
     ON CONFLICT (commitment_id, local_date) DO UPDATE SET value = excluded.value,
       time_zone = excluded.time_zone, marked_at = excluded.marked_at,
       updated_at = excluded.updated_at`,
  );
  const acksSince = db.prepare<[string], AckRow>(
    `SELECT id, mark_id, commitment_id, local_date, author_id, text, created_at, updated_at
     FROM commitment_acks WHERE local_date >= ? AND deleted_at IS NULL`,
  );
  const ackOf = db.prepare<[string], AckRow & { deleted_at: number | null }>(
    'SELECT * FROM commitment_acks WHERE mark_id = ?',
  );
  const upsertAck = db.prepare(
    `INSERT INTO commitment_acks (id, mark_id, commitment_id, local_date, author_id, text,
       created_at, updated_at)
     VALUES (@id, @markId, @commitmentId, @localDate, @authorId, @text, @now, @now)
     ON CONFLICT (mark_id, author_id) DO UPDATE SET text = excluded.text,
       updated_at = excluded.updated_at, deleted_at = NULL`,
  );

  function assemble(
    row: CommitmentRow,
    versions: readonly VersionRow[],
    pauses: readonly PauseRow[],
  ): Commitment {
    return {
      id: row.id,
      authorId: row.author_id,
      text: row.text,
      schedule: parseSchedule(row.schedule),
      startDate: row.start_date,
      reviewDate: row.review_date,
      retiredOn: row.retired_on,
      pauses: pauses.map((p): CommitmentPauseRecord => ({
        id: p.id,
        startDate: p.start_date,
        endDate: p.end_date,
      })),
      versions: versions.map((v): CommitmentVersion => ({
        id: v.id,
        text: v.text,
        effectiveDate: v.effective_date,
        createdAt: v.created_at,
      })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function get(id: string): Commitment | null {
    const row = oneCommitment.get(id);
    return row ? assemble(row, versionsOf.all(id), pausesOf.all(id)) : null;
  }

  /** The whole commitment travels in the outbox, wordings and pauses included. */
  function recordCommitment(id: string, authorId: string, now: number): Commitment {
    const commitment = get(id);
    if (!commitment) throw new Error('commitment vanished while saving');
    recordChange(db, {
      entity: 'commitment',
      entityId: id,
      op: 'upsert',
      authorId,
      payload: commitment,
      now,
    });
    return commitment;
  }

  return {
    all(): Commitment[] {
      const versions = group(allVersions.all());
      const pauses = group(allPauses.all());
      return allCommitments
        .all()
        .map((row) => assemble(row, versions.get(row.id) ?? [], pauses.get(row.id) ?? []));
    },
    /** The commitments not retired, oldest first. */
    current(): Commitment[] {
      return currentCommitments
        .all()
        .map((row) => assemble(row, versionsOf.all(row.id), pausesOf.all(row.id)));
    },
    /** Up to `limit` retired commitments created before `before` (an id), newest first. */
    retired(limit: number, before: string | null): Commitment[] {
      return retiredPage
        .all(before ?? '~', limit)
        .map((row) => assemble(row, versionsOf.all(row.id), pausesOf.all(row.id)));
    },
    retiredCount(): number {
      return retiredCount.get() ?? 0;
    },
    get,
    create(
      input: {
        authorId: string;
        text: string;
        schedule: CommitmentSchedule;
        startDate: LocalDate;
        reviewDate: LocalDate | null;
      },
      now: number,
    ): Commitment {
      const id = uuidv7(now);
      insertCommitment.run({ ...input, id, schedule: JSON.stringify(input.schedule), now });
      insertVersion.run(uuidv7(now), id, input.authorId, input.text, input.startDate, now, now);
      return recordCommitment(id, input.authorId, now);
    },
    /** New wording from `effectiveDate`; the earlier wording stays as a version. */
    reword(id: string, authorId: string, text: string, effectiveDate: LocalDate, now: number) {
      updateText.run(text, now, id);
      insertVersion.run(uuidv7(now), id, authorId, text, effectiveDate, now, now);
      return recordCommitment(id, authorId, now);
    },
    setReviewDate(id: string, authorId: string, reviewDate: LocalDate | null, now: number) {
      updateReview.run(reviewDate, now, id);
      return recordCommitment(id, authorId, now);
    },
    retire(id: string, authorId: string, retiredOn: LocalDate, now: number) {
      updateRetired.run(retiredOn, now, id);
      return recordCommitment(id, authorId, now);
    },
    addPause(id: string, authorId: string, startDate: LocalDate, endDate: LocalDate, now: number) {
      insertPause.run(uuidv7(now), id, authorId, startDate, endDate, now, now);
      touch.run(now, id);
      return recordCommitment(id, authorId, now);
    },
    /** Ends a pause early (it stays in the record up to `endDate`). */
    shortenPause(id: string, pauseId: string, authorId: string, endDate: LocalDate, now: number) {
      updatePauseEnd.run(endDate, now, pauseId);
      touch.run(now, id);
      return recordCommitment(id, authorId, now);
    },
    /** Cancels a pause that never took effect: soft-deleted, and the change is recorded. */
    cancelPause(id: string, pauseId: string, authorId: string, now: number) {
      softDeletePause.run(now, now, pauseId);
      touch.run(now, id);
      return recordCommitment(id, authorId, now);
    },
    marksSince(date: LocalDate): StoredMark[] {
      return marksSince.all(date).map(toMark);
    },
    marksOn(date: LocalDate): StoredMark[] {
      return marksOn.all(date).map(toMark);
    },
    markOn(commitmentId: string, date: LocalDate): StoredMark | null {
      const row = markOn.get(commitmentId, date);
      return row ? toMark(row) : null;
    },
    saveMark(
      input: {
        commitmentId: string;
        authorId: string;
        localDate: LocalDate;
        value: MarkValue;
        timeZone: string;
      },
      now: number,
    ): StoredMark {
      upsertMark.run({ ...input, id: uuidv7(now), now });
      const row = markOn.get(input.commitmentId, input.localDate);
      if (!row) throw new Error('mark vanished while saving');
      const mark = toMark(row);
      recordChange(db, {
        entity: 'commitment-mark',
        entityId: mark.id,
        op: 'upsert',
        authorId: input.authorId,
        payload: mark,
        now,
      });
      return mark;
    },
    acksSince(date: LocalDate): StoredAck[] {
      return acksSince.all(date).map(toAck);
    },
    ackOf(markId: string): StoredAck | null {
      const row = ackOf.get(markId);
      return row && row.deleted_at === null ? toAck(row) : null;
    },
    saveAck(
      input: {
        markId: string;
        commitmentId: string;
        localDate: LocalDate;
        authorId: string;
        text: string;
      },
      now: number,
    ): StoredAck {
      upsertAck.run({ ...input, id: uuidv7(now), now });
      const row = ackOf.get(input.markId);
      if (!row) throw new Error('acknowledgement vanished while saving');
      const ack = toAck(row);
      recordChange(db, {
        entity: 'commitment-ack',
        entityId: ack.id,
        op: 'upsert',
        authorId: input.authorId,
        payload: ack,
        now,
      });
      return ack;
    },
  };
}

export type CommitmentStore = ReturnType<typeof createCommitmentStore>;

export const commitmentStoreFor = perDatabase(createCommitmentStore);
