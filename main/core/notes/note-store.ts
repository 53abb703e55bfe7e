// Appreciation notes in SQLite: the notes themselves (the author's record), the recipient's
// marks on them (read, favourite: the recipient's record), and this computer's drafts.
// Every change to a note or a mark goes to the outbox in the same transaction; drafts never do.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { localDateOf, isValidTimeZone } from '../../../shared/local-day.ts';
import type { Note, NoteDraft, NoteFacts, ReceivedNote } from '../../../shared/notes.ts';
import { uuidv7 } from '../ids.ts';
import { recordChange } from '../stores/outbox.ts';
import { perDatabase } from '../stores/per-database.ts';
import { watchTables } from '../stores/table-watch.ts';

interface NoteRow {
  id: string;
  author_id: string;
  recipient_id: string;
  body: string;
  time_zone: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

interface ReceivedRow extends NoteRow {
  read_at: number | null;
  favourite: number | null;
}

interface StateRow {
  id: string;
  note_id: string;
  author_id: string;
  read_at: number | null;
  favourite: number;
  created_at: number;
  updated_at: number;
}

interface FactRow {
  author_id: string;
  recipient_id: string;
  created_at: number;
  time_zone: string;
}

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  authorId: row.author_id,
  recipientId: row.recipient_id,
  text: row.body,
  timeZone: row.time_zone,
  writtenOn: localDateOf(row.created_at, isValidTimeZone(row.time_zone) ? row.time_zone : 'UTC'),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toReceived = (row: ReceivedRow): ReceivedNote => ({
  ...toNote(row),
  read: row.read_at !== null,
  favourite: row.favourite === 1,
});

const toFacts = (row: FactRow): NoteFacts => ({
  authorId: row.author_id,
  recipientId: row.recipient_id,
  createdAt: row.created_at,
  timeZone: row.time_zone,
});

/** Notes can sit a day away from their author's local date; read this much either side. */
const ZONE_SLACK_MS = 2 * 86_400_000;

export interface NewNote {
  authorId: string;
  recipientId: string;
  text: string;
  timeZone: string;
}

export type InboxFilter = 'all' | 'favourites';

export function createNoteStore(db: Database) {
  const insertNote = db.prepare(
    `INSERT INTO notes (id, author_id, recipient_id, body, time_zone, created_at, updated_at)
     VALUES (@id, @authorId, @recipientId, @text, @timeZone, @now, @now)`,
  );
  const liveById = db.prepare<[string], NoteRow>(
    'SELECT * FROM notes WHERE id = ? AND deleted_at IS NULL',
  );
  const anyById = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE id = ?');
  const receivedById = db.prepare<[string], ReceivedRow>(
    `SELECT n.*, s.read_at, s.favourite FROM notes n
     LEFT JOIN note_states s ON s.note_id = n.id
     WHERE n.id = ? AND n.deleted_at IS NULL`,
  );
  const inboxAll = db.prepare<[string, number, number], ReceivedRow>(
    `SELECT n.*, s.read_at, s.favourite FROM notes n
     LEFT JOIN note_states s ON s.note_id = n.id
     WHERE n.recipient_id = ? AND n.deleted_at IS NULL
     ORDER BY n.created_at DESC, n.id DESC LIMIT ? OFFSET ?`,
  );
  const inboxFavourites = db.prepare<[string, number, number], ReceivedRow>(
    `SELECT n.*, s.read_at, s.favourite FROM notes n
     JOIN note_states s ON s.note_id = n.id AND s.favourite = 1
     WHERE n.recipient_id = ? AND n.deleted_at IS NULL
     ORDER BY n.created_at DESC, n.id DESC LIMIT ? OFFSET ?`,
  );
  const inboxCounts = db.prepare<
    [string],
    { total: number; unread: number | null; favourites: number | null }
  >(
    `SELECT count(*) AS total,
       sum(CASE WHEN s.read_at IS NULL THEN 1 ELSE 0 END) AS unread,
       sum(CASE WHEN s.favourite = 1 THEN 1 ELSE 0 END) AS favourites
     FROM notes n LEFT JOIN note_states s ON s.note_id = n.id
     WHERE n.recipient_id = ? AND n.deleted_at IS NULL`,
  );
  const sentList = db.prepare<[string, number, number], NoteRow>(
    `SELECT * FROM notes WHERE author_id = ? AND deleted_at IS NULL
     ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
  );
  const sentCount = db.prepare<[string], { total: number }>(
    'SELECT count(*) AS total FROM notes WHERE author_id = ? AND deleted_at IS NULL',
  );
  // Two indexed halves (by author, by recipient) rather than one OR, which scans every note.
  const factsSince = db.prepare<[string, number, string, number, string], FactRow>(
    `SELECT author_id, recipient_id, created_at, time_zone FROM notes
     WHERE author_id = ? AND deleted_at IS NULL AND created_at >= ?
     UNION ALL
     SELECT author_id, recipient_id, created_at, time_zone FROM notes
     WHERE recipient_id = ? AND deleted_at IS NULL AND created_at >= ? AND author_id <> ?`,
  );
  // Counting every note is the one read that grows with the years: counts are kept until a
  // note or its state changes, whoever writes (sync, import, restore).
  const watch = watchTables(db, ['notes', 'note_states']);
  let countsStamp: number | null = null;
  const counted = new Map<string, { total: number; unread: number; favourites: number }>();
  const sentCounted = new Map<string, number>();
  function freshCounts(): boolean {
    const stamp = watch.stamp();
    if (stamp !== countsStamp) {
      counted.clear();
      sentCounted.clear();
      countsStamp = stamp;
    }
    return stamp !== null;
  }
  const latestWritten = db.prepare<[string], { latest: number | null }>(
    'SELECT max(created_at) AS latest FROM notes WHERE author_id = ? AND deleted_at IS NULL',
  );
  const writtenSince = db.prepare<[string, number], FactRow>(
    `SELECT author_id, recipient_id, created_at, time_zone FROM notes
     WHERE author_id = ? AND deleted_at IS NULL AND created_at >= ?`,
  );
  const softDelete = db.prepare(
    `UPDATE notes SET body = '', deleted_at = @now, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const stateByNote = db.prepare<[string], StateRow>('SELECT * FROM note_states WHERE note_id = ?');
  const upsertState = db.prepare(
    `INSERT INTO note_states (id, note_id, author_id, read_at, favourite, created_at, updated_at)
     VALUES (@id, @noteId, @authorId, @readAt, @favourite, @now, @now)
     ON CONFLICT (note_id) DO UPDATE SET read_at = excluded.read_at,
       favourite = excluded.favourite, author_id = excluded.author_id,
       updated_at = excluded.updated_at`,
  );
  const draftByAuthor = db.prepare<[string], { body: string; updated_at: number }>(
    'SELECT body, updated_at FROM note_drafts WHERE author_id = ?',
  );
  const upsertDraft = db.prepare(
    `INSERT INTO note_drafts (author_id, body, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (author_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );
  // Drafts are this computer's scratch paper, not shared records: clearing one is no change
  // anyone else needs to hear about.
  const clearDraft = db.prepare('DELETE FROM note_drafts WHERE author_id = ?');

  /** Writes the recipient's marks on a note; a no-op (no outbox noise) when nothing changes. */
  function setState(
    noteId: string,
    readerId: string,
    change: { read?: boolean; favourite?: boolean },
    now: number,
  ): void {
    db.transaction(() => {
      const existing = stateByNote.get(noteId);
      const wasRead = existing !== undefined && existing.read_at !== null;
      const wasFavourite = existing?.favourite === 1;
      const read = change.read ?? wasRead;
      const favourite = change.favourite ?? wasFavourite;
      if (read === wasRead && favourite === wasFavourite) return;
      const state = {
        id: existing?.id ?? uuidv7(now),
        noteId,
        authorId: readerId,
        readAt: read ? (existing?.read_at ?? now) : null,
        favourite: favourite ? 1 : 0,
        now,
      };
      upsertState.run(state);
      recordChange(db, {
        entity: 'note-state',
        entityId: state.id,
        op: 'upsert',
        authorId: readerId,
        payload: {
          id: state.id,
          noteId,
          authorId: readerId,
          readAt: state.readAt,
          favourite,
          createdAt: existing?.created_at ?? now,
          updatedAt: now,
        },
        now,
      });
    })();
  }

  return {
    /** Stores a note, records it in the outbox and clears the author's draft, all at once. */
    send(input: NewNote, now: number): Note {
      return db.transaction(() => {
        const id = uuidv7(now);
        insertNote.run({ ...input, id, now });
        const row = liveById.get(id);
        if (!row) throw new Error('note vanished after save');
        const note = toNote(row);
        recordChange(db, {
          entity: 'note',
          entityId: id,
          op: 'upsert',
          authorId: input.authorId,
          payload: {
            id,
            authorId: note.authorId,
            recipientId: note.recipientId,
            text: note.text,
            timeZone: note.timeZone,
            createdAt: note.createdAt,
            updatedAt: note.updatedAt,
          },
          now,
        });
        clearDraft.run(input.authorId);
        return note;
      })();
    },

    /** A note that hasn't been deleted, or null. */
    get(id: string): Note | null {
      const row = liveById.get(id);
      return row ? toNote(row) : null;
    },

    /** Whether a note with this id was ever stored (even if deleted since). */
    existed(id: string): boolean {
      return anyById.get(id) !== undefined;
    },

    received(id: string): ReceivedNote | null {
      const row = receivedById.get(id);
      return row ? toReceived(row) : null;
    },

    /**
     * The author takes a note back: the row stays (deleted_at) with its words wiped, and the
     * deletion is a recorded change. False when it was already gone.
     */
    remove(id: string, authorId: string, now: number): boolean {
      return db.transaction(() => {
        const removed = softDelete.run({ id, now }).changes > 0;
        if (removed) {
          recordChange(db, {
            entity: 'note',
            entityId: id,
            op: 'delete',
            authorId,
            payload: { id, deletedAt: now },
            now,
          });
        }
        return removed;
      })();
    },

    setState,

    inbox(recipientId: string, filter: InboxFilter, limit: number, offset = 0): ReceivedNote[] {
      const query = filter === 'favourites' ? inboxFavourites : inboxAll;
      return query.all(recipientId, limit, offset).map(toReceived);
    },

    inboxCounts(recipientId: string): { total: number; unread: number; favourites: number } {
      const keep = freshCounts();
      const known = counted.get(recipientId);
      if (known) return { ...known };
      const row = inboxCounts.get(recipientId);
      const counts = {
        total: row?.total ?? 0,
        unread: row?.unread ?? 0,
        favourites: row?.favourites ?? 0,
      };
      if (keep) counted.set(recipientId, counts);
      return { ...counts };
    },

    sent(authorId: string, limit: number, offset = 0): Note[] {
      return sentList.all(authorId, limit, offset).map(toNote);
    },

    sentCount(authorId: string): number {
      const keep = freshCounts();
      const known = sentCounted.get(authorId);
      if (known !== undefined) return known;
      const total = sentCount.get(authorId)?.total ?? 0;
      if (keep) sentCounted.set(authorId, total);
      return total;
    },

    /** What the weekly flow needs: notes to or from `partnerId` written at or after `since`. */
    factsSince(partnerId: string, since: number): NoteFacts[] {
      const from = since - ZONE_SLACK_MS;
      return factsSince.all(partnerId, from, partnerId, from, partnerId).map(toFacts);
    },

    /**
     * The notes that could be `authorId`'s latest by local date: the latest by instant and any
     * written within two days before it (a note from a zone ahead can be a later day).
     */
    latestWritten(authorId: string): NoteFacts[] {
      const latest = latestWritten.get(authorId)?.latest ?? null;
      if (latest === null) return [];
      return writtenSince.all(authorId, latest - ZONE_SLACK_MS).map(toFacts);
    },

    draft(authorId: string): NoteDraft {
      const row = draftByAuthor.get(authorId);
      return { authorId, text: row?.body ?? '', updatedAt: row?.updated_at ?? null };
    },

    /** Keeps what's typed so far; an empty draft is simply no draft. */
    saveDraft(authorId: string, text: string, now: number): NoteDraft {
      if (text.trim() === '') {
        clearDraft.run(authorId);
        return { authorId, text: '', updatedAt: null };
      }
      upsertDraft.run(authorId, text, now);
      return { authorId, text, updatedAt: now };
    },
  };
}

export type NoteStore = ReturnType<typeof createNoteStore>;

export const noteStoreFor = perDatabase(createNoteStore);
