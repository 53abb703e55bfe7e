// IPC channels for the passcode lock. While Nuzzle is locked, every channel but
// `lock:unlock` is answered with a `locked` error (main/core/ipc/dispatch.ts).
// Merged into `contract` in ./contract.ts.

import { z } from 'zod';
import { channel, none } from './contract-kit.ts';

import { IDLE_MINUTES, PASSCODE_MAX, PASSCODE_MIN } from './limits.ts';

export interface LockStatus {
  passcode: boolean;
  locked: boolean;
  /** Lock after this many idle minutes (0: never by idle time). */
  idleMinutes: number;
  /** How the key is kept when nobody types anything: in a real OS secret store, or not. */
  keyring: { available: boolean; inUse: boolean };
  /** After unlocking with the recovery key: a new passcode is wanted. */
  needsNewPasscode: boolean;
}

export interface UnlockResult extends LockStatus {
  usedRecoveryKey: boolean;
}

const passcode = (what: string) =>
  z
    .string({ error: `Type ${what}.` })
    .min(1, { error: `Type ${what}.` })
    .max(PASSCODE_MAX, { error: `A passcode can be up to ${PASSCODE_MAX} characters.` });

const newPasscode = z
  .string({ error: 'Choose a passcode.' })
  .min(PASSCODE_MIN, { error: `A passcode needs at least ${PASSCODE_MIN} characters.` })
  .max(PASSCODE_MAX, { error: `A passcode can be up to ${PASSCODE_MAX} characters.` })
  .refine((s) => s.trim().length > 0, { error: 'A passcode can’t be only spaces.' });

const recoveryKey = z
  .string({ error: 'Type or paste your recovery key.' })
  .min(1, { error: 'Type or paste your recovery key.' })
  .max(100, { error: 'That is longer than a recovery key — check it and try again.' });

export const lockChannels = {
  'lock:unlock': channel<Promise<UnlockResult>>()(
    z.strictObject({ passcode: passcode('your passcode') }).or(z.strictObject({ recoveryKey })),
  ),
  'lock:status': channel<LockStatus>()(none),
  'lock:now': channel<LockStatus>()(none),
  'lock:set-passcode': channel<Promise<{ recoveryKey: string; status: LockStatus }>>()(
    z.strictObject({
      passcode: newPasscode,
      understood: z.literal(true, {
        error:
          'Please confirm you understand that without the passcode and the recovery key your data can’t be read.',
      }),
    }),
  ),
  'lock:change-passcode': channel<Promise<LockStatus>>()(
    z.strictObject({ current: passcode('your current passcode').optional(), next: newPasscode }),
  ),
  'lock:turn-off': channel<Promise<LockStatus>>()(
    z.strictObject({ current: passcode('your current passcode') }),
  ),
  'lock:set-idle': channel<LockStatus>()(
    z.strictObject({
      minutes: z
        .number({ error: 'Choose when to lock.' })
        .refine((n) => (IDLE_MINUTES as readonly number[]).includes(n), {
          error: 'Choose one of the offered times.',
        }),
    }),
  ),
} as const;
