import { describe, expect, it } from 'vitest';
import {
  compareStamp,
  formatHlc,
  observeHlc,
  parseHlc,
  tickHlc,
} from '../../../main/core/sync/hlc.ts';
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
});
