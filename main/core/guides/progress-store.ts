// Reading progress in the guides, per partner: the last place read in each guide, which guide
// was opened most recently, and which are finished. Local to this computer (not synced).

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { GuideReading } from '../../../shared/contract-guides.ts';
import { isGuideSlug, type GuideSlug } from '../../../shared/guides-catalog.ts';
import { uuidv7 } from '../ids.ts';
import { perDatabase } from '../stores/per-database.ts';

interface ProgressRow {
  slug: string;
  section_id: string;
  last_read_at: number;
  finished_at: number | null;
}

export function createGuideProgressStore(db: Database) {
  const byAuthor = db.prepare<[string], ProgressRow>(
    `SELECT slug, section_id, last_read_at, finished_at FROM guide_progress
     WHERE author_id = ? ORDER BY last_read_at DESC, updated_at DESC, id DESC`,
  );
  const upsertPosition = db.prepare(
    `INSERT INTO guide_progress (id, author_id, slug, section_id, last_read_at, created_at,
       updated_at)
     VALUES (@id, @authorId, @slug, @sectionId, @now, @now, @now)
     ON CONFLICT (author_id, slug) DO UPDATE SET section_id = excluded.section_id,
       last_read_at = excluded.last_read_at, updated_at = excluded.updated_at`,
  );
  const upsertFinished = db.prepare(
    `INSERT INTO guide_progress (id, author_id, slug, last_read_at, finished_at, created_at,
       updated_at)
     VALUES (@id, @authorId, @slug, @now, @finishedAt, @now, @now)
     ON CONFLICT (author_id, slug) DO UPDATE SET
       finished_at = CASE WHEN @finishedAt IS NULL THEN NULL
                          ELSE COALESCE(guide_progress.finished_at, @finishedAt) END,
       last_read_at = excluded.last_read_at, updated_at = excluded.updated_at`,
  );

  function reading(authorId: string): GuideReading {
    // Rows for a guide a later version no longer ships are ignored.
    const rows = byAuthor.all(authorId).filter((r) => isGuideSlug(r.slug));
    const positions: Partial<Record<GuideSlug, string>> = {};
    const finished: GuideSlug[] = [];
    for (const row of rows) {
      const slug = row.slug as GuideSlug;
      positions[slug] = row.section_id;
      if (row.finished_at !== null) finished.push(slug);
    }
    const first = rows[0];
    return {
      partnerId: authorId,
      last: first
        ? { slug: first.slug as GuideSlug, sectionId: first.section_id, at: first.last_read_at }
        : null,
      finished,
      positions,
    };
  }

  return {
    reading,
    /** Remembers where a partner is reading; that guide becomes their most recent. */
    setPosition(authorId: string, slug: GuideSlug, sectionId: string, now: number): GuideReading {
      return db.transaction(() => {
        upsertPosition.run({ id: uuidv7(now), authorId, slug, sectionId, now });
        return reading(authorId);
      })();
    },
    setFinished(authorId: string, slug: GuideSlug, finished: boolean, now: number): GuideReading {
      return db.transaction(() => {
        upsertFinished.run({
          id: uuidv7(now),
          authorId,
          slug,
          finishedAt: finished ? now : null,
          now,
        });
        return reading(authorId);
      })();
    },
  };
}

export type GuideProgressStore = ReturnType<typeof createGuideProgressStore>;

export const guideProgressFor = perDatabase(createGuideProgressStore);
