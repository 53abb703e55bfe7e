import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createDispatcher,
  isTrustedSender,
  type Handlers,
} from '../../../main/core/ipc/dispatch.ts';
import { AppError } from '../../../main/core/errors.ts';
import { CHANNELS } from '../../../shared/contract.ts';
import { tempCore } from './temp-core.ts';

let env: ReturnType<typeof tempCore> | undefined;
afterEach(() => env?.close());

describe('isTrustedSender', () => {
  test.each([
    ['app://nuzzle/index.html#/today', true, true],
    ['app://nuzzle/', true, true],
    ['app://evil/index.html', true, false],
    ['https://nuzzle.app/', true, false],
    ['file:///etc/passwd', true, false],
    ['app://nuzzle/index.html', false, false],
    ['not a url', true, false],
    ['', true, false],
  ])('%s (main frame: %s) → %s', (url, isMainFrame, trusted) => {
    expect(isTrustedSender({ url, isMainFrame }, ['app://nuzzle'])).toBe(trusted);
  });
});

describe('dispatch through the real core', () => {
  test('every contract channel has a handler', () => {
    env = tempCore();
    for (const channel of CHANNELS) {
      const result = env.core.dispatch(
        channel,
        { clearly: 'wrong' },
        { url: 'app://nuzzle/', isMainFrame: true },
      );
      expect(result.ok ? 'ok' : result.error.code, channel).not.toBe('unknown-channel');
      expect(result.ok ? 'ok' : result.error.code, channel).not.toBe('internal');
    }
  });

  test('an unknown channel, a foreign sender and a bad payload are refused and write nothing', () => {
    env = tempCore();
    env.onboard();
    const before = env.rows('SELECT * FROM changes');
    expect(
      env.core.dispatch('partners:delete', {}, { url: 'app://nuzzle/', isMainFrame: true }),
    ).toEqual({
      ok: false,
      error: {
        code: 'unknown-channel',
        message: 'Nuzzle doesn’t know how to do that (“partners:delete”), so nothing was changed.',
      },
    });
    expect(
      env.core.dispatch(
        'settings:save',
        { myName: 'Eve' },
        { url: 'https://example.com/', isMainFrame: true },
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'forbidden-sender',
        message:
          'This window can’t reach your Nuzzle data. Open Nuzzle from the tray or your apps.',
      },
    });
    expect(env.call('settings:save', { myName: '' })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'A name is needed.' },
    });
    expect(env.call('settings:save', { myName: 'A\u202Eb' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(env.rows('SELECT * FROM changes')).toEqual(before);
    expect(env.rows<{ name: string }>("SELECT name FROM partners WHERE role = 'me'")).toEqual([
      { name: 'Alex' },
    ]);
  });

  test('a payload with a prototype-polluting key is refused', () => {
    env = tempCore();
    env.onboard();
    const payload = JSON.parse('{"myName":"Robin","__proto__":{"admin":true}}') as unknown;
    const result = env.core.dispatch('settings:save', payload, {
      url: 'app://nuzzle/',
      isMainFrame: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('dispatch error wrapping', () => {
  const page = { url: 'app://nuzzle/', isMainFrame: true };
  const make = (thrown: unknown) => {
    const onInternalError = vi.fn();
    const throwing = () => {
      throw thrown;
    };
    const handlers = { 'settings:get': throwing } as unknown as Handlers;
    return {
      dispatch: createDispatcher({ handlers, trustedOrigins: ['app://nuzzle'], onInternalError }),
      onInternalError,
    };
  };

  test('a deliberate AppError reaches the page with its code and message', () => {
    const { dispatch } = make(new AppError('not-ready', 'Finish setting up first.'));
    expect(dispatch('settings:get', undefined, page)).toEqual({
      ok: false,
      error: { code: 'not-ready', message: 'Finish setting up first.' },
    });
  });

  test('an unexpected exception becomes a generic error; its details never cross the bridge', () => {
    const { dispatch, onInternalError } = make(new Error('SELECT secret FROM notes'));
    const result = dispatch('settings:get', undefined, page);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside Nuzzle. Nothing was changed.',
      },
    });
    expect(onInternalError).toHaveBeenCalledWith('settings:get', expect.any(Error));
  });

  test('a full or read-only disk is reported plainly', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const { dispatch } = make(full);
    expect(dispatch('settings:get', undefined, page)).toMatchObject({
      ok: false,
      error: { code: 'storage' },
    });
  });
});
