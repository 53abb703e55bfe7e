// Fuzzing encrypted exports: one real sealed export, mutated at random — a header field set
// to anything, removed or added, a byte of salt, nonce or data changed, the text cut short or
// one character replaced. Every mutated file is refused in words (given the right passphrase
// when it asks), and the database and its safety copies are exactly as they were.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKUP_DIR_NAME } from '../../../main/core/backup/backup-files.ts';
import type { ImportResult } from '../../../shared/contract-data.ts';
import { tempCore } from '../core/temp-core.ts';
import { dumpAll } from './dump.ts';

const RUNS = 100;
const LOG_N = 10;
const PASSPHRASE = 'a long enough passphrase';

type Json = Record<string, unknown>;
const FIELDS = [
  ['format'],
  ['version'],
  ['kdf'],
  ['kdf', 'name'],
  ['kdf', 'N'],
  ['kdf', 'r'],
  ['kdf', 'p'],
  ['kdf', 'salt'],
  ['cipher'],
  ['cipher', 'name'],
  ['cipher', 'nonce'],
  ['data'],
] as const;
const BASE64_FIELDS = [['kdf', 'salt'], ['cipher', 'nonce'], ['data']] as const;

const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(2 ** 40, 2 ** 31, 2 ** 20, -1, 0, 0.5, Number.MAX_SAFE_INTEGER, 1e308),
  fc.integer(),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')),
  fc.string(),
);

type Mutation =
  | { kind: 'set'; field: number; value: unknown }
  | { kind: 'delete'; field: number }
  | { kind: 'add'; where: number; key: string; value: unknown }
  | { kind: 'flip'; field: number; at: number; bit: number }
  | { kind: 'cut'; keep: number }
  | { kind: 'char'; at: number; char: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    field: fc.nat(FIELDS.length - 1),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('delete' as const), field: fc.nat(FIELDS.length - 1) }),
  fc.record({
    kind: fc.constant('add' as const),
    where: fc.nat(2),
    key: fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('maxmem', 'tag', 'aad')),
    value: fc.anything(),
  }),
  fc.record({
    kind: fc.constant('flip' as const),
    field: fc.nat(BASE64_FIELDS.length - 1),
    at: fc.nat(),
    bit: fc.nat(7),
  }),
  fc.record({
    kind: fc.constant('cut' as const),
    keep: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('char' as const),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
);

function holderOf(envelope: Json, path: readonly string[]): Json | null {
  let here: unknown = envelope;
  for (const key of path.slice(0, -1)) here = (here as Json | undefined)?.[key];
  return typeof here === 'object' && here !== null ? (here as Json) : null;
}

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'cut') {
    // At least the closing brace goes (cutting only the final newline changes nothing).
    return text.slice(0, Math.floor(m.keep * (text.length - 2)));
  }
  if (m.kind === 'char') {
    const at = m.at % text.length;
    return text.slice(0, at) + m.char + text.slice(at + 1);
  }
  const envelope = JSON.parse(text) as Json;
  if (m.kind === 'add') {
    const holder = m.where === 0 ? envelope : (envelope[m.where === 1 ? 'kdf' : 'cipher'] as Json);
    // A key the envelope has already would be a "set"; this is about fields nobody asked for.
    if (!Object.hasOwn(holder, m.key)) {
      Object.defineProperty(holder, m.key, { value: m.value, enumerable: true });
    }
    return JSON.stringify(envelope);
  }
  const path = m.kind === 'flip' ? BASE64_FIELDS[m.field] : FIELDS[m.field];
  const key = path?.at(-1);
  const holder = path && holderOf(envelope, path);
  if (!holder || key === undefined) return text;
  if (m.kind === 'set') holder[key] = m.value;
  if (m.kind === 'delete') Reflect.deleteProperty(holder, key);
  if (m.kind === 'flip') {
    const bytes = Buffer.from(holder[key] as string, 'base64');
    const at = m.at % bytes.length;
    bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
    holder[key] = bytes.toString('base64');
  }
  return JSON.stringify(envelope);
}

/** The mutated file means the same as the original (a changed space): nothing to test. */
function sameMeaning(original: string, mutated: string): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(original), JSON.parse(mutated));
  } catch {
    return false;
  }
}

let original = '';
let target: ReturnType<typeof tempCore>;
beforeAll(async () => {
  const source = tempCore('2026-03-10T20:05:00-04:00', 'America/New_York', LOG_N);
  try {
    const settings = source.onboard('both');
    for (const p of settings.partners) {
      source.call('checkins:save', {
        partnerId: p.id,
        localDate: '2026-03-10',
        mood: 4,
        closeness: 3,
        settled: 2,
        note: 'Words that stay between us',
      });
    }
    source.picks.exportPath = join(source.dir, 'sealed.json');
    const r = await source.callAsync('data:export', { mode: 'encrypted', passphrase: PASSPHRASE });
    if (!r.ok) throw new Error(r.error.message);
    original = readFileSync(source.picks.exportPath, 'utf8');
  } finally {
    source.close();
  }
  // A Nuzzle with nothing in it yet: any file that got through would be imported.
  target = tempCore('2026-03-12T09:00:00-04:00', 'America/New_York', LOG_N);
});
afterAll(() => target.close());

function stored() {
  const backups = join(target.dir, BACKUP_DIR_NAME);
  return {
    rows: dumpAll(target.core.context.db),
    backups: existsSync(backups) ? readdirSync(backups).sort() : [],
  };
}

describe('encrypted export fuzzing', () => {
  test(`${String(RUNS)} mutated envelopes are each refused, and nothing stored changes`, async () => {
    let asked = 0;
    let refusedAtOnce = 0;
    let skipped = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text = mutate(original, m);
        if (sameMeaning(original, text)) {
          skipped += 1;
          return;
        }
        const before = stored();
        const path = join(target.dir, 'mutated.json');
        writeFileSync(path, text);
        target.picks.importPath = path;
        let answer = await target.callAsync('data:import');
        if (answer.ok && (answer.value as ImportResult).needsPassphrase) {
          asked += 1;
          answer = await target.callAsync('data:import', { passphrase: PASSPHRASE });
        } else {
          refusedAtOnce += 1;
        }
        expect(answer.ok).toBe(false);
        if (answer.ok) return;
        expect(['bad-request', 'wrong-secret']).toContain(answer.error.code);
        expect(answer.error.message).toMatch(/Nothing was changed\.$/);
        expect(stored()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    console.info(
      `encrypted export fuzzing: ${String(RUNS)} runs, ${String(refusedAtOnce)} refused when chosen, ${String(asked)} refused after the passphrase, ${String(skipped)} no-op mutations`,
    );
    // The unmutated file still imports: the refusals were about the mutations.
    writeFileSync(join(target.dir, 'mutated.json'), original);
    expect(await target.callAsync('data:import')).toMatchObject({
      ok: true,
      value: { needsPassphrase: true },
    });
    expect(await target.callAsync('data:import', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { needsPassphrase: false },
    });
  }, 60_000);
});
