// Apology drafts: written in the apology builder, kept on this computer only (never in the
// outbox — nothing here is ever sent). Deleting one erases its words and hides it; the row
// stays as a tombstone, like every other deletion in Nuzzle.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ApologyDraft } from '../../../shared/contract-guides.ts';
import { uuidv7 } from '../ids.ts';

interface DraftRow {
  id: string;
  author_id: string;
  happened: string;
  wrong: string;
  harm: string;
  different: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toDraft = (row: DraftRow): ApologyDraft => ({
  id: row.id,
  authorId: row.author_id,
  happened: row.happened,
  wrong: row.wrong,
  harm: row.harm,
  different: row.different,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface DraftFields {
  happened: string;
  wrong: string;
  harm: string;
  different: string;
}

export function createApologyStore(db: Database) {
  const live = db.prepare<[], DraftRow>(
    'SELECT * FROM apology_drafts WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC',
  );
  const byId = db.prepare<[string], DraftRow>('SELECT * FROM apology_drafts WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO apology_drafts (id, author_id, happened, wrong, harm, different, created_at,
       updated_at)
     VALUES (@id, @authorId, @happened, @wrong, @harm, @different, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE apology_drafts SET happened = @happened, wrong = @wrong, harm = @harm,
       different = @different, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const erase = db.prepare(
    `UPDATE apology_drafts SET happened = '', wrong = '', harm = '', different = '',
       deleted_at = @now, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  );

  return {
    /** Live drafts by the given authors, most recently changed first. */
    list(authorIds: readonly string[]): ApologyDraft[] {
      return live
        .all()
        .filter((r) => authorIds.includes(r.author_id))
        .map(toDraft);
    },
    /** The live draft with this id, or null (never saved, or deleted). */
    get(id: string): ApologyDraft | null {
      const row = byId.get(id);
      return row && row.deleted_at === null ? toDraft(row) : null;
    },
    create(authorId: string, fields: DraftFields, now: number): ApologyDraft {
      return db.transaction(() => {
        const id = uuidv7(now);
        insert.run({ id, authorId, ...fields, now });
        const row = byId.get(id);
        if (!row) throw new Error('draft vanished after save');
        return toDraft(row);
      })();
    },
    update(id: string, fields: DraftFields, now: number): ApologyDraft | null {
      return db.transaction(() => {
        if (update.run({ id, ...fields, now }).changes === 0) return null;
        const row = byId.get(id);
        return row ? toDraft(row) : null;
      })();
    },
    /** Erases the words and hides the draft; false when it was already gone. */
    remove(id: string, now: number): boolean {
      return db.transaction(() => erase.run({ id, now }).changes > 0)();
    },
  };
}

export type ApologyStore = ReturnType<typeof createApologyStore>;
