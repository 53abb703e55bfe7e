// The dispatcher's first gates: exactly the app's origin from a top-level frame (no user
// part in the URL, a frame flag that is literally `true`, never a throw on a missing sender),
// a payload size cap before any validation, and refusals in plain words.

import { afterEach, describe, expect, test } from 'vitest';
import { isTrustedSender, type Sender } from '../../../main/core/ipc/dispatch.ts';
import { CHANNELS } from '../../../shared/contract.ts';
import { dumpAll } from '../data/dump.ts';
import { PAGE, tempCore } from './temp-core.ts';

let env: ReturnType<typeof tempCore> | undefined;
afterEach(() => env?.close());

describe('who may call', () => {
  test.each([
    ['app://evil@nuzzle/index.html', true],
    ['app://evil:pw@nuzzle/index.html', true],
    ['app://@nuzzle/', true],
    ['app://:@nuzzle/', true],
    ['app://nuzzle.evil/', true],
    ['app://nuzzle:80/', true],
    ['APP://nuzzle/', true],
    ['app://nuzzle/', 'true'],
    ['app://nuzzle/', 1],
    ['app://nuzzle/', undefined],
  ])('%s (main frame %s) is refused', (url, isMainFrame) => {
    expect(isTrustedSender({ url, isMainFrame }, ['app://nuzzle'])).toBe(false);
  });

  test('the app itself, on any route (even one with an @ in it), is let in', () => {
    expect(isTrustedSender(PAGE, ['app://nuzzle'])).toBe(true);
    expect(
      isTrustedSender({ url: 'app://nuzzle/#/notes?to=a@b', isMainFrame: true }, ['app://nuzzle']),
    ).toBe(true);
  });

  test('a missing or odd sender gets a refusal, never a throw', () => {
    env = tempCore();
    for (const sender of [
      null,
      undefined,
      42,
      'app://nuzzle/',
      {},
      { url: null, isMainFrame: true },
    ]) {
      const result = env.core.dispatch('settings:get', undefined, sender as unknown as Sender);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'forbidden-sender',
          message:
            'This window can’t reach your Nuzzle data. Open Nuzzle from the tray or your apps.',
        },
      });
    }
  });
});

describe('a long paste', () => {
  const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

  test('10 MB on any channel is refused in plain words, with no memory spike and nothing written', () => {
    env = tempCore();
    const settings = env.onboard();
    const me = settings.partners[0]?.id ?? '';
    const before = dumpAll(env.core.context.db);
    const heapBefore = process.memoryUsage().heapUsed;
    const shapes = (big: string): unknown[] => [
      big,
      { text: big, authorId: me },
      { text: big, actorId: me, schedule: { kind: 'daily' }, startDate: '2026-03-10' },
      { myName: big },
      { partnerId: me, localDate: '2026-03-10', mood: 3, closeness: 3, settled: 3, note: big },
      [big],
      { list: Array.from({ length: 100_000 }, () => 'a') },
    ];
    for (const channel of CHANNELS) {
      for (const payload of shapes(TEN_MB)) {
        const result = env.core.dispatch(channel, payload, PAGE);
        expect(result.ok, channel).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('bad-request');
          expect(result.error.message).toMatch(/far more text than Nuzzle can take/);
        }
      }
    }
    // Counting graphemes or copying the text would cost gigabytes; the size check, nothing.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(dumpAll(env.core.context.db)).toEqual(before);
  });

  test('text just under the payload cap is refused by a cheap length check, with the limit named', () => {
    env = tempCore();
    const settings = env.onboard();
    const me = settings.partners[0]?.id ?? '';
    const before = dumpAll(env.core.context.db);
    const long = 'é'.repeat(40_000);
    const cases: [string, unknown, RegExp][] = [
      ['notes:send', { authorId: me, text: long }, /longer than Nuzzle can keep/],
      [
        'commitments:create',
        { actorId: me, text: long, schedule: { kind: 'daily' }, startDate: '2026-03-10' },
        /up to 200 characters/,
      ],
      ['notes:draft-save', { authorId: me, text: long }, /longer than Nuzzle can keep/],
      ['settings:save', { myName: long }, /up to 40 characters/],
    ];
    for (const [channel, payload, message] of cases) {
      const result = env.core.dispatch(channel, payload, PAGE);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      if (!result.ok) expect(result.error.message, channel).toMatch(message);
    }
    expect(dumpAll(env.core.context.db)).toEqual(before);
  });
});

describe('a long paste on every text channel', () => {
  // Just under the payload cap, in three hostile shapes: plain letters, one "character"
  // stacked with 40,000 accents (a single grapheme cluster), and family emoji.
  const pastes = {
    letters: 'x'.repeat(40_000),
    stacked: 'e' + '\u0301'.repeat(40_000),
    emoji: '👨‍👩‍👧‍👦'.repeat(3_500),
  };
  const ID = '00000000-0000-7000-8000-000000000000';
  const DAY = '2026-03-10';
  const textChannels = (me: string): [string, (text: string) => unknown][] => [
    [
      'checkins:save (note)',
      (t) => ({ partnerId: me, localDate: DAY, mood: 3, closeness: 3, settled: 3, note: t }),
    ],
    [
      'checkins:save (shared)',
      (t) => ({ partnerId: me, localDate: DAY, mood: 3, closeness: 3, settled: 3, shared: t }),
    ],
    ['notes:send', (t) => ({ authorId: me, text: t })],
    ['notes:draft-save', (t) => ({ authorId: me, text: t })],
    [
      'commitments:create',
      (t) => ({ actorId: me, text: t, schedule: { kind: 'daily' }, startDate: DAY }),
    ],
    ['commitments:update', (t) => ({ actorId: me, commitmentId: ID, text: t })],
    [
      'commitments:acknowledge',
      (t) => ({ actorId: me, commitmentId: ID, localDate: DAY, text: t }),
    ],
    ['settings:save (my name)', (t) => ({ myName: t })],
    ['settings:save (partner’s name)', (t) => ({ partnerName: t })],
    [
      'onboarding:complete',
      (t) => ({
        myName: t,
        partnerName: 'Sam',
        computerMode: 'both',
        reminderTime: '20:00',
        launchAtLogin: false,
      }),
    ],
    ['pauses:add', (t) => ({ startDate: DAY, endDate: DAY, reason: t })],
    ['questions:answer', (t) => ({ partnerId: me, localDate: DAY, text: t })],
    ['questions:react', (t) => ({ partnerId: me, localDate: DAY, heart: true, reply: t })],
    ['questions:archive', (t) => ({ search: t })],
    ['apology:save', (t) => ({ partnerId: me, happened: t, wrong: '', harm: '', different: '' })],
    ['sync:join', (t) => ({ code: t })],
  ];

  test('each is refused quickly, in words naming the limit, with memory bounded and nothing written', () => {
    env = tempCore();
    const settings = env.onboard();
    const me = settings.partners[0]?.id ?? '';
    const before = dumpAll(env.core.context.db);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    for (const [label, payload] of textChannels(me)) {
      const channel = label.split(' ')[0] ?? label;
      for (const [shape, text] of Object.entries(pastes)) {
        const result = env.core.dispatch(channel, payload(text), PAGE);
        expect(result, `${label} with ${shape}`).toMatchObject({
          ok: false,
          error: { code: 'bad-request' },
        });
        if (!result.ok) {
          expect(result.error.message, `${label} with ${shape}`).toMatch(
            /characters|longer|far more text|codes/,
          );
          expect(result.error.message).toMatch(/^[A-Z“].*[.!?]$/);
        }
      }
    }
    // The quadratic count took ~10 s and ~2.8 GB for 50 KB; the cheap checks take nothing.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(dumpAll(env.core.context.db)).toEqual(before);
  });
});

describe('messages a person can read', () => {
  test('wrong shapes and wrong types are described in words, never validator English or field ids', () => {
    env = tempCore();
    env.onboard();
    const said = (channel: string, payload: unknown) => {
      const r = env?.core.dispatch(channel, payload, PAGE);
      return r && !r.ok ? r.error.message : 'ok';
    };
    expect(said('settings:save', [])).toBe(
      'Nuzzle didn’t understand that, so nothing was changed.',
    );
    expect(said('settings:save', { myName: 42 })).toBe('A name is needed.');
    expect(
      said('guides:position', {
        partnerId: '00000000-0000-7000-8000-000000000000',
        slug: 'rebuilding-trust',
      }),
    ).toBe('Nuzzle needs to know where in the guide you are.');
    for (const channel of CHANNELS) {
      for (const payload of [[], 'text', 7, { id: 7 }, { text: [] }, { localDate: {} }]) {
        const message = said(channel, payload);
        expect(message, channel).not.toMatch(
          /Invalid input|expected \w+, received|Too (big|small)/,
        );
        expect(message, channel).not.toMatch(/\b[a-z]+[A-Z][a-zA-Z]* is missing/);
        expect(message, channel).toMatch(/^[A-Z“"].*[.!?]$|^ok$/);
      }
    }
  });
});
