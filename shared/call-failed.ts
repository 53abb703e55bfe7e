// A failed call as the renderer sees it, and the words a person reads for any failure.
// Nuzzle's own messages are written for people; anything else (a crashed bridge, a bug) would
// show a programmer's English, so it gets one plain sentence instead.

import type { IpcError } from './contract.ts';

export class CallFailed extends Error {
  readonly code: IpcError['code'];

  constructor(error: IpcError) {
    super(error.message);
    this.code = error.code;
  }
}

export const UNEXPECTED_ERROR =
  'Something went wrong just now, so that didn’t go through. Please try again.';

/** The words to show a person for a failed call. */
export function errorWords(e: unknown): string {
  return e instanceof CallFailed ? e.message : UNEXPECTED_ERROR;
}
