// Encryption at rest and the passcode lock, through a real core on real files.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, DATABASE_FILE, keyStoreFor, PasscodeNeeded } from '../../../main/core/core.ts';
import { connect } from '../../../main/core/db/connect.ts';
import { migrate } from '../../../main/core/db/migrations.ts';
import { CHANNELS } from '../../../shared/contract.ts';
import { PAGE, tempDir } from '../core/temp-core.ts';
import { TEST_KEY } from '../core/raw-db.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
const LOW_COST = 10; // scrypt log2 N for tests; the app uses OWASP's 17

function open(dir: string, key?: Buffer) {
  const clock = manualClock(Date.parse('2026-03-10T20:05:00-04:00'), 'America/New_York');
  const core = createCore({ dataDir: dir, clock, passcodeLogN: LOW_COST, ...(key ? { key } : {}) });
  return { core, clock };
}
function folder() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
const onboarding = {
  myName: 'Alex',
  partnerName: 'Sam',
  computerMode: 'both',
  reminderTime: '20:00',
  launchAtLogin: false,
} as const;
const header = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1');

describe('encryption at rest', () => {
  test('the database and every backup lack the plain SQLite header and need the key', async () => {
    const dir = folder();
    const { core } = open(dir);
    expect(core.dispatch('onboarding:complete', onboarding, PAGE).ok).toBe(true);
    await core.data.backupNow();
    core.close();
    const files = [
      join(dir, DATABASE_FILE),
      ...readdirSync(join(dir, 'backups')).map((n) => join(dir, 'backups', n)),
    ];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(header(file)).not.toBe('SQLite format 3\0');
      const plain = connect(file, { key: null });
      expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow();
      plain.close();
      const wrong = connect(file, { key: TEST_KEY });
      expect(() => wrong.prepare('SELECT * FROM sqlite_master').all()).toThrow();
      wrong.close();
    }
  });

  test('a plain database from before encryption is encrypted with everything kept', () => {
    const dir = folder();
    const file = join(dir, DATABASE_FILE);
    // An older Nuzzle's file: its schema, no application_id stamp, no key.
    const plain = connect(file, { key: null });
    migrate(plain);
    plain.exec("CREATE TABLE old_things (x TEXT); INSERT INTO old_things VALUES ('kept')");
    plain.close();
    expect(header(file)).toBe('SQLite format 3\0');
    const { core } = open(dir);
    expect(core.context.db.prepare('SELECT x FROM old_things').pluck().get()).toBe('kept');
    core.close();
    expect(header(file)).not.toBe('SQLite format 3\0');
    expect(readdirSync(dir).filter((n) => n.includes('.encrypting'))).toEqual([]);
  });

  test('another app’s plain SQLite file is never encrypted: refused, byte for byte unchanged', () => {
    const dir = folder();
    const file = join(dir, DATABASE_FILE);
    const other = connect(file, { key: null });
    other.exec("CREATE TABLE recipes (title TEXT); INSERT INTO recipes VALUES ('soup')");
    other.close();
    const before = readFileSync(file);
    expect(() => open(dir)).toThrow(/belongs to another app/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('the passcode lock', () => {
  test('set, lock, every other channel refused and nothing written, unlock, recover, re-wrap', async () => {
    const dir = folder();
    const { core } = open(dir);
    expect(core.dispatch('onboarding:complete', onboarding, PAGE).ok).toBe(true);
    const set = await core.dispatchAsync(
      'lock:set-passcode',
      { passcode: 'blue heron 42', understood: true },
      PAGE,
    );
    if (!set.ok) throw new Error(set.error.message);
    const { recoveryKey } = set.value as { recoveryKey: string };
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const countChanges = () =>
      core.context.db.prepare('SELECT COUNT(*) FROM changes').pluck().get();

    core.dispatch('lock:now', undefined, PAGE);
    const changesBefore = countChanges();
    // lock:status answers (the unlock screen asks it); it says nothing personal.
    const answering = ['lock:unlock', 'lock:status'];
    for (const channel of CHANNELS.filter((c) => !answering.includes(c))) {
      for (const payload of [undefined, { junk: 1 }, { passcode: 'x' }]) {
        const r = await core.dispatchAsync(channel, payload, PAGE);
        expect(r.ok ? 'ok' : r.error.code, channel).toBe('locked');
      }
    }
    const shown = await core.dispatchAsync('lock:status', undefined, PAGE);
    expect(shown.ok && Object.keys(shown.value as object).sort()).toEqual([
      'idleMinutes',
      'keyring',
      'locked',
      'needsNewPasscode',
      'passcode',
    ]);
    expect(countChanges()).toBe(changesBefore);

    const wrong = await core.dispatchAsync('lock:unlock', { passcode: 'blue heron 43' }, PAGE);
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong-secret');
    const badRecovery = await core.dispatchAsync(
      'lock:unlock',
      { recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' },
      PAGE,
    );
    expect(badRecovery.ok ? 'ok' : badRecovery.error.code).toBe('wrong-secret');
    expect(core.lock.isLocked()).toBe(true);

    const good = await core.dispatchAsync('lock:unlock', { passcode: 'blue heron 42' }, PAGE);
    expect(good.ok).toBe(true);
    expect(core.dispatch('settings:get', undefined, PAGE).ok).toBe(true);

    // Forgotten passcode: the recovery key (pasted with spaces, lower case) opens it.
    core.dispatch('lock:now', undefined, PAGE);
    const pasted = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `;
    const recovered = await core.dispatchAsync('lock:unlock', { recoveryKey: pasted }, PAGE);
    if (!recovered.ok) throw new Error(recovered.error.message);
    expect((recovered.value as { needsNewPasscode: boolean }).needsNewPasscode).toBe(true);
    const rowsBefore = core.context.db.prepare('SELECT * FROM partners').all();
    const changed = await core.dispatchAsync('lock:change-passcode', { next: 'new one 77' }, PAGE);
    expect(changed.ok).toBe(true);
    core.close();

    // No real keyring here: with a passcode set the key is no longer stored as is.
    expect(keyStoreFor({ dataDir: dir }).keyAtStart()).toBeNull();
    expect(() => open(dir)).toThrow(PasscodeNeeded);
    const key = await keyStoreFor({ dataDir: dir }).withPasscode('new one 77');
    const again = open(dir, key).core;
    // The re-wrapped key opens the same, untouched data.
    expect(again.context.db.prepare('SELECT * FROM partners').all()).toEqual(rowsBefore);
    again.close();
  });

  test('wrong attempts slow down and never erase anything', async () => {
    const dir = folder();
    const { core, clock } = open(dir);
    await core.dispatchAsync(
      'lock:set-passcode',
      { passcode: 'right one', understood: true },
      PAGE,
    );
    core.dispatch('lock:now', undefined, PAGE);
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await core.dispatchAsync('lock:unlock', { passcode: `wrong ${String(i)}` }, PAGE);
      codes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(codes.slice(0, 3)).toEqual(['wrong-secret', 'wrong-secret', 'wrong-secret']);
    expect(codes).toContain('slow-down');
    // Even the right passcode waits its turn; after the wait it works.
    const early = await core.dispatchAsync('lock:unlock', { passcode: 'right one' }, PAGE);
    expect(early.ok ? 'ok' : early.error.code).toBe('slow-down');
    clock.set(clock.now() + 10 * 60_000);
    const later = await core.dispatchAsync('lock:unlock', { passcode: 'right one' }, PAGE);
    expect(later.ok).toBe(true);
    core.close();
  });
});
