// IPC fuzzing: random and hostile payloads (wrong types, huge strings, prototype-pollution
// keys, deep nesting) sent to every channel. Each answer is a typed error or a valid result,
// dispatch never throws, and a refused call leaves the database exactly as it was.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS, type Channel, type ErrorCode } from '../../../shared/contract.ts';
import { tempCore } from '../core/temp-core.ts';
import { dumpAll } from './dump.ts';

const RUNS_PER_CHANNEL = 150;
const CODES: readonly ErrorCode[] = [
  'unknown-channel',
  'forbidden-sender',
  'bad-request',
  'not-found',
  'read-only',
  'not-ready',
  'storage',
  'internal',
];

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
);
const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const deep = fc.integer({ min: 50, max: 2000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { nested: value, list: [value] };
  return value;
});
const polluted = fc
  .tuple(hostileKey, fc.anything())
  .map(
    ([key, value]) =>
      JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}}`) as unknown,
  );
const payload: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
  }),
  fc.dictionary(fc.oneof(fc.string(), hostileKey), fc.anything()),
  polluted,
  hugeString,
  deep,
  fc.constant(undefined),
  fc.constant(null),
);

let env: ReturnType<typeof tempCore>;
beforeAll(() => {
  env = tempCore();
  const settings = env.onboard('both');
  for (const p of settings.partners)
    env.call('checkins:quick', { partnerId: p.id, localDate: '2026-03-10', mood: 3 });
});
afterAll(() => env.close());

// Channels whose valid calls act outside this process (dialogs, deleting) stay in the fuzz:
// the fake dialogs here always "cancel", and delete-all needs a typed phrase.
describe('IPC fuzzing', () => {
  test.each(CHANNELS.map((c) => [c]))(
    '%s answers every payload with a typed result',
    (channel: Channel) => {
      let refused = 0;
      fc.assert(
        fc.property(payload, (input) => {
          const before = dumpAll(env.core.context.db);
          let result: unknown;
          expect(
            () =>
              (result = env.core.dispatch(channel, input, {
                url: 'app://nuzzle/',
                isMainFrame: true,
              })),
          ).not.toThrow();
          const answer = result as {
            ok: boolean;
            value?: unknown;
            error?: { code: ErrorCode; message: unknown };
          };
          expect(typeof answer.ok).toBe('boolean');
          if (!answer.ok) {
            refused += 1;
            expect(CODES).toContain(answer.error?.code);
            expect(typeof answer.error?.message).toBe('string');
            expect(answer.error?.code).not.toBe('internal');
            expect(dumpAll(env.core.context.db)).toEqual(before);
          }
          // Nothing leaked onto Object.prototype.
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.keys(Object.prototype)).toEqual([]);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
      expect(refused).toBeGreaterThan(0);
    },
    // 150 runs with a database dump before and after each: generous for a loaded CI machine.
    60_000,
  );

  test('random channel names are refused as unknown', () => {
    fc.assert(
      fc.property(fc.anything(), (name) => {
        const r = env.core.dispatch(name, {}, { url: 'app://nuzzle/', isMainFrame: true });
        if (typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)) return;
        expect(r).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

// Export and import take a mode and a passphrase: payloads close to valid ones, through the
// asynchronous dispatcher the bridge uses (an encrypted export answers after scrypt). The
// dialogs here cancel, so a valid call answers "cancelled" and writes nothing either way.
describe('IPC fuzzing: export and import payloads', () => {
  const nearPassphrase = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constantFrom(
      '',
      ' '.repeat(20),
      'x'.repeat(9),
      'x'.repeat(10),
      'x'.repeat(200),
      'x'.repeat(201),
    ),
    fc.anything(),
  );
  const nearMode = fc.oneof(
    fc.constantFrom('plain', 'encrypted', 'PLAIN', '', 'zip'),
    fc.anything(),
  );
  const nearPayload = fc.oneof(
    fc.record({ mode: nearMode, passphrase: nearPassphrase }, { requiredKeys: [] }),
    fc.record(
      { mode: nearMode, passphrase: nearPassphrase, extra: fc.anything() },
      { requiredKeys: ['extra'] },
    ),
    fc.record({ passphrase: nearPassphrase }, { requiredKeys: [] }),
    payload,
  );

  test.each([['data:export' as const], ['data:import' as const]])(
    '%s answers every near-valid payload with a typed result',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(nearPayload, async (input) => {
          const before = dumpAll(env.core.context.db);
          const answer = await env.core.dispatchAsync(channel, input, {
            url: 'app://nuzzle/',
            isMainFrame: true,
          });
          if (answer.ok) {
            expect(answer.value).toMatchObject({ cancelled: true });
            return;
          }
          expect(CODES).toContain(answer.error.code);
          expect(answer.error.code).not.toBe('internal');
          expect(typeof answer.error.message).toBe('string');
          expect(dumpAll(env.core.context.db)).toEqual(before);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
    },
    60_000,
  );
});
