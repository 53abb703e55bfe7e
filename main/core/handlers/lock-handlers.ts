// The passcode lock (shared/contract-lock.ts).

import type { lockChannels } from '../../../shared/contract-lock.ts';
import type { Handlers } from '../ipc/dispatch.ts';
import type { LockService } from '../lock/lock-service.ts';

type LockHandlers = Pick<Handlers, keyof typeof lockChannels>;

export function lockHandlers(lock: LockService): LockHandlers {
  return {
    'lock:unlock': (secret) => lock.unlock(secret),
    'lock:status': () => lock.status(),
    'lock:now': () => lock.lockNow(),
    'lock:set-passcode': ({ passcode }) => lock.setPasscode(passcode),
    'lock:change-passcode': ({ current, next }) => lock.changePasscode(current, next),
    'lock:turn-off': ({ current }) => lock.turnOff(current),
    'lock:set-idle': ({ minutes }) => lock.setIdleMinutes(minutes),
  };
}
