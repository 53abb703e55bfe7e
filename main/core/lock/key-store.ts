// Where the database key lives and how it is unlocked. One random 256-bit key encrypts the
// database and its backups; the key file holds it wrapped by each enabled way in:
//   - the OS secret store (Keychain, DPAPI, libsecret/KWallet) through the shell's
//     KeyringProtector — only when that store is real (not Linux's `basic_text`);
//   - otherwise, with no passcode, stored as is ("device") — honest about it in Settings;
//   - the passcode and the recovery key, when a passcode is set. With no real secret store,
//     setting a passcode removes the stored key, so only the passcode or recovery key opens it.
// Changing the passcode or recovering re-wraps the same key: the data is never rewritten.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { KEY_BYTES } from '../db/connect.ts';
import { readKeyFile, writeKeyFile, type KeyFile } from './key-file.ts';
import {
  unwrapWithPasscode,
  unwrapWithRecovery,
  wrapWithPasscode,
  wrapWithRecovery,
  WrongSecret,
} from './key-wrap.ts';
import { newRecoveryKey, normalizeRecoveryKey } from './recovery-key.ts';

/** The OS secret store as the shell offers it (Electron safeStorage). */
export interface KeyringProtector {
  /** e.g. 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet5'. */
  backend: string;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export interface KeyStoreOptions {
  file: string;
  /** null when there is no real secret store on this computer. */
  keyring: KeyringProtector | null;
  /** scrypt cost for the passcode (log2 N); tests pass less than the default. */
  passcodeLogN?: number;
}

export function createKeyStore(options: KeyStoreOptions) {
  const { file, keyring } = options;
  let content: KeyFile | null = readKeyFile(file);

  const current = (): KeyFile => {
    if (!content) throw new Error('no key file yet');
    return content;
  };
  const save = (next: KeyFile) => {
    writeKeyFile(file, next);
    content = next;
  };
  /** The key stored without a passcode: in the secret store, or as is when there is none. */
  const unattended = (key: Buffer): Pick<KeyFile, 'keyring' | 'device'> =>
    keyring
      ? {
          keyring: {
            backend: keyring.backend,
            blob: keyring.encrypt(key.toString('hex')).toString('base64'),
          },
        }
      : { device: { key: key.toString('base64') } };

  function fromKeyring(file: KeyFile): Buffer | null {
    if (!file.keyring || !keyring) return null;
    try {
      const key = Buffer.from(keyring.decrypt(Buffer.from(file.keyring.blob, 'base64')), 'hex');
      return key.length === KEY_BYTES ? key : null;
    } catch {
      return null; // the secret store changed (another desktop, a reset keyring)
    }
  }

  return {
    exists: () => content !== null,
    hasPasscode: () => Boolean(content?.passcode),
    /** Whether the key sits in a real OS secret store. */
    inKeyring: () => Boolean(content?.keyring && keyring),
    keyringAvailable: () => keyring !== null,

    /** A new random key for a new (or upgrading) database, saved before anything uses it. */
    createKey(): Buffer {
      const key = randomBytes(KEY_BYTES);
      save({
        format: 'nuzzle-keys',
        version: 1,
        ...unattended(key),
        attempts: { failed: 0, lastFailedAt: null },
      });
      return key;
    },

    /** The key without asking anyone, or null when a passcode or recovery key is needed. */
    keyAtStart(): Buffer | null {
      const file = current();
      const viaKeyring = fromKeyring(file);
      if (viaKeyring) return viaKeyring;
      if (file.device && !file.passcode) return Buffer.from(file.device.key, 'base64');
      return null;
    },

    async withPasscode(passcode: string): Promise<Buffer> {
      const wrap = current().passcode;
      if (!wrap) throw new WrongSecret('no passcode');
      return unwrapWithPasscode(wrap, passcode);
    },

    withRecoveryKey(typed: string): Buffer {
      const wrap = current().recovery;
      const normal = normalizeRecoveryKey(typed);
      if (!wrap || !normal) throw new WrongSecret('not a recovery key');
      return unwrapWithRecovery(wrap, normal);
    },

    /** Sets (or replaces) the passcode; returns a fresh recovery key to show once. */
    async setPasscode(key: Buffer, passcode: string, keepRecovery = false): Promise<string | null> {
      const file = current();
      const passcodeWrap = await wrapWithPasscode(key, passcode, options.passcodeLogN);
      const recoveryKey = keepRecovery && file.recovery ? null : newRecoveryKey();
      const next: KeyFile = {
        format: 'nuzzle-keys',
        version: 1,
        ...(keyring ? unattended(key) : {}),
        passcode: passcodeWrap,
        recovery: recoveryKey ? wrapWithRecovery(key, recoveryKey) : file.recovery,
        attempts: { failed: 0, lastFailedAt: null },
      };
      save(next);
      return recoveryKey;
    },

    /** Turns the passcode off: the key goes back to the secret store (or the device). */
    removePasscode(key: Buffer): void {
      save({
        format: 'nuzzle-keys',
        version: 1,
        ...unattended(key),
        attempts: { failed: 0, lastFailedAt: null },
      });
    },

    /** After unlocking by passcode or recovery key: put the key back in a changed keyring. */
    repairKeyring(key: Buffer): void {
      const file = current();
      if (!keyring || fromKeyring(file)) return;
      save({ ...file, ...unattended(key) });
    },

    attempts: () => current().attempts,
    recordAttempt(ok: boolean, now: number): void {
      const file = current();
      const attempts = ok
        ? { failed: 0, lastFailedAt: null }
        : { failed: file.attempts.failed + 1, lastFailedAt: now };
      if (ok && file.attempts.failed === 0) return;
      save({ ...file, attempts });
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;

export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
