// The sync folder's cryptography, all from node:crypto: a master key stretched from the
// pairing code with scrypt (random salt kept in the folder), sub-keys from HKDF, and every
// segment sealed with AES-256-GCM (random nonce, the header authenticated as AAD).

import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
  scryptSync,
} from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_GROUPS = 5;
const GROUP_LENGTH = 4;

/** A fresh pairing code: 100 random bits as five groups of four, e.g. `7KQM-2XHD-…`. */
export function newPairingCode(): string {
  const bytes = randomBytes(CODE_GROUPS * GROUP_LENGTH);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31] ?? '0');
  const groups: string[] = [];
  for (let i = 0; i < CODE_GROUPS; i += 1) {
    groups.push(chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  }
  return groups.join('-');
}

/** A typed code in canonical form, or null if it can't be one of ours. */
export function normalizeCode(typed: string): string | null {
  const plain = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
  if (plain.length !== CODE_GROUPS * GROUP_LENGTH) return null;
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(plain)) return null;
  const groups: string[] = [];
  for (let i = 0; i < CODE_GROUPS; i += 1) {
    groups.push(plain.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH));
  }
  return groups.join('-');
}

export interface KdfParams {
  v: 1;
  salt: string;
  /** scrypt cost (log2 N). */
  logN: number;
}

export function newKdfParams(logN: number): KdfParams {
  return { v: 1, salt: randomBytes(16).toString('base64'), logN };
}

/**
 * The costliest scrypt a folder may ask for (log2 N): 2^17 is 128 MiB and about half a
 * second. Our invitations use 15; a hostile params file can't ask for more than this.
 */
export const KDF_LOG_N_MAX = 17;

const scryptOptions = (logN: number) => {
  const N = 2 ** logN;
  return { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 };
};

export function deriveMasterKey(code: string, params: KdfParams): Buffer {
  return scryptSync(code, Buffer.from(params.salt, 'base64'), 32, scryptOptions(params.logN));
}

/** The same key, stretched on libuv's thread pool so the main process stays responsive. */
export function deriveMasterKeyAsync(code: string, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      code,
      Buffer.from(params.salt, 'base64'),
      32,
      scryptOptions(params.logN),
      (error, key) => {
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

// ---- The pair key ------------------------------------------------------------------------
//
// The code only opens the invitation. The key both computers seal their files with comes
// from an X25519 exchange between the inviting and the joining computer, so someone who
// later finds the code (and an old copy of the folder) still can't read anything.

export interface ExchangeKeys {
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  /** PKCS#8 DER, base64; kept in this computer's local settings only. */
  privateKey: string;
}

export function newExchangeKeys(): ExchangeKeys {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKey: spki.subarray(spki.length - 32).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

const SPKI_X25519_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

/** The pair key from my private key, the other computer's public key and the code key. */
export function pairKey(myPrivate: string, theirPublic: string, codeKey: Buffer): Buffer | null {
  const raw = Buffer.from(theirPublic, 'base64');
  if (raw.length !== 32) return null;
  try {
    const secret = diffieHellman({
      privateKey: createPrivateKey({
        key: Buffer.from(myPrivate, 'base64'),
        format: 'der',
        type: 'pkcs8',
      }),
      publicKey: createPublicKey({
        key: Buffer.concat([SPKI_X25519_PREFIX, raw]),
        format: 'der',
        type: 'spki',
      }),
    });
    return Buffer.from(hkdfSync('sha256', secret, codeKey, 'nuzzle-sync v2 pair key', 32));
  } catch {
    return null;
  }
}

export interface SyncKeys {
  /** Seals segments. */
  enc: Buffer;
  /** Names device folders without revealing device ids. */
  names: Buffer;
  /** The confirmation phrase both partners compare. */
  confirm: Buffer;
}

export function subKeys(master: Buffer): SyncKeys {
  const sub = (info: string) => Buffer.from(hkdfSync('sha256', master, '', info, 32));
  return {
    enc: sub('nuzzle-sync v1 segment key'),
    names: sub('nuzzle-sync v1 names'),
    confirm: sub('nuzzle-sync v1 confirm'),
  };
}

/** An opaque, stable folder name for a device. */
export function deviceTag(keys: SyncKeys, deviceId: string): string {
  return createHmac('sha256', keys.names).update(`device:${deviceId}`).digest('hex').slice(0, 24);
}

const PHRASE_WORDS = [
  'amber',
  'apple',
  'birch',
  'bloom',
  'brook',
  'cedar',
  'cloud',
  'coral',
  'daisy',
  'dawn',
  'delta',
  'ember',
  'fern',
  'field',
  'flint',
  'frost',
  'grove',
  'harbor',
  'hazel',
  'heron',
  'honey',
  'iris',
  'ivy',
  'jade',
  'juniper',
  'kite',
  'lake',
  'lark',
  'lemon',
  'linen',
  'maple',
  'meadow',
  'mint',
  'moss',
  'nectar',
  'oak',
  'olive',
  'opal',
  'orchid',
  'otter',
  'pearl',
  'pebble',
  'pine',
  'plum',
  'poppy',
  'quail',
  'rain',
  'reed',
  'river',
  'robin',
  'sage',
  'sand',
  'shell',
  'sky',
  'spruce',
  'star',
  'stone',
  'sun',
  'thistle',
  'tide',
  'tulip',
  'violet',
  'willow',
  'wren',
] as const;

/** Four words both screens show once paired; they match only if both hold the same key. */
export function confirmationPhrase(keys: SyncKeys, deviceIds: readonly string[]): string {
  const digest = createHmac('sha256', keys.confirm)
    .update([...deviceIds].sort().join('|'))
    .digest();
  return Array.from(digest.subarray(0, 4), (b) => PHRASE_WORDS[b & 63] ?? 'sun').join(' ');
}

// ---- Segments -------------------------------------------------------------------------
//
// Layout: magic "NZS1" | version (1 byte) | segment id (16 bytes) | nonce (12 bytes) |
// ciphertext length (4 bytes, big-endian) | ciphertext | GCM tag (16 bytes).
// Everything before the ciphertext is the header and is authenticated as AAD.

const MAGIC = Buffer.from('NZS1', 'ascii');
const FORMAT_VERSION = 1;
export const HEADER_LENGTH = 4 + 1 + 16 + 12 + 4;
const TAG_LENGTH = 16;

export function sealSegment(keys: SyncKeys, segmentId: Buffer, plaintext: Buffer): Buffer {
  const nonce = randomBytes(12);
  const header = Buffer.alloc(HEADER_LENGTH);
  MAGIC.copy(header, 0);
  header.writeUInt8(FORMAT_VERSION, 4);
  segmentId.copy(header, 5, 0, 16);
  nonce.copy(header, 21);
  header.writeUInt32BE(plaintext.length, 33);
  const cipher = createCipheriv('aes-256-gcm', keys.enc, nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export type OpenResult =
  | { ok: true; segmentId: string; plaintext: Buffer }
  /** Shorter than its header says: perhaps still being copied. */
  | { ok: false; reason: 'incomplete' }
  /** Not ours, altered, or sealed with another key. */
  | { ok: false; reason: 'rejected' }
  /** Written by a newer Nuzzle. */
  | { ok: false; reason: 'newer' };

export function openSegment(keys: SyncKeys, file: Buffer): OpenResult {
  if (file.length < HEADER_LENGTH) return { ok: false, reason: 'incomplete' };
  if (!file.subarray(0, 4).equals(MAGIC)) return { ok: false, reason: 'rejected' };
  const version = file.readUInt8(4);
  if (version < FORMAT_VERSION) return { ok: false, reason: 'rejected' };
  const length = file.readUInt32BE(33);
  const expected = HEADER_LENGTH + length + TAG_LENGTH;
  if (file.length < expected) return { ok: false, reason: 'incomplete' };
  if (file.length > expected) return { ok: false, reason: 'rejected' };
  const header = file.subarray(0, HEADER_LENGTH);
  const nonce = file.subarray(21, 33);
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.enc, nonce);
    decipher.setAAD(header);
    decipher.setAuthTag(file.subarray(HEADER_LENGTH + length));
    const plaintext = Buffer.concat([
      decipher.update(file.subarray(HEADER_LENGTH, HEADER_LENGTH + length)),
      decipher.final(),
    ]);
    // The version byte is authenticated, so a flipped byte fails above and only a file a
    // newer Nuzzle really sealed (keeping this envelope) reaches here.
    if (version > FORMAT_VERSION) return { ok: false, reason: 'newer' };
    return { ok: true, segmentId: file.subarray(5, 21).toString('hex'), plaintext };
  } catch {
    return { ok: false, reason: 'rejected' };
  }
}
