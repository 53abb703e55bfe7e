// Import fuzzing with edits a person (or a careless script) would make: values of the right
// type that look real — a neighbouring date, the 30th of February, a zone on Mars, another
// row's id, a note a little or far too long, a mood of 6, a row copied under a fresh id.
// Each file is refused in words with nothing changed, or imported so that every screen of
// the app still reads (no internal error), integrity holds, and a second import adds nothing.

import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExport, serializeExport } from '../../../main/core/backup/export-file.ts';
import type { Channel } from '../../../shared/contract.ts';
import type { CommitmentView } from '../../../shared/commitments.ts';
import { tempCore } from '../core/temp-core.ts';
import { dumpAll } from './dump.ts';

const RUNS = 100;
const DAY = '2026-03-10';
let original: string;
let source: ReturnType<typeof tempCore>;

beforeAll(() => {
  source = tempCore('2026-03-10T20:05:00-04:00');
  const must = (r: ReturnType<typeof source.call>) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const [me, partner] = source.onboard('both').partners;
  if (!me || !partner) throw new Error('partners missing');
  for (const p of [me, partner]) {
    must(
      source.call('checkins:save', {
        partnerId: p.id,
        localDate: DAY,
        mood: 4,
        closeness: 3,
        settled: 2,
        note: 'A good walk',
        shared: '',
      }),
    );
  }
  must(source.call('notes:send', { authorId: me.id, text: 'Thank you for the coffee ☕' }));
  const made = source.call('commitments:create', {
    actorId: me.id,
    text: 'I’ll text if I’m running late.',
    schedule: { kind: 'daily' },
    startDate: DAY,
  });
  const commitmentId = (must(made) as CommitmentView).id;
  must(
    source.call('commitments:mark', {
      actorId: me.id,
      commitmentId,
      localDate: DAY,
      value: 'kept',
    }),
  );
  must(
    source.call('commitments:acknowledge', {
      actorId: partner.id,
      commitmentId,
      localDate: DAY,
      text: 'I noticed',
    }),
  );
  must(
    source.call('pauses:add', { startDate: '2026-03-20', endDate: '2026-03-21', reason: 'Trip' }),
  );
  must(
    source.call('apology:save', {
      partnerId: me.id,
      happened: 'I was late',
      wrong: 'It was wrong',
      harm: '',
      different: '',
    }),
  );
  original = serializeExport(buildExport(source.core.context.db, source.clock.now()));
});
afterAll(() => source.close());

type Json = Record<string, unknown>;
type Tables = Record<string, Json[]>;

/** Values that look like what the field holds, right and wrong. */
function plausibleFor(value: unknown, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (typeof value === 'number') {
    return fc.constantFrom(value + 1, value - 1, 0, 6, -1, 2.5, 1e15, Number.MAX_SAFE_INTEGER);
  }
  if (typeof value !== 'string') return fc.constantFrom(null, 0, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return fc.constantFrom('2026-03-11', '2026-02-30', '2026-13-01', '9999-12-31', '1970-01-01');
  }
  if (/^[0-9a-f-]{36}$/.test(value)) {
    return fc.constantFrom(...ids, randomUUID(), 'not-an-id', value.toUpperCase());
  }
  if (value.includes('/')) return fc.constantFrom('Europe/Paris', 'Mars/Olympus', 'UTC', '');
  return fc.constantFrom(
    '',
    '   ',
    value + '!',
    'é'.repeat(1_001),
    'x'.repeat(50_000),
    '👨‍👩‍👧‍👦'.repeat(300),
    '{"onboarded":true}',
  );
}

const edit = (tables: Tables) => {
  const names = Object.keys(tables).filter((n) => (tables[n]?.length ?? 0) > 0);
  const ids = names.flatMap((n) =>
    (tables[n] ?? []).flatMap((r) => (typeof r.id === 'string' ? [r.id] : [])),
  );
  return fc.constantFrom(...names).chain((name) => {
    const rows = tables[name] ?? [];
    return fc.nat({ max: rows.length - 1 }).chain((at) => {
      const row = rows[at] ?? {};
      const fields = Object.keys(row);
      return fc.oneof(
        fc
          .constantFrom(...fields)
          .chain((field) =>
            plausibleFor(row[field], ids).map((value) => ({ kind: 'set', name, at, field, value })),
          ),
        fc.constant({ kind: 'copy-with-new-id', name, at, field: 'id', value: randomUUID() }),
      );
    });
  });
};

function apply(
  text: string,
  edits: { kind: string; name: string; at: number; field: string; value: unknown }[],
) {
  const data = JSON.parse(text) as Json & { tables: Tables };
  for (const e of edits) {
    const rows = data.tables[e.name] ?? [];
    const row = rows[e.at];
    if (!row) continue;
    if (e.kind === 'set') row[e.field] = e.value;
    else if ('id' in row) rows.push({ ...structuredClone(row), id: e.value });
  }
  return JSON.stringify(data);
}

/** Every screen's read: none may fail on what an import let in. */
const READS: [Channel, unknown][] = [
  ['today:get', undefined],
  ['history:get', undefined],
  ['commitments:list', undefined],
  ['notes:view', {}],
  ['questions:today', undefined],
  ['apology:drafts', undefined],
  ['settings:get', undefined],
  ['data:status', undefined],
];

describe('import fuzzing with plausible edits', () => {
  test('edited files are refused in words untouched, or imported so every screen still reads', () => {
    const tables = (JSON.parse(original) as { tables: Tables }).tables;
    let refused = 0;
    let imported = 0;
    fc.assert(
      fc.property(fc.array(edit(tables), { minLength: 1, maxLength: 3 }), (edits) => {
        const target = tempCore('2026-03-12T09:00:00-04:00');
        try {
          const path = join(target.dir, 'edited.json');
          writeFileSync(path, apply(original, edits));
          target.picks.importPath = path;
          const before = dumpAll(target.core.context.db);
          const result = target.call('data:import');
          if (!result.ok) {
            refused += 1;
            expect(result.error.code).toBe('bad-request');
            expect(result.error.message).toMatch(/^[A-Z“].*Nothing was changed\.$/);
            expect(result.error.message).not.toMatch(/SQLITE|constraint|Invalid input|undefined/);
            expect(dumpAll(target.core.context.db)).toEqual(before);
            return;
          }
          imported += 1;
          const db = target.core.context.db;
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(db.pragma('foreign_key_check')).toEqual([]);
          for (const [channel, payload] of READS) {
            const read = target.call(channel, payload as never);
            expect(read.ok ? 'ok' : read.error.message, channel).toBe('ok');
          }
          const once = dumpAll(db);
          expect(target.call('data:import')).toMatchObject({ ok: true, value: { added: 0 } });
          expect(dumpAll(db)).toEqual(once);
        } finally {
          target.close();
        }
      }),
      { numRuns: RUNS },
    );
    console.info(
      `plausible import fuzzing: ${String(RUNS)} edited files, ${String(refused)} refused, ${String(imported)} imported`,
    );
    expect(refused).toBeGreaterThan(0);
    expect(imported).toBeGreaterThan(0);
  }, 180_000);
});
