// A sealed start: the key file holds the key only under the passcode and the recovery key (no
// real OS secret store, e.g. Linux's basic_text), so nothing can open the database until
// someone types one. Until then the app answers only `lock:status` (locked) and `lock:unlock`;
// every other channel is refused as locked. A right secret hands the key to `onKey`, which
// opens the core; wrong ones slow down exactly like the lock service's (nothing is erased).

import { CHANNELS } from '../../../shared/contract.ts';
import type { LockStatus, UnlockResult } from '../../../shared/contract-lock.ts';
import { APP_ORIGIN } from '../app-origin.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import {
  createDispatchers,
  LOCKED_MESSAGE,
  type DispatchAsync,
  type Handlers,
} from '../ipc/dispatch.ts';
import { DEFAULT_IDLE_MINUTES } from './idle-lock.ts';
import { WrongSecret } from './key-wrap.ts';
import type { KeyStore } from './key-store.ts';
import { refuseIfTooSoon } from './unlock-delay.ts';

export interface SealedStartOptions {
  keys: KeyStore;
  clock: Clock;
  trustedOrigins?: readonly string[];
  /** The right key arrived: open the data (synchronously, before the answer goes back). */
  onKey: (key: Buffer, usedRecoveryKey: boolean) => LockStatus;
}

/** Whether this start needs a passcode before the database can be opened at all (a passcode
 *  is set, and neither a real keychain nor the device holds the key). */
export function startIsSealed(keys: KeyStore): boolean {
  return keys.exists() && keys.hasPasscode() && keys.keyAtStart() === null;
}

export function sealedDispatcher(options: SealedStartOptions): DispatchAsync {
  const { keys, clock } = options;
  let busy = false;
  const status = (): LockStatus => ({
    passcode: true,
    locked: true,
    idleMinutes: DEFAULT_IDLE_MINUTES,
    keyring: { available: false, inUse: false },
    needsNewPasscode: false,
  });

  async function unlock(
    secret: { passcode: string } | { recoveryKey: string },
  ): Promise<UnlockResult> {
    refuseIfTooSoon(keys.attempts(), clock.now());
    if (busy) throw new AppError('slow-down', 'Still checking the last try — one moment.');
    busy = true;
    let key: Buffer;
    try {
      key =
        'recoveryKey' in secret
          ? keys.withRecoveryKey(secret.recoveryKey)
          : await keys.withPasscode(secret.passcode);
    } catch (error) {
      if (!(error instanceof WrongSecret)) throw error;
      keys.recordAttempt(false, clock.now());
      throw new AppError('wrong-secret', 'That isn’t right. Take your time and try again.');
    } finally {
      busy = false;
    }
    keys.recordAttempt(true, clock.now());
    const usedRecoveryKey = 'recoveryKey' in secret;
    return { ...options.onKey(key, usedRecoveryKey), usedRecoveryKey };
  }

  const refuse = () => {
    throw new AppError('locked', LOCKED_MESSAGE);
  };
  // Every other channel is refused by the dispatcher before it reaches these.
  const handlers = {
    ...Object.fromEntries(CHANNELS.map((channel) => [channel, refuse])),
    'lock:status': status,
    'lock:unlock': unlock,
  } as unknown as Handlers;
  return createDispatchers({
    handlers,
    trustedOrigins: [APP_ORIGIN, ...(options.trustedOrigins ?? [])],
    isLocked: () => true,
    openWhileLocked: ['lock:unlock', 'lock:status'],
  }).dispatchAsync;
}
