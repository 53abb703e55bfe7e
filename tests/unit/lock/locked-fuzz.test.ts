// While Nuzzle is locked, every channel but unlocking (and the status the unlock screen asks)
// answers `locked` and writes nothing — whatever arrives: hostile junk or a payload that
// would succeed unlocked (the right passcode to turn the lock off, a real check-in, a
// backup). Fuzzed like tests/unit/data/ipc-fuzz.test.ts, on the running core and on a sealed
// start (no core at all yet, lock/sealed-start.ts).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, keyStoreFor, type Core } from '../../../main/core/core.ts';
import { KEY_FILE } from '../../../main/core/lock/key-file.ts';
import { sealedDispatcher } from '../../../main/core/lock/sealed-start.ts';
import type { DispatchAsync } from '../../../main/core/ipc/dispatch.ts';
import { CHANNELS, contract, type Channel } from '../../../shared/contract.ts';
import { DELETE_CONFIRMATION } from '../../../shared/contract-data.ts';
import { dumpAll } from '../data/dump.ts';
import { PAGE, tempDir } from '../core/temp-core.ts';

const RUNS_PER_CHANNEL = 60;
const PASSCODE = 'blue heron 42';
const OPEN_WHILE_LOCKED: readonly Channel[] = ['lock:unlock', 'lock:status'];
const LOCKED_CHANNELS = CHANNELS.filter((c) => !OPEN_WHILE_LOCKED.includes(c));

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'passcode', 'partnerId'),
    fc.anything(),
  ),
  fc.integer({ min: 10_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.constant(undefined),
  fc.constant(null),
);

/** Payloads that would be accepted (and write) if Nuzzle were open. */
function wouldSucceed(partnerId: string): Partial<Record<Channel, unknown[]>> {
  const checkin = { partnerId, localDate: '2026-03-10', mood: 4 };
  return {
    'checkins:quick': [checkin],
    'checkins:save': [{ ...checkin, closeness: 4, settled: 4, note: 'private', shared: '' }],
    'lock:turn-off': [{ current: PASSCODE }],
    'lock:change-passcode': [{ current: PASSCODE, next: 'a new passcode' }],
    'lock:set-idle': [{ minutes: 0 }],
    'lock:now': [undefined],
    'data:backup-now': [undefined],
    'data:delete-all': [{ confirmation: DELETE_CONFIRMATION }],
    'reminders:skip-today': [undefined],
    'reminders:snooze': [{ minutes: 60 }],
    'notes:draft-save': [{ authorId: partnerId, text: 'private words' }],
    'settings:get': [undefined],
    'today:get': [undefined],
    'history:get': [undefined],
  };
}

/** The data folder as files and sizes: a backup, export or marker written would show. */
function folderState(dir: string, skip: readonly string[] = []): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (at: string, prefix: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const rel = `${prefix}${name}`;
      if (skip.includes(rel)) continue;
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, `${rel}/`);
      else out[rel] = stat.size;
    }
  };
  walk(dir, '');
  return out;
}

const withoutKeyFile = (files: Record<string, number>) =>
  Object.fromEntries(Object.entries(files).filter(([name]) => name !== KEY_FILE));

async function expectAllRefused(
  dispatch: DispatchAsync,
  channel: Channel,
  examples: unknown[],
  unchanged: () => void,
): Promise<void> {
  const check = async (input: unknown) => {
    const answer = await dispatch(channel, input, PAGE);
    expect(answer.ok ? 'ok' : answer.error.code, channel).toBe('locked');
    // The refusal names nothing: only that Nuzzle is locked.
    expect(JSON.stringify(answer)).not.toMatch(/Alex|Sam|private/);
    unchanged();
  };
  for (const example of examples) await check(example);
  await fc.assert(fc.asyncProperty(hostile, check), { numRuns: RUNS_PER_CHANNEL });
}

test('the "would succeed" payloads really are valid ones', () => {
  for (const [channel, examples] of Object.entries(
    wouldSucceed('0b6c6a52-1f1e-4c9e-9d55-3a9b2f0c7e11'),
  )) {
    for (const example of examples) {
      expect(contract[channel as Channel].request.safeParse(example).success, channel).toBe(true);
    }
  }
});

describe('a locked core', () => {
  let core: Core;
  let dir: string;
  let cleanup: () => void;
  let partnerId: string;
  let before: { db: Record<string, unknown[]>; files: Record<string, number>; keys: string };
  const snapshot = () => ({
    db: dumpAll(core.context.db),
    files: folderState(dir),
    keys: readFileSync(join(dir, KEY_FILE), 'utf8'),
  });

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    const clock = manualClock(Date.parse('2026-03-10T20:05:00-04:00'), 'America/New_York');
    core = createCore({ dataDir: dir, clock, passcodeLogN: 10, deferredCheckMs: null });
    const done = core.dispatch(
      'onboarding:complete',
      {
        myName: 'Alex',
        partnerName: 'Sam',
        computerMode: 'both',
        reminderTime: '20:00',
        launchAtLogin: false,
      },
      PAGE,
    );
    if (!done.ok) throw new Error(done.error.message);
    partnerId = core.context.settings.get().partners[0]?.id ?? '';
    await core.data.backupNow();
    const set = await core.dispatchAsync(
      'lock:set-passcode',
      { passcode: PASSCODE, understood: true },
      PAGE,
    );
    if (!set.ok) throw new Error(set.error.message);
    core.lock.lockNow();
    before = snapshot();
  });
  afterAll(() => {
    core.close();
    cleanup();
  });

  test.each(LOCKED_CHANNELS.map((c) => [c]))(
    '%s answers locked and writes nothing',
    async (channel) => {
      await expectAllRefused(
        core.dispatchAsync,
        channel,
        [undefined, {}, ...(wouldSucceed(partnerId)[channel] ?? [])],
        () => expect(snapshot()).toEqual(before),
      );
      expect(core.lock.isLocked()).toBe(true);
    },
    60_000,
  );

  test('lock:status answers, and says nothing personal', async () => {
    const answer = await core.dispatchAsync('lock:status', undefined, PAGE);
    expect(answer).toMatchObject({ ok: true, value: { locked: true, passcode: true } });
    expect(JSON.stringify(answer)).not.toMatch(/Alex|Sam/);
    expect(snapshot()).toEqual(before);
  });

  test('lock:unlock with anything but the secret never opens, and touches no data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile,
          fc.record({ passcode: fc.string({ minLength: 1, maxLength: 40 }) }),
          fc.record({ recoveryKey: fc.string({ minLength: 1, maxLength: 100 }) }),
        ),
        async (input) => {
          if ((input as { passcode?: unknown } | null)?.passcode === PASSCODE) return;
          const answer = await core.dispatchAsync('lock:unlock', input, PAGE);
          expect(answer.ok).toBe(false);
          if (!answer.ok)
            expect(['bad-request', 'wrong-secret', 'slow-down']).toContain(answer.error.code);
          expect(core.lock.isLocked()).toBe(true);
          // Only the count of wrong tries (in the key file) may change.
          expect(dumpAll(core.context.db)).toEqual(before.db);
          expect(folderState(dir, [KEY_FILE])).toEqual(withoutKeyFile(before.files));
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('a sealed start (no keyring, passcode set: nothing is open yet)', () => {
  let dispatch: DispatchAsync;
  let dir: string;
  let cleanup: () => void;
  let opened = 0;
  let before: Record<string, number>;

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    const clock = manualClock(Date.parse('2026-03-10T20:05:00-04:00'), 'America/New_York');
    const core = createCore({ dataDir: dir, clock, passcodeLogN: 10, deferredCheckMs: null });
    await core.dispatchAsync('lock:set-passcode', { passcode: PASSCODE, understood: true }, PAGE);
    core.close();
    dispatch = sealedDispatcher({
      keys: keyStoreFor({ dataDir: dir }),
      clock,
      onKey: () => {
        opened += 1;
        throw new Error('must not open');
      },
    });
    before = folderState(dir);
  });
  afterAll(() => cleanup());

  test.each(LOCKED_CHANNELS.map((c) => [c]))(
    '%s answers locked and writes nothing',
    async (channel) => {
      await expectAllRefused(
        dispatch,
        channel,
        [undefined, {}, ...(wouldSucceed('p')[channel] ?? [])],
        () => expect(folderState(dir)).toEqual(before),
      );
      expect(opened).toBe(0);
    },
    60_000,
  );

  test('lock:status says locked with a passcode, and no keyring', async () => {
    expect(await dispatch('lock:status', undefined, PAGE)).toMatchObject({
      ok: true,
      value: { locked: true, passcode: true, keyring: { available: false, inUse: false } },
    });
  });

  test('wrong secrets never open it; only the tries count is written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostile, fc.record({ passcode: fc.string({ minLength: 1, maxLength: 40 }) })),
        async (input) => {
          if ((input as { passcode?: unknown } | null)?.passcode === PASSCODE) return;
          const answer = await dispatch('lock:unlock', input, PAGE);
          expect(answer.ok).toBe(false);
          expect(folderState(dir, [KEY_FILE])).toEqual(withoutKeyFile(before));
        },
      ),
      { numRuns: 100 },
    );
    expect(opened).toBe(0);
  }, 60_000);
});
