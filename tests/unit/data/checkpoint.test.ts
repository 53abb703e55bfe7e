// A save never waits while the WAL is folded back into the database file: that happens on
// a turn after saves, once the WAL has grown to about a thousand pages.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { DATABASE_FILE } from '../../../main/core/core.ts';
import { CHECKPOINT_AT_BYTES, LOOK_EVERY_TURNS } from '../../../main/core/db/wal-checkpoint.ts';
import { nextTurn, tempCore } from '../core/temp-core.ts';

let close = () => {};
afterEach(() => close());

test('saves in a row never fold the WAL themselves; a turn after them does, and it starts over', async () => {
  const env = tempCore();
  close = () => env.close();
  const me = env.onboard('both').partners[0]?.id ?? '';
  const walSize = () => statSync(join(env.dir, `${DATABASE_FILE}-wal`)).size;
  const save = (n: number) =>
    env.call('checkins:save', {
      partnerId: me,
      localDate: '2026-03-10',
      mood: (n % 5) + 1,
      closeness: 3,
      settled: 3,
      note: `take ${String(n)}`,
    });
  // Without a turn passing, well past where SQLite would have folded it inside a commit.
  let n = 0;
  while (walSize() < 1.5 * CHECKPOINT_AT_BYTES && n < 3000) expect(save((n += 1)).ok).toBe(true);
  expect(walSize()).toBeGreaterThanOrEqual(1.5 * CHECKPOINT_AT_BYTES);

  // Then saves as a person makes them, a turn apart: within a few dozen, one turn folds it.
  for (let turn = 0; turn < LOOK_EVERY_TURNS; turn += 1) {
    expect(save((n += 1)).ok).toBe(true);
    await nextTurn();
  }
  expect(save((n += 1)).ok).toBe(true);
  // Folded, then started over from the file's start, cut back to the mark.
  expect(walSize()).toBeLessThanOrEqual(CHECKPOINT_AT_BYTES);
  // And the last save is what the file holds.
  const kept = env.rows<{ mood: number; note: string }>('SELECT mood, note FROM checkins');
  expect(kept).toEqual([{ mood: (n % 5) + 1, note: `take ${String(n)}` }]);
});
