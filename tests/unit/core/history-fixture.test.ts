// The bench's history fixture is what the app would have written: the real core opens it,
// finds every row with its outbox change, and its screens read it. A fixture that lost an
// outbox change is refused.

import { afterEach, expect, test } from 'vitest';
import { buildHistory } from '../../../bench/fixtures/build-history.ts';
import { verifyHistory } from '../../../bench/fixtures/verify-history.ts';
import { openRaw } from './raw-db.ts';
import { tempDir } from './temp-core.ts';

let cleanup = () => {};
afterEach(() => cleanup());

test('a year of two partners opens in the real core, every row recorded', () => {
  const dir = tempDir();
  cleanup = dir.cleanup;
  const counts = buildHistory(dir.dir, 1);
  expect(counts.checkins).toBeGreaterThan(600);
  expect(counts.notes).toBeGreaterThan(100);
  expect(counts.marks).toBeGreaterThan(500);
  expect(() => verifyHistory(dir.dir, counts)).not.toThrow();

  const db = openRaw(dir.dir);
  db.prepare(
    "DELETE FROM changes WHERE entity = 'note' AND entity_id = (SELECT max(id) FROM notes)",
  ).run();
  db.close();
  expect(() => verifyHistory(dir.dir, counts)).toThrow(/notes rows have no outbox change/);
});
