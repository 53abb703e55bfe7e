import { describe, expect, it } from 'vitest';
import {
  compareStamp,
  formatHlc,
  observeHlc,
  parseHlc,
  tickHlc,
} from '../../../main/core/sync/hlc.ts';
import { join } from 'node:path';
import { openDatabase } from '../../../main/core/db/open-database.ts';
import { recordChange } from '../../../main/core/stores/outbox.ts';
import { TEST_KEY } from '../core/raw-db.ts';
import { tempDir } from '../core/temp-core.ts';
import { couple } from './helpers.ts';

describe('the hybrid logical clock', () => {
  it('never runs backwards, even when the wall clock does, and jumps past what it hears', () => {
    const env = couple();
    try {
      const db = env.a.core.context.db;
      const t = 2_000_000_000_000; // later than anything this database has seen
      const first = tickHlc(db, t);
      const second = tickHlc(db, t - 100_000); // the computer's clock was set back
      expect(second > first).toBe(true);
      // A partner whose clock runs an hour fast: our next change still sorts after theirs.
      const theirs = formatHlc({ wall: t + 3_600_000, logical: 7 });
      observeHlc(db, theirs, t + 100);
      const next = tickHlc(db, t + 200);
      expect(next > theirs).toBe(true);
      expect(parseHlc(next)).toEqual({ wall: t + 3_600_000, logical: 9 });
    } finally {
      env.close();
    }
  });

  it('stamps every change in the outbox, in order', () => {
    const env = couple();
    try {
      const me = env.a.ids().me;
      env.a.ok('notes:send', { authorId: me, text: 'one' });
      env.a.clock.advance(-60_000);
      env.a.ok('notes:send', { authorId: me, text: 'two' });
      const rows = env.a.rows<{ hlc: string | null; id: string }>(
        'SELECT hlc, id FROM changes ORDER BY seq',
      );
      expect(rows.every((r) => r.hlc !== null)).toBe(true);
      for (let i = 1; i < rows.length; i += 1) {
        const [a, b] = [rows[i - 1], rows[i]];
        if (!a || !b || !a.hlc || !b.hlc) throw new Error('missing');
        expect(compareStamp(a.hlc, a.id, b.hlc, b.id)).toBe(-1);
      }
    } finally {
      env.close();
    }
  });

  it('carries on from where it was after a restart, even with the wall clock set back', () => {
    const { dir, cleanup } = tempDir();
    const file = join(dir, 'nuzzle.sqlite3');
    const t = 2_000_000_000_000;
    const change = (db: ReturnType<typeof openDatabase>, now: number): string => {
      recordChange(db, {
        entity: 'note',
        entityId: `note-${String(now)}`,
        op: 'upsert',
        authorId: 'me',
        payload: {},
        now,
      });
      return db
        .prepare('SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1')
        .pluck()
        .get() as string;
    };
    const session = <T>(use: (db: ReturnType<typeof openDatabase>) => T): T => {
      const db = openDatabase({ file, key: TEST_KEY });
      try {
        return use(db);
      } finally {
        db.close();
      }
    };
    try {
      const before = session((db) => change(db, t));
      // Restarted an hour earlier by the wall clock: the next change still sorts after.
      const after = session((db) => change(db, t - 3_600_000));
      expect(after > before).toBe(true);
      // What was heard from a partner running a day fast is remembered across a restart too.
      const theirs = formatHlc({ wall: t + 86_400_000, logical: 3 });
      session((db) => observeHlc(db, theirs, t));
      expect(session((db) => change(db, t)) > theirs).toBe(true);
    } finally {
      cleanup();
    }
  });
});
