// The one wrapper every IPC call goes through, in Electron and in the e2e harness alike:
// (a) refuse senders that are not the app's own top-level pages, (b) validate the payload
// against the contract, (c) answer { ok, value } or { ok: false, error } — never a raw
// exception across the bridge. A refused call never reaches a handler, so it writes nothing.

import {
  contract,
  isChannel,
  type Channel,
  type IpcResult,
  type ParsedRequestOf,
  type ResultOf,
} from '../../../shared/contract.ts';
import { AppError } from '../errors.ts';
import { describeIssues } from './describe-issues.ts';
import { checkPayloadSize } from './payload-size.ts';

export type Handlers = { [C in Channel]: (payload: ParsedRequestOf<C>) => ResultOf<C> };

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
  /** What a refused write says (the read-only store names why). */
  storageMessage?: string;
}

export type Dispatch = (channel: unknown, payload: unknown, sender: Sender) => IpcResult<unknown>;

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
  const { handlers, trustedOrigins, onInternalError } = options;
  const storageMessage =
    options.storageMessage ??
    'Nuzzle could not save to your disk (it may be full or read-only). Nothing was changed.';

  return (channel, payload, sender) => {
    // Never a throw across the bridge, whatever arrives (even a null sender).
    try {
      return dispatchChecked(channel, payload, sender);
    } catch (error) {
      onInternalError?.(typeof channel === 'string' ? channel.slice(0, 60) : 'unknown', error);
      return fail('internal', 'Something went wrong inside Nuzzle. Nothing was changed.');
    }
  };

  function dispatchChecked(
    channel: unknown,
    payload: unknown,
    sender: unknown,
  ): IpcResult<unknown> {
    if (!isTrustedSender(sender, trustedOrigins)) {
      return fail('forbidden-sender', 'This page is not allowed to talk to Nuzzle.');
    }
    if (!isChannel(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 60) : typeof channel;
      return fail('unknown-channel', `Nuzzle has no "${name}" action.`);
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
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      if (isStorageError(error)) {
        return fail('storage', storageMessage);
      }
      onInternalError?.(channel, error);
      return fail('internal', 'Something went wrong inside Nuzzle. Nothing was changed.');
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
