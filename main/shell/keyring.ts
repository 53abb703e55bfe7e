// The OS secret store for the database key (Electron safeStorage), when it is a real one.

import { safeStorage } from 'electron';
import type { KeyringProtector } from '../core/lock/key-store.ts';
import { isRealKeyring } from './decisions/keyring.ts';

// The synchronous calls are deprecated in Electron 45 but still work; the core opens the
// database synchronously at start-up. TODO: move to the *Async calls with an async start.
/* eslint-disable @typescript-eslint/no-deprecated */
export function osKeyring(): KeyringProtector | null {
  const backend =
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform;
  if (!isRealKeyring(process.platform, safeStorage.isEncryptionAvailable(), backend)) return null;
  return {
    backend,
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}
/* eslint-enable @typescript-eslint/no-deprecated */
