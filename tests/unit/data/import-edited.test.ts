// Hand-edited exports: each edit the app's own channels would refuse is refused here too,
// with a message naming what is wrong, and the database is unchanged table by table. A file
// saved with a byte-order mark imports; an id that exists with other content is reported.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ImportResult } from '../../../shared/contract-data.ts';
import { tempCore } from '../core/temp-core.ts';
import { dumpAll } from './dump.ts';

type Env = ReturnType<typeof tempCore>;
type ExportJson = {
  formatVersion: unknown;
  schemaVersion: unknown;
  tables: Record<string, Record<string, unknown>[]>;
};
const envs: Env[] = [];
afterEach(() => {
  for (const e of envs.splice(0)) e.close();
});

function withHistory(): Env {
  const e = tempCore('2026-03-10T20:05:00-04:00');
  envs.push(e);
  const settings = e.onboard('both');
  for (const p of settings.partners) {
    e.call('checkins:save', {
      partnerId: p.id,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 3,
      settled: 2,
      note: 'hi',
      shared: '',
    });
  }
  const me = settings.partners[0]?.id ?? '';
  e.call('notes:send', { authorId: me, text: 'Thank you for today' });
  e.call('commitments:create', {
    actorId: me,
    text: 'I’ll text if I’m late.',
    schedule: { kind: 'daily' },
    startDate: '2026-03-10',
  });
  return e;
}

function exported(e: Env): ExportJson {
  const path = join(e.dir, 'export.json');
  e.picks.exportPath = path;
  e.call('data:export', { mode: 'plain' });
  return JSON.parse(readFileSync(path, 'utf8')) as ExportJson;
}

function importText(e: Env, text: string) {
  const path = join(e.dir, 'incoming.json');
  writeFileSync(path, text);
  e.picks.importPath = path;
  return e.call('data:import');
}

const first = (file: ExportJson, table: string): Record<string, unknown> => {
  const row = file.tables[table]?.[0];
  if (!row) throw new Error(`no ${table} row`);
  return row;
};

const edits: [string, (f: ExportJson) => void, RegExp][] = [
  [
    'a 10,000-character note',
    (f) => (first(f, 'notes').body = 'x'.repeat(10_000)),
    /Notes can be up to 1,000/,
  ],
  ['a 50 MB note', (f) => (first(f, 'notes').body = 'x'.repeat(50 * 1024 * 1024)), /far more text/],
  [
    'the date 2026-02-30',
    (f) => (first(f, 'checkins').local_date = '2026-02-30'),
    /isn’t a real day/,
  ],
  [
    'the date 9999-12-31',
    (f) => (first(f, 'checkins').local_date = '9999-12-31'),
    /isn’t a real day/,
  ],
  ['the zone Mars/Olympus', (f) => (first(f, 'checkins').time_zone = 'Mars/Olympus'), /time zone/],
  [
    'an id that isn’t an id',
    (f) => (first(f, 'checkins').id = 'robert'),
    /a reference Nuzzle can’t read/,
  ],
  ['format version 0', (f) => (f.formatVersion = 0), /version marks/],
  ['format version −1', (f) => (f.formatVersion = -1), /version marks/],
  [
    'an injected settings key',
    (f) => f.tables.settings?.push({ key: 'isAdmin', value: 'true', updated_at: 1 }),
    /setting Nuzzle doesn’t have/,
  ],
  [
    'a check-in note over its limit',
    (f) => (first(f, 'checkins').note = 'y'.repeat(281)),
    /longer than Nuzzle allows/,
  ],
  [
    'a note sent in the year 285,000',
    (f) => (first(f, 'notes').created_at = Number.MAX_SAFE_INTEGER),
    /time that can’t be right/,
  ],
  [
    'a check-in saved at a negative moment',
    (f) => (first(f, 'checkins').checked_in_at = -5),
    /time that can’t be right/,
  ],
  [
    'a commitment whose days were blanked',
    (f) => (first(f, 'commitments').schedule = ''),
    /days it comes up/,
  ],
  [
    'a commitment on the eighth day of the week',
    (f) => (first(f, 'commitments').schedule = '{"kind":"weekdays","days":[8]}'),
    /days it comes up/,
  ],
  [
    'an outbox row for nothing',
    (f) => {
      const change = {
        ...first(f, 'changes'),
        id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
        entity_id: '0190a1b2-c3d4-7e5f-8a9b-ffffffffffff',
      };
      f.tables.changes?.push(change);
    },
    /changes to records it doesn’t contain/,
  ],
];

describe('a hand-edited export', () => {
  test.each(edits)('%s is refused in words, nothing changed', (_what, edit, message) => {
    const source = withHistory();
    const file = exported(source);
    edit(file);
    const target = tempCore('2026-03-12T09:00:00-04:00');
    envs.push(target);
    target.onboard();
    const before = dumpAll(target.core.context.db);
    const result = importText(target, JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toMatch(/Nothing was changed\.$/);
    }
    expect(dumpAll(target.core.context.db)).toEqual(before);
  });

  test('a file saved with a UTF-8 byte-order mark (Notepad) imports', () => {
    const source = withHistory();
    const text = `\uFEFF${JSON.stringify(exported(source))}`;
    const target = tempCore('2026-03-12T09:00:00-04:00');
    envs.push(target);
    const result = importText(target, text);
    expect(result.ok).toBe(true);
    expect(target.rows('SELECT id FROM checkins')).toHaveLength(2);
  });

  test('an id that exists with different content is reported, and the local record kept', () => {
    const e = withHistory();
    const file = exported(e);
    first(file, 'checkins').note = 'edited elsewhere';
    const result = importText(e, JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as ImportResult).conflicts).toBe(1);
    expect(e.rows<{ note: string }>('SELECT note FROM checkins').map((r) => r.note)).toEqual([
      'hi',
      'hi',
    ]);
  });
});
