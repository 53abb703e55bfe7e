// Encrypted exports, as a person would meet them: an export sealed with a passphrase, an
// import that asks for it, and every damaged, edited or hostile file refused in words with
// nothing stored changed — not a row, not a safety copy.

import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BACKUP_DIR_NAME } from '../../../main/core/backup/backup-files.ts';
import type { ImportResult } from '../../../shared/contract-data.ts';
import { PAGE, tempCore } from '../core/temp-core.ts';
import { dumpAll } from './dump.ts';

/** Cheap scrypt for the many files here; one test below uses Nuzzle's real cost. */
const TEST_LOG_N = 10;
const PASSPHRASE = 'correct horse battery staple';

type Env = ReturnType<typeof tempCore>;
const envs: Env[] = [];
afterEach(() => {
  for (const e of envs.splice(0)) e.close();
});
/** logN null: Nuzzle's real scrypt cost. */
function core(logN: number | null = TEST_LOG_N, now = '2026-03-10T20:05:00-04:00'): Env {
  const e = tempCore(now, 'America/New_York', logN ?? undefined);
  envs.push(e);
  return e;
}

function withHistory(logN: number | null = TEST_LOG_N): Env {
  const e = core(logN);
  const settings = e.onboard('both');
  for (const p of settings.partners) {
    e.call('checkins:save', {
      partnerId: p.id,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 3,
      settled: 2,
      note: 'A private sentence about the evening',
      shared: 'I told my sister',
    });
  }
  return e;
}

async function exportEncrypted(e: Env, passphrase = PASSPHRASE): Promise<string> {
  const path = join(e.dir, `export-${String(Math.random()).slice(2)}.json`);
  e.picks.exportPath = path;
  expect(await e.callAsync('data:export', { mode: 'encrypted', passphrase })).toEqual({
    ok: true,
    value: { cancelled: false },
  });
  return readFileSync(path, 'utf8');
}

function exportPlain(e: Env): string {
  const path = join(e.dir, `plain-${String(Math.random()).slice(2)}.json`);
  e.picks.exportPath = path;
  expect(e.call('data:export', { mode: 'plain' })).toEqual({
    ok: true,
    value: { cancelled: false },
  });
  return readFileSync(path, 'utf8');
}

/** Everything stored that an import could change: the rows and the safety copies. */
function stored(e: Env) {
  const backups = join(e.dir, BACKUP_DIR_NAME);
  return {
    rows: dumpAll(e.core.context.db),
    backups: existsSync(backups) ? readdirSync(backups).sort() : [],
  };
}

/** Chooses a file in the open dialog, then (when asked) gives the passphrase. */
async function importFile(e: Env, text: string, passphrase = PASSPHRASE) {
  const path = join(e.dir, 'incoming.json');
  writeFileSync(path, text);
  e.picks.importPath = path;
  const first = await e.callAsync('data:import');
  if (!first.ok || !(first.value as ImportResult).needsPassphrase) return { first, second: null };
  return { first, second: await e.callAsync('data:import', { passphrase }) };
}

const withoutTime = (text: string) => {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  delete parsed.exportedAt;
  return parsed;
};

type Json = Record<string, unknown>;
const edit = (text: string, change: (envelope: Json & { kdf: Json; cipher: Json }) => void) => {
  const envelope = JSON.parse(text) as Json & { kdf: Json; cipher: Json };
  change(envelope);
  return JSON.stringify(envelope);
};
/** One base64 field with one byte changed (still valid base64 of the same length). */
const flipByte = (b64: unknown, at = 0) => {
  const bytes = Buffer.from(b64 as string, 'base64');
  const i = at < 0 ? bytes.length + at : at;
  bytes[i] = (bytes[i] ?? 0) ^ 0x01;
  return bytes.toString('base64');
};

describe('encrypted export', () => {
  test('at OWASP’s cost, the file holds no words in the clear and opens with its passphrase', async () => {
    const source = withHistory(null);
    const text = await exportEncrypted(source);
    const envelope = JSON.parse(text) as Json & { kdf: Json; cipher: Json };
    expect(envelope).toMatchObject({
      format: 'nuzzle-export-encrypted',
      version: 1,
      kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 },
      cipher: { name: 'aes-256-gcm' },
    });
    expect(Buffer.from(envelope.kdf.salt as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(envelope.cipher.nonce as string, 'base64')).toHaveLength(12);
    expect(text).not.toContain('private sentence');
    expect(text).not.toContain('Alex');

    const fresh = core(null, '2026-03-12T09:00:00-04:00');
    const { first, second } = await importFile(fresh, text);
    expect(first).toEqual({
      ok: true,
      value: { cancelled: false, needsPassphrase: true, added: 0, conflicts: 0 },
    });
    expect(second).toMatchObject({ ok: true, value: { cancelled: false, needsPassphrase: false } });
    expect((second?.ok && (second.value as ImportResult).added) || 0).toBeGreaterThan(0);
    expect(withoutTime(exportPlain(fresh))).toEqual(withoutTime(exportPlain(source)));
  }, 30_000);

  test('plain JSON is still written and read as before', async () => {
    const source = withHistory();
    const text = exportPlain(source);
    expect(JSON.parse(text)).toMatchObject({ format: 'nuzzle-export' });
    expect(text).toContain('private sentence');
    const fresh = core();
    const { first, second } = await importFile(fresh, text);
    expect(first).toMatchObject({ ok: true, value: { needsPassphrase: false } });
    expect(second).toBeNull();
    expect(withoutTime(exportPlain(fresh))).toEqual(withoutTime(text));
  });

  test('each export is sealed afresh: new salt and nonce every time', async () => {
    const source = withHistory();
    const a = JSON.parse(await exportEncrypted(source)) as Json & { kdf: Json; cipher: Json };
    const b = JSON.parse(await exportEncrypted(source)) as Json & { kdf: Json; cipher: Json };
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.nonce).not.toBe(b.cipher.nonce);
  });

  test('a wrong passphrase is refused in words, changes nothing, and the right one then works', async () => {
    const text = await exportEncrypted(withHistory());
    const target = core();
    const before = stored(target);
    const { second } = await importFile(target, text, 'not the passphrase');
    expect(second).toMatchObject({ ok: false, error: { code: 'wrong-secret' } });
    expect(second?.ok === false && second.error.message).toMatch(
      /^That passphrase doesn’t open this export\..*Nothing was changed\.$/,
    );
    expect(stored(target)).toEqual(before);
    // The chosen file is kept for another try, without opening the dialog again.
    const again = await target.callAsync('data:import', { passphrase: PASSPHRASE });
    expect(again).toMatchObject({ ok: true, value: { cancelled: false, needsPassphrase: false } });
    expect(target.rows('SELECT id FROM checkins')).toHaveLength(2);
    // …and then forgotten: a second passphrase has no file to open.
    expect(await target.callAsync('data:import', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  test('one scrypt at a time: a second export while the first is sealing is asked to wait', async () => {
    const e = withHistory();
    e.picks.exportPath = join(e.dir, 'one.json');
    const first = e.callAsync('data:export', { mode: 'encrypted', passphrase: PASSPHRASE });
    const second = await e.callAsync('data:export', { mode: 'encrypted', passphrase: PASSPHRASE });
    expect(second).toEqual({
      ok: false,
      error: { code: 'slow-down', message: 'Still working on the last one — one moment.' },
    });
    expect(await first).toEqual({ ok: true, value: { cancelled: false } });
  });

  test('a passphrase with no encrypted file chosen is answered in words', async () => {
    const e = core();
    expect(await e.callAsync('data:import', { passphrase: PASSPHRASE })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'Choose the export to import first. Nothing was changed.',
      },
    });
  });

  test('a passphrase that is too short, too long or only spaces is refused kindly, before any dialog', async () => {
    const e = withHistory();
    const path = join(e.dir, 'never.json');
    e.picks.exportPath = path;
    const tries = [
      [
        'short',
        /^A passphrase needs at least 10 characters — a few words you’ll remember work well\.$/,
      ],
      ['x'.repeat(201), /^A passphrase can be up to 200 characters\.$/],
      [' '.repeat(12), /^A passphrase can’t be only spaces\.$/],
    ] as const;
    for (const [passphrase, message] of tries) {
      const r = await e.callAsync('data:export', { mode: 'encrypted', passphrase });
      expect(r).toMatchObject({ ok: false, error: { code: 'bad-request', message } });
    }
    expect(await e.core.dispatchAsync('data:export', { mode: 'zip' }, PAGE)).toMatchObject({
      ok: false,
      error: { message: 'Choose how to export: encrypted with a passphrase, or plain.' },
    });
    expect(await e.core.dispatchAsync('data:export', undefined, PAGE)).toMatchObject({ ok: false });
    expect(
      await e.core.dispatchAsync('data:export', { mode: 'plain', passphrase: PASSPHRASE }, PAGE),
    ).toMatchObject({
      ok: false,
    });
    expect(existsSync(path)).toBe(false);
  });

  test('pasted passphrases in another Unicode spelling open the same file', async () => {
    const source = withHistory();
    const text = await exportEncrypted(source, 'caf\u00e9 au lait, s’il te plaît');
    const { second } = await importFile(core(), text, 'cafe\u0301 au lait, s’il te plaît');
    expect(second).toMatchObject({ ok: true });
  });
});

describe('a damaged, edited or hostile encrypted export changes nothing', () => {
  // Each: the file as it arrives, and the words the person reads.
  const DAMAGED =
    /^That encrypted export is damaged, or wasn’t made by Nuzzle, so it wasn’t opened\. Nothing was changed\.$/;
  const WRONG = /^That passphrase doesn’t open this export\./;
  const CUT =
    /^That file isn’t a complete Nuzzle export \(it may be cut short or damaged\)\. Nothing was changed\.$/;
  const cases: [string, (text: string) => string, RegExp][] = [
    ['one ciphertext byte changed', (t) => edit(t, (e) => (e.data = flipByte(e.data, 5))), WRONG],
    ['the tag changed', (t) => edit(t, (e) => (e.data = flipByte(e.data, -1))), WRONG],
    [
      'the nonce changed',
      (t) => edit(t, (e) => (e.cipher.nonce = flipByte(e.cipher.nonce))),
      WRONG,
    ],
    ['the salt changed', (t) => edit(t, (e) => (e.kdf.salt = flipByte(e.kdf.salt))), WRONG],
    ['r changed (header bound to the data)', (t) => edit(t, (e) => (e.kdf.r = 4)), WRONG],
    ['p changed', (t) => edit(t, (e) => (e.kdf.p = 2)), WRONG],
    ['N doubled', (t) => edit(t, (e) => (e.kdf.N = 2 ** (TEST_LOG_N + 1))), WRONG],
    ['the file cut in half', (t) => t.slice(0, Math.floor(t.length / 2)), CUT],
    [
      'the data cut short',
      (t) => edit(t, (e) => (e.data = (e.data as string).slice(0, -8))),
      WRONG,
    ],
    [
      'the data only a tag long',
      (t) => edit(t, (e) => (e.data = Buffer.alloc(16).toString('base64'))),
      DAMAGED,
    ],
    ['no data', (t) => edit(t, (e) => delete e.data), DAMAGED],
    ['data not base64', (t) => edit(t, (e) => (e.data = `${e.data as string}!!!!`)), DAMAGED],
    [
      'data with padding in the middle',
      (t) => edit(t, (e) => (e.data = `AA==${e.data as string}`)),
      DAMAGED,
    ],
    ['N = 2^40', (t) => edit(t, (e) => (e.kdf.N = 2 ** 40)), DAMAGED],
    ['N = 2^19 (over a quarter GB)', (t) => edit(t, (e) => (e.kdf.N = 2 ** 19)), DAMAGED],
    ['N not a power of two', (t) => edit(t, (e) => (e.kdf.N = 2 ** TEST_LOG_N + 1)), DAMAGED],
    ['N negative', (t) => edit(t, (e) => (e.kdf.N = -1024)), DAMAGED],
    ['N fractional', (t) => edit(t, (e) => (e.kdf.N = 1024.5)), DAMAGED],
    ['N as text', (t) => edit(t, (e) => (e.kdf.N = '1024')), DAMAGED],
    [
      'N below the accepted cost',
      (t) => edit(t, (e) => (e.kdf.N = 2 ** (TEST_LOG_N - 1))),
      DAMAGED,
    ],
    ['r huge', (t) => edit(t, (e) => (e.kdf.r = 2 ** 30)), DAMAGED],
    ['r zero', (t) => edit(t, (e) => (e.kdf.r = 0)), DAMAGED],
    ['p huge', (t) => edit(t, (e) => (e.kdf.p = 1_000_000)), DAMAGED],
    ['p negative', (t) => edit(t, (e) => (e.kdf.p = -1)), DAMAGED],
    [
      'memory over the cap (N 2^18, r 16)',
      (t) => edit(t, (e) => ((e.kdf.N = 2 ** 18), (e.kdf.r = 16))),
      DAMAGED,
    ],
    [
      'salt of 4 KB',
      (t) => edit(t, (e) => (e.kdf.salt = Buffer.alloc(4096, 1).toString('base64'))),
      DAMAGED,
    ],
    [
      'salt too short',
      (t) => edit(t, (e) => (e.kdf.salt = Buffer.alloc(8, 1).toString('base64'))),
      DAMAGED,
    ],
    [
      'nonce of 16 bytes',
      (t) => edit(t, (e) => (e.cipher.nonce = Buffer.alloc(16, 1).toString('base64'))),
      DAMAGED,
    ],
    ['unknown cipher', (t) => edit(t, (e) => (e.cipher.name = 'aes-128-cbc')), DAMAGED],
    ['unknown key derivation', (t) => edit(t, (e) => (e.kdf.name = 'pbkdf2')), DAMAGED],
    ['an extra field', (t) => edit(t, (e) => (e.hint = 'the dog’s name')), DAMAGED],
    ['an extra kdf field', (t) => edit(t, (e) => (e.kdf.maxmem = 2 ** 40)), DAMAGED],
    ['version 0', (t) => edit(t, (e) => (e.version = 0)), DAMAGED],
    ['version as text', (t) => edit(t, (e) => (e.version = '1')), DAMAGED],
    ['kdf an array', (t) => edit(t, (e) => (e.kdf = [] as unknown as Json)), DAMAGED],
    [
      'a newer version',
      (t) => edit(t, (e) => (e.version = 2)),
      /^That export was made by a newer version of Nuzzle\./,
    ],
  ];

  let sealed = '';
  let target: Env;
  // One export, and a Nuzzle that holds nothing yet (so an accepted file would be imported).
  beforeAll(async () => {
    sealed = await exportEncrypted(withHistory());
    target = tempCore('2026-03-12T09:00:00-04:00', 'America/New_York', TEST_LOG_N);
  });
  afterAll(() => target.close());

  test.each(cases)('%s', async (_name, damage, message) => {
    const before = stored(target);
    const { first, second } = await importFile(target, damage(sealed));
    const refusal = second ?? first;
    expect(refusal).toMatchObject({ ok: false, error: { message } });
    // Hostile headers are refused when the file is chosen, before any passphrase is asked for
    // (so before anything is derived); only a file whose header passes reaches scrypt.
    if (message !== WRONG) expect(second).toBeNull();
    expect(stored(target)).toEqual(before);
  });

  test('a file far larger than any export is refused before it is read', async () => {
    const before = stored(target);
    const path = join(target.dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 101 * 1024 * 1024);
    target.picks.importPath = path;
    expect(await target.callAsync('data:import')).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'That file is far larger than any Nuzzle export. Nothing was changed.',
      },
    });
    expect(stored(target)).toEqual(before);
  });
});
