// An encrypted export: the plain export's JSON text sealed with AES-256-GCM under a key that
// scrypt derives from a passphrase the person chooses. The file is a small JSON envelope
//
//   { format: 'nuzzle-export-encrypted', version: 1,
//     kdf: { name: 'scrypt', N, r, p, salt }, cipher: { name: 'aes-256-gcm', nonce }, data }
//
// (salt, nonce and data in base64; data is ciphertext then the 16-byte tag). The header —
// everything but `data` — is bound as GCM's additional data, so editing any of it fails
// authentication just like a wrong passphrase. A file is read by someone who may not have
// made it, so every header field is checked before anything is derived: a hostile N, r or p
// would otherwise cost gigabytes of memory or minutes of CPU. scrypt runs on libuv's thread
// pool (async `crypto.scrypt`), so the main process keeps answering while it works.

import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { AppError } from '../errors.ts';

export const ENCRYPTED_FORMAT = 'nuzzle-export-encrypted';
export const ENCRYPTED_VERSION = 1;

/** OWASP's minimum for scrypt (N = 2^17, r = 8, p = 1): what Nuzzle writes. */
export const EXPORT_LOG_N = 17;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/**
 * What an import accepts before deriving anything. Headroom above what Nuzzle writes (a
 * later version may raise the cost), but never more than a laptop can spare: scrypt needs
 * 128·N·r bytes of memory and time in proportion to N·r·p.
 */
const MAX_LOG_N = 18;
const MAX_R = 16;
const MAX_P = 4;
const MAX_MEMORY = 256 * 1024 * 1024;
const MAX_WORK = 2 ** MAX_LOG_N * R * 2;
const SALT_RANGE = { min: 16, max: 64 };

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
}

export interface Envelope {
  kdf: ScryptParams;
  nonce: Buffer;
  /** Ciphertext followed by the GCM tag. */
  data: Buffer;
}

export class WrongPassphrase extends Error {}

const DAMAGED =
  'That encrypted export is damaged, or wasn’t made by Nuzzle, so it wasn’t opened. Nothing was changed.';
const refuse = (why = DAMAGED): never => {
  throw new AppError('bad-request', why);
};

/** The header as GCM's additional data: fixed order, only checked values, nothing else. */
function headerBytes(kdf: ScryptParams, nonce: Buffer): Buffer {
  return Buffer.from(
    JSON.stringify([
      ENCRYPTED_FORMAT,
      ENCRYPTED_VERSION,
      ['scrypt', kdf.N, kdf.r, kdf.p, kdf.salt.toString('base64')],
      ['aes-256-gcm', nonce.toString('base64')],
    ]),
  );
}

function deriveKey(passphrase: string, kdf: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFC, so the same passphrase typed on another keyboard or system still opens the file.
    scrypt(
      passphrase.normalize('NFC'),
      kdf.salt,
      KEY_BYTES,
      // maxmem is an allowance, not an allocation: 128·N·r is what scrypt takes.
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Seals a plain export's text; returns the envelope's JSON text. */
export async function sealExport(
  plainText: string,
  passphrase: string,
  logN = EXPORT_LOG_N,
): Promise<string> {
  const kdf: ScryptParams = { N: 2 ** logN, r: R, p: P, salt: randomBytes(SALT_BYTES) };
  const nonce = randomBytes(NONCE_BYTES);
  const key = await deriveKey(passphrase, kdf);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(headerBytes(kdf, nonce));
  const data = Buffer.concat([
    cipher.update(plainText, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  const envelope = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', nonce: nonce.toString('base64') },
    data: data.toString('base64'),
  };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const hasOnly = (value: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(value).length === keys.length && keys.every((k) => Object.hasOwn(value, k));

/**
 * Strict base64 of a bounded length: any other spelling (stray characters Node would skip,
 * missing padding) is refused, so no edit to the file is silently ignored.
 */
function base64Of(value: unknown, min: number, max: number): Buffer {
  if (typeof value !== 'string' || value.length > Math.ceil(max / 3) * 4) return refuse();
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return refuse();
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length < min || bytes.length > max || bytes.toString('base64') !== value) {
    return refuse();
  }
  return bytes;
}

const isWhole = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/** True when a parsed file says it is an encrypted export (checked in full by readEnvelope). */
export const looksEncrypted = (parsed: unknown): boolean =>
  isPlainObject(parsed) && parsed.format === ENCRYPTED_FORMAT;

/**
 * Checks an encrypted export's envelope, cheaply and before any key is derived. `minLogN`
 * is the weakest scrypt cost accepted (Nuzzle's own, unless a test lowers it).
 */
export function readEnvelope(
  parsed: Record<string, unknown>,
  maxDataBytes: number,
  minLogN = EXPORT_LOG_N,
): Envelope {
  if (parsed.format !== ENCRYPTED_FORMAT) return refuse();
  if (isWhole(parsed.version, ENCRYPTED_VERSION + 1, Number.MAX_SAFE_INTEGER)) {
    refuse(
      'That export was made by a newer version of Nuzzle. Update Nuzzle, then import it again. Nothing was changed.',
    );
  }
  if (parsed.version !== ENCRYPTED_VERSION) return refuse();
  if (!hasOnly(parsed, ['format', 'version', 'kdf', 'cipher', 'data'])) return refuse();
  const { kdf, cipher } = parsed;
  if (!isPlainObject(kdf) || !hasOnly(kdf, ['name', 'N', 'r', 'p', 'salt'])) return refuse();
  if (!isPlainObject(cipher) || !hasOnly(cipher, ['name', 'nonce'])) return refuse();
  if (kdf.name !== 'scrypt' || cipher.name !== 'aes-256-gcm') return refuse();

  const { N, r, p } = kdf;
  if (!isWhole(N, 2 ** minLogN, 2 ** MAX_LOG_N) || !Number.isInteger(Math.log2(N))) {
    return refuse();
  }
  if (!isWhole(r, 1, MAX_R) || !isWhole(p, 1, MAX_P)) return refuse();
  if (128 * N * r > MAX_MEMORY || N * r * p > MAX_WORK) return refuse();

  const salt = base64Of(kdf.salt, SALT_RANGE.min, SALT_RANGE.max);
  const nonce = base64Of(cipher.nonce, NONCE_BYTES, NONCE_BYTES);
  const data = base64Of(parsed.data, TAG_BYTES + 1, maxDataBytes);
  return { kdf: { N, r, p, salt }, nonce, data };
}

/** The plain export's text inside; WrongPassphrase when the passphrase or file is wrong. */
export async function openEnvelope(envelope: Envelope, passphrase: string): Promise<string> {
  const key = await deriveKey(passphrase, envelope.kdf);
  const { data } = envelope;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, envelope.nonce, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(headerBytes(envelope.kdf, envelope.nonce));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(data.subarray(0, data.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return plain.toString('utf8');
  } catch {
    // GCM can't tell a wrong passphrase from an edited file: both fail the same check.
    throw new WrongPassphrase('wrong passphrase');
  }
}
