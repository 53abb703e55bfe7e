// Wrapping the database key: AES-256-GCM under a key-encryption key that comes from the
// passcode (scrypt at OWASP's minimum cost, run on libuv's thread pool so the main process
// keeps answering), from the recovery key (HKDF: it already carries 160 random bits), or
// from the OS secret store (the shell's KeyringProtector). Unwrapping with the wrong secret
// fails GCM's authentication, so a wrong passcode can never yield a wrong key.

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';

/** OWASP's minimum for scrypt: N = 2^17, r = 8, p = 1. */
export const PASSCODE_LOG_N = 17;
const R = 8;
const P = 1;

export interface Sealed {
  nonce: string;
  sealed: string;
}

export interface PasscodeWrap extends Sealed {
  salt: string;
  logN: number;
  r: number;
  p: number;
}

export interface RecoveryWrap extends Sealed {
  salt: string;
}

export class WrongSecret extends Error {}

export function seal(kek: Buffer, key: Buffer, label: string): Sealed {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(label));
  const body = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), sealed: body.toString('base64') };
}

export function unseal(kek: Buffer, wrapped: Sealed, label: string): Buffer {
  try {
    const body = Buffer.from(wrapped.sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonce, 'base64'));
    decipher.setAAD(Buffer.from(label));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
  } catch {
    throw new WrongSecret('wrong secret');
  }
}

function scryptAsync(secret: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    // NFC, so the same passcode typed on another keyboard layout still matches.
    scrypt(secret.normalize('NFC'), salt, 32, { N, r: R, p: P, maxmem: 256 * N * R }, (e, k) =>
      e ? reject(e) : resolve(k),
    );
  });
}

export async function wrapWithPasscode(
  key: Buffer,
  passcode: string,
  logN = PASSCODE_LOG_N,
): Promise<PasscodeWrap> {
  const salt = randomBytes(16);
  const kek = await scryptAsync(passcode, salt, logN);
  return { salt: salt.toString('base64'), logN, r: R, p: P, ...seal(kek, key, 'passcode') };
}

export async function unwrapWithPasscode(wrap: PasscodeWrap, passcode: string): Promise<Buffer> {
  const kek = await scryptAsync(passcode, Buffer.from(wrap.salt, 'base64'), wrap.logN);
  return unseal(kek, wrap, 'passcode');
}

function recoveryKek(recoveryKey: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'nuzzle recovery key v1', 32));
}

export function wrapWithRecovery(key: Buffer, recoveryKey: string): RecoveryWrap {
  const salt = randomBytes(16);
  return {
    salt: salt.toString('base64'),
    ...seal(recoveryKek(recoveryKey, salt), key, 'recovery'),
  };
}

export function unwrapWithRecovery(wrap: RecoveryWrap, recoveryKey: string): Buffer {
  return unseal(recoveryKek(recoveryKey, Buffer.from(wrap.salt, 'base64')), wrap, 'recovery');
}
