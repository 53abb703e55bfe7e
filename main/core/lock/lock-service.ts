// The passcode lock, in the core. Locking only gates: the key stays in memory, so reminders
// keep coming and sync keeps running, but the dispatcher refuses every channel except
// `lock:unlock`. Unlocking checks the passcode (or recovery key) by unwrapping the key from
// the key file — off the main thread — and comparing it with the key in use. Wrong attempts
// wait longer and longer (unlock-delay.ts); nothing is ever erased.

import type { LockStatus, UnlockResult } from '../../../shared/contract-lock.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_IDLE_MINUTES } from './idle-lock.ts';
import { WrongSecret } from './key-wrap.ts';
import { sameKey, type KeyStore } from './key-store.ts';
import { refuseIfTooSoon } from './unlock-delay.ts';

const IDLE_KEY = 'lockIdleMinutes';

export interface LockServiceOptions {
  keys: KeyStore;
  /** The key the open database uses. */
  key: Buffer;
  /** Start locked (a passcode is set and the app just started). */
  startLocked: boolean;
  /** A sealed start was opened with the recovery key: a new passcode is wanted. */
  recovered?: boolean;
}

export function createLockService(ctx: CoreContext, options: LockServiceOptions) {
  const { keys, key } = options;
  let locked = options.startLocked && keys.hasPasscode();
  let needsNewPasscode = options.recovered ?? false;
  let busy = false;

  const idleMinutes = () => ctx.settings.readLocal<number>(IDLE_KEY, DEFAULT_IDLE_MINUTES);
  const status = (): LockStatus => ({
    passcode: keys.hasPasscode(),
    locked,
    idleMinutes: idleMinutes(),
    keyring: { available: keys.keyringAvailable(), inUse: keys.inKeyring() },
    needsNewPasscode,
  });
  const setLocked = (next: boolean) => {
    if (locked === next) return;
    locked = next;
    ctx.emit('lock', { locked });
  };

  /** Runs one secret check at a time, after any slow-down, and records the outcome. */
  async function checked<T>(check: () => Promise<T> | T): Promise<T> {
    refuseIfTooSoon(keys.attempts(), ctx.clock.now());
    if (busy) throw new AppError('slow-down', 'Still checking the last try — one moment.');
    busy = true;
    try {
      const result = await check();
      keys.recordAttempt(true, ctx.clock.now());
      return result;
    } catch (error) {
      if (!(error instanceof WrongSecret)) throw error;
      keys.recordAttempt(false, ctx.clock.now());
      throw new AppError('wrong-secret', 'That isn’t right. Take your time and try again.');
    } finally {
      busy = false;
    }
  }

  const matches = (candidate: Buffer) => {
    if (!sameKey(candidate, key)) throw new WrongSecret('another key');
  };
  const requirePasscode = () => {
    if (!keys.hasPasscode()) throw new AppError('not-found', 'No passcode is set.');
  };

  return {
    isLocked: () => locked,
    status,
    /** Locks now (sleep, screen lock, idle, the tray); without a passcode there is no lock. */
    lockNow(): LockStatus {
      if (keys.hasPasscode()) setLocked(true);
      return status();
    },
    async unlock(secret: { passcode: string } | { recoveryKey: string }): Promise<UnlockResult> {
      const usedRecoveryKey = 'recoveryKey' in secret;
      await checked(async () =>
        matches(
          'recoveryKey' in secret
            ? keys.withRecoveryKey(secret.recoveryKey)
            : await keys.withPasscode(secret.passcode),
        ),
      );
      keys.repairKeyring(key); // a changed secret store gets the key back
      if (usedRecoveryKey) needsNewPasscode = true;
      setLocked(false);
      return { ...status(), usedRecoveryKey };
    },
    async setPasscode(passcode: string): Promise<{ recoveryKey: string; status: LockStatus }> {
      if (keys.hasPasscode()) {
        throw new AppError('bad-request', 'A passcode is already set. Change it instead.');
      }
      const recoveryKey = await keys.setPasscode(key, passcode);
      if (!recoveryKey) throw new Error('no recovery key made');
      ctx.emit('changed', { topics: ['settings'] });
      return { recoveryKey, status: status() };
    },
    async changePasscode(current: string | undefined, next: string): Promise<LockStatus> {
      requirePasscode();
      // Right after a recovery the old passcode is the one that was forgotten.
      if (!needsNewPasscode) {
        if (current === undefined) {
          throw new AppError('bad-request', 'Type your current passcode.');
        }
        await checked(async () => matches(await keys.withPasscode(current)));
      }
      await keys.setPasscode(key, next, true);
      needsNewPasscode = false;
      ctx.emit('changed', { topics: ['settings'] });
      return status();
    },
    async turnOff(current: string): Promise<LockStatus> {
      requirePasscode();
      await checked(async () => matches(await keys.withPasscode(current)));
      keys.removePasscode(key);
      needsNewPasscode = false;
      ctx.emit('changed', { topics: ['settings'] });
      return status();
    },
    setIdleMinutes(minutes: number): LockStatus {
      ctx.settings.writeLocal(IDLE_KEY, minutes, ctx.clock.now());
      ctx.emit('changed', { topics: ['settings'] });
      return status();
    },
  };
}

export type LockService = ReturnType<typeof createLockService>;
