// Applies one of the partner's changes to this computer's tables. Each record is owned by its
// author, so a change replaces the record's row wholesale (last writer by clock wins; the
// caller has already checked the clock). A change whose parent record hasn't arrived yet (a
// mark before its commitment, a read mark before its note) is deferred and retried later.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createQuestionApplier, QUESTION_ENTITIES } from '../questions/question-apply.ts';
import { isLocalDate, isValidTimeZone } from '../../../shared/local-day.ts';
import { isDayEndHour } from '../../../shared/partner-day.ts';

export interface WireChange {
  id: string;
  entity: string;
  entityId: string;
  op: 'upsert' | 'delete';
  authorId: string;
  payload: unknown;
  createdAt: number;
  hlc: string;
}

export type ApplyOutcome = 'applied' | 'deferred' | 'invalid';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string): string | null => (typeof o[k] === 'string' ? o[k] : null);
const num = (o: Obj, k: string): number | null =>
  typeof o[k] === 'number' && Number.isFinite(o[k]) ? o[k] : null;

export function createApplier(db: Database, now: () => number = () => 0) {
  const applyQuestion = createQuestionApplier(db, now);
  const exists = (table: string) =>
    db.prepare<[string], { one: number }>(`SELECT 1 AS one FROM ${table} WHERE id = ?`);
  const partnerExists = exists('partners');
  const noteExists = exists('notes');
  const commitmentExists = exists('commitments');
  const markExists = exists('commitment_marks');

  const renamePartner = db.prepare('UPDATE partners SET name = ?, updated_at = ? WHERE id = ?');

  const checkinClash = db.prepare<[string, string, string], { id: string }>(
    'SELECT id FROM checkins WHERE author_id = ? AND local_date = ? AND id <> ?',
  );
  const deleteCheckin = db.prepare('DELETE FROM checkins WHERE id = ?');
  const upsertCheckin = db.prepare(
    `INSERT INTO checkins (id, author_id, local_date, time_zone, checked_in_at, mood, closeness,
       settled, note, shared, created_at, updated_at)
     VALUES (@id, @authorId, @localDate, @timeZone, @checkedInAt, @mood, @closeness, @settled,
       @note, @shared, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET local_date = excluded.local_date,
       time_zone = excluded.time_zone, checked_in_at = excluded.checked_in_at,
       mood = excluded.mood, closeness = excluded.closeness, settled = excluded.settled,
       note = excluded.note, shared = excluded.shared, updated_at = excluded.updated_at`,
  );

  const upsertPause = db.prepare(
    `INSERT INTO pauses (id, author_id, start_date, end_date, reason, created_at, updated_at,
       added_on)
     VALUES (@id, @authorId, @startDate, @endDate, @reason, @createdAt, @createdAt, @addedOn)
     ON CONFLICT (id) DO UPDATE SET start_date = excluded.start_date,
       end_date = excluded.end_date, reason = excluded.reason, added_on = excluded.added_on,
       deleted_at = NULL`,
  );
  const setPartnerDay = db.prepare(
    'UPDATE partners SET time_zone = ?, day_ends_at = ?, updated_at = ? WHERE id = ?',
  );
  const deletePause = db.prepare(
    'UPDATE pauses SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  );
  const pauseExists = exists('pauses');

  const upsertNote = db.prepare(
    `INSERT INTO notes (id, author_id, recipient_id, body, time_zone, created_at, updated_at)
     VALUES (@id, @authorId, @recipientId, @text, @timeZone, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, time_zone = excluded.time_zone,
       updated_at = excluded.updated_at
     WHERE notes.deleted_at IS NULL`,
  );
  const deleteNote = db.prepare(
    `UPDATE notes SET body = '', deleted_at = @at, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );

  const upsertNoteState = db.prepare(
    `INSERT INTO note_states (id, note_id, author_id, read_at, favourite, created_at, updated_at)
     VALUES (@id, @noteId, @authorId, @readAt, @favourite, @createdAt, @updatedAt)
     ON CONFLICT (note_id) DO UPDATE SET id = excluded.id, author_id = excluded.author_id,
       read_at = excluded.read_at, favourite = excluded.favourite,
       updated_at = excluded.updated_at`,
  );

  const upsertCommitment = db.prepare(
    `INSERT INTO commitments (id, author_id, text, schedule, start_date, review_date, retired_on,
       created_at, updated_at)
     VALUES (@id, @authorId, @text, @schedule, @startDate, @reviewDate, @retiredOn, @createdAt,
       @updatedAt)
     ON CONFLICT (id) DO UPDATE SET text = excluded.text, schedule = excluded.schedule,
       start_date = excluded.start_date, review_date = excluded.review_date,
       retired_on = excluded.retired_on, updated_at = excluded.updated_at`,
  );
  const upsertVersion = db.prepare(
    `INSERT INTO commitment_versions (id, commitment_id, author_id, text, effective_date,
       created_at, updated_at)
     VALUES (@id, @commitmentId, @authorId, @text, @effectiveDate, @createdAt, @createdAt)
     ON CONFLICT (id) DO NOTHING`,
  );
  const upsertCommitmentPause = db.prepare(
    `INSERT INTO commitment_pauses (id, commitment_id, author_id, start_date, end_date,
       created_at, updated_at)
     VALUES (@id, @commitmentId, @authorId, @startDate, @endDate, @now, @now)
     ON CONFLICT (id) DO UPDATE SET start_date = excluded.start_date,
       end_date = excluded.end_date, deleted_at = NULL,
       updated_at = excluded.updated_at
     WHERE commitment_pauses.start_date <> excluded.start_date
        OR commitment_pauses.end_date <> excluded.end_date
        OR commitment_pauses.deleted_at IS NOT NULL`,
  );
  const livePausesOf = db.prepare<[string], { id: string }>(
    'SELECT id FROM commitment_pauses WHERE commitment_id = ? AND deleted_at IS NULL',
  );
  const cancelCommitmentPause = db.prepare(
    'UPDATE commitment_pauses SET deleted_at = ?, updated_at = ? WHERE id = ?',
  );

  const upsertMark = db.prepare(
    `INSERT INTO commitment_marks (id, commitment_id, author_id, local_date, value, time_zone,
       marked_at, created_at, updated_at)
     VALUES (@id, @commitmentId, @authorId, @localDate, @value, @timeZone, @markedAt, @createdAt,
       @updatedAt)
     ON CONFLICT (commitment_id, local_date) DO UPDATE SET value = excluded.value,
       time_zone = excluded.time_zone, marked_at = excluded.marked_at,
       updated_at = excluded.updated_at`,
  );
  const upsertAck = db.prepare(
    `INSERT INTO commitment_acks (id, mark_id, commitment_id, local_date, author_id, text,
       created_at, updated_at)
     VALUES (@id, @markId, @commitmentId, @localDate, @authorId, @text, @createdAt, @updatedAt)
     ON CONFLICT (mark_id, author_id) DO UPDATE SET text = excluded.text,
       updated_at = excluded.updated_at, deleted_at = NULL`,
  );

  function applyPartner(p: Obj, at: number): ApplyOutcome {
    const id = str(p, 'id');
    const name = str(p, 'name');
    if (id === null || name === null) return 'invalid';
    renamePartner.run(name, at, id);
    return 'applied';
  }

  function applyCheckin(p: Obj): ApplyOutcome {
    const row = {
      id: str(p, 'id'),
      authorId: str(p, 'authorId'),
      localDate: str(p, 'localDate'),
      timeZone: str(p, 'timeZone'),
      checkedInAt: num(p, 'checkedInAt'),
      mood: num(p, 'mood'),
      closeness: num(p, 'closeness'),
      settled: num(p, 'settled'),
      note: str(p, 'note') ?? '',
      shared: str(p, 'shared') ?? '',
      createdAt: num(p, 'createdAt'),
      updatedAt: num(p, 'updatedAt'),
    };
    if (Object.values(row).some((v) => v === null)) return 'invalid';
    if (!row.authorId || !partnerExists.get(row.authorId)) return 'deferred';
    // The same person checked in for the same day on two of their computers: the later
    // change (this one, the caller made sure) replaces the other.
    const clash = checkinClash.get(row.authorId, row.localDate ?? '', row.id ?? '');
    if (clash) deleteCheckin.run(clash.id);
    upsertCheckin.run(row);
    return 'applied';
  }

  function applyPause(c: WireChange, p: Obj, at: number): ApplyOutcome {
    const id = str(p, 'id') ?? c.entityId;
    if (c.op === 'delete') {
      // Never seen here: nothing to remove; the clock record keeps an older copy out.
      if (!pauseExists.get(id)) return 'applied';
      deletePause.run(at, at, id);
      return 'applied';
    }
    const row = {
      id,
      authorId: str(p, 'authorId'),
      startDate: str(p, 'startDate'),
      endDate: str(p, 'endDate'),
      reason: str(p, 'reason') ?? '',
      createdAt: num(p, 'createdAt'),
    };
    if (Object.values(row).some((v) => v === null)) return 'invalid';
    const addedOn = str(p, 'addedOn');
    upsertPause.run({ ...row, addedOn: addedOn !== null && isLocalDate(addedOn) ? addedOn : null });
    return 'applied';
  }

  /** Only a partner speaks for their own day: their zone and when their day ends. */
  function applyPartnerDay(c: WireChange, p: Obj, at: number): ApplyOutcome {
    const partnerId = str(p, 'partnerId') ?? c.entityId;
    const timeZone = str(p, 'timeZone');
    const dayEndsAt = p.dayEndsAt;
    if (partnerId !== c.authorId || !isValidTimeZone(timeZone) || !isDayEndHour(dayEndsAt)) {
      return 'invalid';
    }
    setPartnerDay.run(timeZone, dayEndsAt, at, partnerId);
    return 'applied';
  }

  function applyNote(c: WireChange, p: Obj): ApplyOutcome {
    const id = str(p, 'id') ?? c.entityId;
    if (c.op === 'delete') {
      // A note taken back before it ever arrived: the clock record keeps its words out.
      if (!noteExists.get(id)) return 'applied';
      deleteNote.run({ id, at: num(p, 'deletedAt') ?? c.createdAt });
      return 'applied';
    }
    const row = {
      id,
      authorId: str(p, 'authorId'),
      recipientId: str(p, 'recipientId'),
      text: str(p, 'text'),
      timeZone: str(p, 'timeZone'),
      createdAt: num(p, 'createdAt'),
      updatedAt: num(p, 'updatedAt'),
    };
    if (Object.values(row).some((v) => v === null) || row.text === '') return 'invalid';
    upsertNote.run(row);
    return 'applied';
  }

  function applyNoteState(p: Obj): ApplyOutcome {
    const favourite = p.favourite;
    const row = {
      id: str(p, 'id'),
      noteId: str(p, 'noteId'),
      authorId: str(p, 'authorId'),
      readAt: num(p, 'readAt'),
      favourite: favourite === true ? 1 : 0,
      createdAt: num(p, 'createdAt'),
      updatedAt: num(p, 'updatedAt'),
    };
    if ([row.id, row.noteId, row.authorId, row.createdAt, row.updatedAt].includes(null)) {
      return 'invalid';
    }
    if (!row.noteId || !noteExists.get(row.noteId)) return 'deferred';
    upsertNoteState.run(row);
    return 'applied';
  }

  function applyCommitment(p: Obj, at: number): ApplyOutcome {
    const row = {
      id: str(p, 'id'),
      authorId: str(p, 'authorId'),
      text: str(p, 'text'),
      schedule: isObj(p.schedule) ? JSON.stringify(p.schedule) : null,
      startDate: str(p, 'startDate'),
      reviewDate: str(p, 'reviewDate'),
      retiredOn: str(p, 'retiredOn'),
      createdAt: num(p, 'createdAt'),
      updatedAt: num(p, 'updatedAt'),
    };
    const required = [row.id, row.authorId, row.text, row.schedule, row.startDate];
    if (required.includes(null) || row.createdAt === null || row.updatedAt === null) {
      return 'invalid';
    }
    const versions = Array.isArray(p.versions) ? p.versions.filter(isObj) : [];
    const pauses = Array.isArray(p.pauses) ? p.pauses.filter(isObj) : [];
    const id = row.id ?? '';
    upsertCommitment.run(row);
    for (const v of versions) {
      const version = {
        id: str(v, 'id'),
        commitmentId: id,
        authorId: row.authorId,
        text: str(v, 'text'),
        effectiveDate: str(v, 'effectiveDate'),
        createdAt: num(v, 'createdAt'),
      };
      if (Object.values(version).some((x) => x === null)) continue;
      upsertVersion.run(version);
    }
    const kept = new Set<string>();
    for (const q of pauses) {
      const pause = {
        id: str(q, 'id'),
        commitmentId: id,
        authorId: row.authorId,
        startDate: str(q, 'startDate'),
        endDate: str(q, 'endDate'),
        now: at,
      };
      if (Object.values(pause).some((x) => x === null)) continue;
      kept.add(pause.id ?? '');
      upsertCommitmentPause.run(pause);
    }
    // A pause missing from the commitment's latest state was cancelled.
    for (const live of livePausesOf.all(id)) {
      if (!kept.has(live.id)) cancelCommitmentPause.run(at, at, live.id);
    }
    return 'applied';
  }

  function applyMark(p: Obj): ApplyOutcome {
    const row = {
      id: str(p, 'id'),
      commitmentId: str(p, 'commitmentId'),
      authorId: str(p, 'authorId'),
      localDate: str(p, 'localDate'),
      value: str(p, 'value'),
      timeZone: str(p, 'timeZone'),
      markedAt: num(p, 'markedAt'),
      createdAt: num(p, 'createdAt'),
      updatedAt: num(p, 'updatedAt'),
    };
    if (Object.values(row).some((v) => v === null)) return 'invalid';
    if (!['kept', 'not-kept', 'not-applicable'].includes(row.value ?? '')) return 'invalid';
    if (!row.commitmentId || !commitmentExists.get(row.commitmentId)) return 'deferred';
    upsertMark.run(row);
    return 'applied';
  }

  function applyAck(p: Obj): ApplyOutcome {
    const row = {
      id: str(p, 'id'),
      markId: str(p, 'markId'),
      commitmentId: str(p, 'commitmentId'),
      localDate: str(p, 'localDate'),
      authorId: str(p, 'authorId'),
      text: str(p, 'text') ?? '',
      createdAt: num(p, 'createdAt'),
      updatedAt: num(p, 'updatedAt'),
    };
    if (Object.values(row).some((v) => v === null)) return 'invalid';
    if (!row.markId || !markExists.get(row.markId)) return 'deferred';
    if (!row.commitmentId || !commitmentExists.get(row.commitmentId)) return 'deferred';
    upsertAck.run(row);
    return 'applied';
  }

  /** Applies one change; the caller runs it inside a transaction. */
  return function apply(change: WireChange): ApplyOutcome {
    // Times written come from the change itself, so both computers store the same row.
    const at = change.createdAt;
    const p = change.payload;
    if (!isObj(p)) return 'invalid';
    // Every record's author must be one of the two partners this computer knows.
    if (!partnerExists.get(change.authorId)) return 'deferred';
    switch (change.entity) {
      case 'partner':
        return applyPartner(p, at);
      case 'partner-day':
        return applyPartnerDay(change, p, at);
      case 'checkin':
        return applyCheckin(p);
      case 'pause':
        return applyPause(change, p, at);
      case 'note':
        return applyNote(change, p);
      case 'note-state':
        return applyNoteState(p);
      case 'commitment':
        return applyCommitment(p, at);
      case 'commitment-mark':
        return applyMark(p);
      case 'commitment-ack':
        return applyAck(p);
      default:
        if ((QUESTION_ENTITIES as readonly string[]).includes(change.entity)) {
          return applyQuestion(change.entity, change.authorId, p);
        }
        // A record kind from a newer Nuzzle: kept for later, not applied half-understood.
        return 'deferred';
    }
  };
}

export type Applier = ReturnType<typeof createApplier>;
