import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { DataStatus, Settings } from '../../../shared/domain.ts';
import { tempCore } from '../core/temp-core.ts';
import { dumpAll } from './dump.ts';

const envs: ReturnType<typeof tempCore>[] = [];
afterEach(() => {
  for (const e of envs.splice(0)) e.close();
});
function core(now?: string) {
  const e = tempCore(now);
  envs.push(e);
  return e;
}

function withHistory() {
  const e = core('2026-03-10T20:05:00-04:00');
  const settings = e.onboard('both');
  for (const p of settings.partners) {
    e.call('checkins:save', {
      partnerId: p.id,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 3,
      settled: 2,
      note: 'A “quoted” note',
      shared: 'I told my sister',
    });
  }
  e.call('pauses:add', { startDate: '2026-03-20', endDate: '2026-03-22', reason: 'Conference' });
  return e;
}

function exportOf(e: ReturnType<typeof tempCore>): string {
  const path = join(e.dir, `export-${String(Math.random()).slice(2)}.json`);
  e.picks.exportPath = path;
  expect(e.call('data:export', { mode: 'plain' })).toEqual({
    ok: true,
    value: { cancelled: false },
  });
  return readFileSync(path, 'utf8');
}

function importText(e: ReturnType<typeof tempCore>, text: string) {
  const path = join(e.dir, 'incoming.json');
  writeFileSync(path, text);
  e.picks.importPath = path;
  return e.call('data:import');
}

const strip = (text: string) => {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  delete parsed.exportedAt;
  return parsed;
};

describe('export and import', () => {
  test('a cancelled dialog writes nothing', () => {
    const e = withHistory();
    expect(e.call('data:export', { mode: 'plain' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(e.call('data:import')).toEqual({
      ok: true,
      value: { cancelled: true, needsPassphrase: false, added: 0, conflicts: 0 },
    });
  });

  test('exporting, importing into a new Nuzzle and exporting again reproduces the content', () => {
    const original = exportOf(withHistory());
    const fresh = core('2026-03-12T09:00:00-04:00');
    const result = importText(fresh, original);
    expect(result).toMatchObject({ ok: true, value: { cancelled: false } });
    expect(strip(exportOf(fresh))).toEqual(strip(original));
    const settings = fresh.call('settings:get');
    expect(settings.ok && (settings.value as Settings).partners.map((p) => p.name)).toEqual([
      'Alex',
      'Sam',
    ]);
  });

  test('importing the same file twice changes nothing the second time', () => {
    const text = exportOf(withHistory());
    const target = core();
    importText(target, text);
    const once = dumpAll(target.core.context.db);
    expect(importText(target, text)).toEqual({
      ok: true,
      value: { cancelled: false, needsPassphrase: false, added: 0, conflicts: 0 },
    });
    expect(dumpAll(target.core.context.db)).toEqual(once);
    // Nothing new, so nothing written: not even a safety copy beside the others.
    const copies = () => (target.call('data:status') as { ok: true; value: DataStatus }).value;
    const before = copies().backups.length;
    importText(target, text);
    expect(copies().backups.length).toBe(before);
  });

  test.each([
    ['not JSON', 'hello', 'isn’t a complete Nuzzle export'],
    [
      'truncated',
      '{"format":"nuzzle-export","formatVersion":1,"schemaVersion":5,"tables":{"partners":[{"id"',
      'cut short',
    ],
    ['a foreign file', '{"name":"my-app","version":"1.0.0"}', 'isn’t a Nuzzle export'],
    [
      'a newer version',
      '{"format":"nuzzle-export","formatVersion":1,"schemaVersion":999,"tables":{}}',
      'newer version',
    ],
    [
      'an unknown table',
      '{"format":"nuzzle-export","formatVersion":1,"schemaVersion":1,"tables":{"secrets":[]}}',
      'doesn’t know',
    ],
  ])('%s is refused with a clear message and the data is untouched', (_what, text, message) => {
    const e = withHistory();
    const before = dumpAll(e.core.context.db);
    const result = importText(e, text);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!result.ok) {
      expect(result.error.message).toContain(message);
      expect(result.error.message).toContain('Nothing was changed.');
    }
    expect(dumpAll(e.core.context.db)).toEqual(before);
  });

  test('invalid records (a mood of 9, a check-in by nobody) are refused as a whole', () => {
    const source = withHistory();
    const data = JSON.parse(exportOf(source)) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    const target = core();
    const before = dumpAll(target.core.context.db);
    const bad = structuredClone(data);
    const first = bad.tables.checkins?.[0];
    if (first) first.mood = 9;
    expect(importText(target, JSON.stringify(bad))).toMatchObject({ ok: false });
    const orphan = structuredClone(data);
    const second = orphan.tables.checkins?.[1];
    if (second) second.author_id = '01900000-0000-7000-8000-000000000000';
    expect(importText(target, JSON.stringify(orphan))).toMatchObject({ ok: false });
    expect(dumpAll(target.core.context.db)).toEqual(before);
  });

  test('an export of two other people is refused by a Nuzzle that already holds a record', () => {
    const text = exportOf(withHistory());
    const other = withHistory();
    const before = dumpAll(other.core.context.db);
    const result = importText(other, text);
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('different Nuzzle') as unknown },
    });
    expect(dumpAll(other.core.context.db)).toEqual(before);
  });
});
