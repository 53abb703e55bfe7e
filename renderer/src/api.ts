// The renderer's typed client for the IPC bridge (`window.nuzzle`, set up by the preload in
// Electron and by the test harness in Chromium). Only types come from the contract, so the
// validation library stays out of this bundle.

import type {
  Channel,
  EventMap,
  EventName,
  NuzzleBridge,
  RequestOf,
  ResultOf,
} from '../../shared/contract.ts';
import { CallFailed } from '../../shared/call-failed.ts';

export { CallFailed, UNEXPECTED_ERROR, errorWords } from '../../shared/call-failed.ts';

declare global {
  interface Window {
    nuzzle?: NuzzleBridge;
  }
}

function bridge(): NuzzleBridge {
  if (!window.nuzzle)
    throw new CallFailed({
      code: 'internal',
      message: 'Nuzzle couldn’t reach its data just now. Try closing and reopening the window.',
    });
  return window.nuzzle;
}

/** Calls a channel; resolves with its value or rejects with a CallFailed carrying the message. */
export async function call<C extends Channel>(
  channel: C,
  payload?: RequestOf<C>,
): Promise<ResultOf<C>> {
  const result = await bridge().invoke(channel, payload);
  if (!result.ok) throw new CallFailed(result.error);
  return result.value;
}

export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventMap[E]) => void,
): () => void {
  return bridge().on(event, listener);
}
