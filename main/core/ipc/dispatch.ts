// The one wrapper every IPC call goes through, in Electron and in the e2e harness alike:
// (a) refuse senders that are not the app's own top-level pages, (b) validate the payload
// against the contract, (c) answer { ok, value } or { ok: false, error } — never a raw
// exception across the bridge. A refused call never reaches a handler, so it writes nothing.

import {
  contract,
  isChannel,
  type Channel,
  type HandlerResultOf,
  type IpcResult,
  type ParsedRequestOf,
} from '../../../shared/contract.ts';
import { AppError } from '../errors.ts';
import { describeIssues } from './describe-issues.ts';
import { checkPayloadSize } from './payload-size.ts';

export type Handlers = { [C in Channel]: (payload: ParsedRequestOf<C>) => HandlerResultOf<C> };

export interface Sender {
  /** URL of the frame that sent the call. */
  url: string;
  /** Only top-level frames of our own windows may call; iframes never. */
  isMainFrame: boolean;
}

export interface DispatcherOptions {
  handlers: Handlers;
  /** Origins whose pages may call, e.g. `app://nuzzle`. */
  trustedOrigins: readonly string[];
  /** Told the channel and error code only — never payloads, which hold private words. */
  onInternalError?: (channel: string, error: unknown) => void;
  /** While this says so, every channel but `openWhileLocked` answers `locked`. */
  isLocked?: () => boolean;
  openWhileLocked?: readonly Channel[];
  /** What a refused write says (the read-only store names why). */
  storageMessage?: string;
}

/** Answers synchronously; for a channel whose handler works off-thread, use `DispatchAsync`. */
export type Dispatch = (channel: unknown, payload: unknown, sender: Sender) => IpcResult<unknown>;
/** Answers every channel, waiting for off-thread handlers (what the IPC bridge uses). */
export type DispatchAsync = (
  channel: unknown,
  payload: unknown,
  sender: Sender,
) => Promise<IpcResult<unknown>>;

export const LOCKED_MESSAGE = 'Nuzzle is locked. Unlock it to carry on.';

const TOO_LARGE =
  'That was far more text than Nuzzle can take in one go, so nothing was saved. Try something shorter.';

/**
 * Only exactly the app's origin, from a top-level frame. Anything odd — no sender, a frame
 * flag that isn't literally `true`, a user or password in the URL (`app://evil@nuzzle`) — is
 * refused, and nothing here can throw.
 */
export function isTrustedSender(sender: unknown, trustedOrigins: readonly string[]): boolean {
  if (typeof sender !== 'object' || sender === null) return false;
  const { url, isMainFrame } = sender as { url?: unknown; isMainFrame?: unknown };
  if (isMainFrame !== true || typeof url !== 'string' || url.length > 4096) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // The authority as written must be exactly the host: no user part, not even an empty one.
  const prefix = `${parsed.protocol}//`;
  if (!url.startsWith(prefix)) return false;
  const authority = url.slice(prefix.length).split(/[/?#]/, 1)[0];
  if (authority !== parsed.host || parsed.username !== '' || parsed.password !== '') return false;
  // URL.origin is "null" for custom schemes, so compare scheme + host ourselves.
  return trustedOrigins.includes(`${prefix}${parsed.host}`);
}

const fail = (code: AppError['code'], message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});

export function createDispatcher(options: DispatcherOptions): Dispatch {
  return createDispatchers(options).dispatch;
}

export function createDispatchers(options: DispatcherOptions): {
  dispatch: Dispatch;
  dispatchAsync: DispatchAsync;
} {
  const answer = createAnswerer(options);
  return {
    dispatch(channel, payload, sender) {
      const result = answer(channel, payload, sender);
      if (result instanceof Promise) {
        // A programming error, never a user's: the bridge always uses dispatchAsync.
        throw new Error(`${String(channel)} answers asynchronously; use dispatchAsync`);
      }
      return result;
    },
    dispatchAsync: (channel, payload, sender) => Promise.resolve(answer(channel, payload, sender)),
  };
}

type Answer = IpcResult<unknown> | Promise<IpcResult<unknown>>;

function createAnswerer(options: DispatcherOptions) {
  const { handlers, trustedOrigins, onInternalError } = options;
  const storageMessage =
    options.storageMessage ??
    'Nuzzle could not save to your disk (it may be full or read-only). Nothing was changed.';
  const failure = (channel: string, error: unknown): IpcResult<never> => {
    if (error instanceof AppError) return fail(error.code, error.message);
    if (isStorageError(error)) return fail('storage', storageMessage);
    onInternalError?.(channel, error);
    return fail('internal', 'Something went wrong inside Nuzzle. Nothing was changed.');
  };

  // Every call comes from one of a few page URLs: parsing the same URL again on each call
  // (a save, a tray read) costs more than the rest of the check. Only verdicts for frames
  // that say they are top-level are kept, and only a few of them.
  const verdicts = new Map<string, boolean>();
  const trusted = (sender: unknown): boolean => {
    const { url, isMainFrame } = (sender ?? {}) as { url?: unknown; isMainFrame?: unknown };
    if (typeof sender !== 'object' || isMainFrame !== true || typeof url !== 'string') {
      return isTrustedSender(sender, trustedOrigins);
    }
    let verdict = verdicts.get(url);
    if (verdict === undefined) {
      // Judged on the very values read (a getter can't answer differently the second time).
      verdict = isTrustedSender({ url, isMainFrame }, trustedOrigins);
      if (verdicts.size >= 16) verdicts.clear();
      verdicts.set(url, verdict);
    }
    return verdict;
  };

  return (channel: unknown, payload: unknown, sender: unknown): Answer => {
    // Never a throw across the bridge, whatever arrives (even a null sender).
    try {
      return dispatchChecked(channel, payload, sender);
    } catch (error) {
      onInternalError?.(typeof channel === 'string' ? channel.slice(0, 60) : 'unknown', error);
      return fail('internal', 'Something went wrong inside Nuzzle. Nothing was changed.');
    }
  };

  function dispatchChecked(channel: unknown, payload: unknown, sender: unknown): Answer {
    if (!trusted(sender)) {
      return fail(
        'forbidden-sender',
        'This window can’t reach your Nuzzle data. Open Nuzzle from the tray or your apps.',
      );
    }
    if (!isChannel(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 60) : typeof channel;
      return fail(
        'unknown-channel',
        `Nuzzle doesn’t know how to do that (“${name}”), so nothing was changed.`,
      );
    }
    if (options.isLocked?.() && !options.openWhileLocked?.includes(channel)) {
      return fail('locked', LOCKED_MESSAGE);
    }
    try {
      // Before validation: parsing (and counting graphemes in) megabytes costs seconds.
      if (checkPayloadSize(payload) !== 'ok') return fail('bad-request', TOO_LARGE);
      const parsed = contract[channel].request.safeParse(payload);
      if (!parsed.success) {
        return fail('bad-request', describeIssues(parsed.error.issues, channel, payload));
      }
      // The contract guarantees the parsed payload matches this channel's handler.
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = handler(parsed.data);
      if (value instanceof Promise) {
        return value.then(
          (v: unknown): IpcResult<unknown> => ({ ok: true, value: v }),
          (error: unknown) => failure(channel, error),
        );
      }
      return { ok: true, value };
    } catch (error) {
      return failure(channel, error);
    }
  }
}

function isStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN'].some((c) =>
      code.startsWith(c),
    )
  );
}
