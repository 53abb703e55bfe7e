// How long to wait after wrong unlock attempts: three free tries, then 1 s, 2 s, 4 s … up to
// five minutes between tries. Nothing is ever erased, however many attempts fail.

import { AppError } from '../errors.ts';

const FREE_TRIES = 3;
const MAX_DELAY_MS = 5 * 60_000;

export function unlockDelayMs(failed: number): number {
  if (failed < FREE_TRIES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failed - FREE_TRIES));
}

/** Milliseconds still to wait before the next attempt may be checked (0 = go ahead). */
export function waitBeforeNextTry(
  attempts: { failed: number; lastFailedAt: number | null },
  now: number,
): number {
  if (attempts.lastFailedAt === null) return 0;
  return Math.max(0, attempts.lastFailedAt + unlockDelayMs(attempts.failed) - now);
}

/** Refuses, in words, a try made before the wait after wrong ones is over. */
export function refuseIfTooSoon(
  attempts: { failed: number; lastFailedAt: number | null },
  now: number,
): void {
  const wait = waitBeforeNextTry(attempts, now);
  if (wait === 0) return;
  const seconds = Math.ceil(wait / 1000);
  throw new AppError(
    'slow-down',
    `Please wait ${String(seconds)} second${seconds === 1 ? '' : 's'} before trying again.`,
  );
}
