// The one-time invitation. `<pair>/invite.json` holds the scrypt salt and cost in the clear
// and, sealed with the key stretched from the pairing code, either the open invitation (the
// inviting computer's public key and the two partner ids) or, once consumed, which computer
// it admitted. A computer that enters the code leaves a sealed join request in `<pair>/join/`:
// the first one is answered; any later one is another computer trying, and both partners are
// told. The code opens nothing else: the pair key comes from a key exchange (crypto.ts).

import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { KDF_LOG_N_MAX, openSegment, sealSegment, subKeys, type KdfParams } from './crypto.ts';
import { listFiles, readQuietly, writeAtomically } from './files.ts';

export const INVITE_FILE = 'invite.json';
export const JOIN_DIR = 'join';
/** The file an older Nuzzle's invitation left (its key came straight from the code). */
export const LEGACY_PARAMS_FILE = 'params.json';
const MAX_INVITE_BYTES = 64 * 1024;

export interface OpenInvite {
  kind: 'invite';
  inviteId: string;
  deviceId: string;
  publicKey: string;
  /** The inviting partner's id and name (they own both). */
  inviterId: string;
  inviterName: string;
  /** The id the joining computer takes for its own person, and the inviter's guess of a name. */
  joinerId: string;
  joinerName: string;
  /** Replacing the partner's old computer rather than connecting for the first time. */
  replacing: boolean;
  app: string;
}

export interface UsedInvite {
  kind: 'used';
  inviteId: string;
  acceptedDevice: string;
}

export interface JoinRequest {
  kind: 'join';
  deviceId: string;
  publicKey: string;
  sentAt: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Salt and cost from a folder's invitation, refused if missing, malformed or too costly. */
export function readInviteParams(pairDir: string): (KdfParams & { box: string }) | null {
  const data = readQuietly(join(pairDir, INVITE_FILE));
  if (!data || data.length > MAX_INVITE_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { v, salt, logN, box } = value;
  if (v !== 2 || typeof salt !== 'string' || typeof box !== 'string') return null;
  if (typeof logN !== 'number' || !Number.isInteger(logN) || logN < 1 || logN > KDF_LOG_N_MAX) {
    return null;
  }
  if (Buffer.from(salt, 'base64').length < 16) return null;
  return { v: 1, salt, logN, box };
}

export function hasLegacyInvite(pairDir: string): boolean {
  return readQuietly(join(pairDir, LEGACY_PARAMS_FILE)) !== null;
}

function seal(codeKey: Buffer, value: unknown): Buffer {
  return sealSegment(subKeys(codeKey), randomBytes(16), Buffer.from(JSON.stringify(value)));
}

function open(codeKey: Buffer, data: Buffer): Record<string, unknown> | null {
  const opened = openSegment(subKeys(codeKey), data);
  if (!opened.ok) return null;
  try {
    const value: unknown = JSON.parse(opened.plaintext.toString('utf8'));
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeInvite(
  pairDir: string,
  params: KdfParams,
  codeKey: Buffer,
  body: OpenInvite | UsedInvite,
): void {
  const box = seal(codeKey, body).toString('base64');
  const file = { v: 2, salt: params.salt, logN: params.logN, box };
  writeAtomically(pairDir, INVITE_FILE, Buffer.from(JSON.stringify(file), 'utf8'));
}

const strings = (o: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((k) => typeof o[k] === 'string');

/** The invitation, opened with the code key; null when the code is wrong. */
export function openInvite(box: string, codeKey: Buffer): OpenInvite | UsedInvite | null {
  const value = open(codeKey, Buffer.from(box, 'base64'));
  if (!value) return null;
  if (value.kind === 'used' && strings(value, ['inviteId', 'acceptedDevice'])) {
    return value as unknown as UsedInvite;
  }
  const fields = ['inviteId', 'deviceId', 'publicKey', 'inviterId', 'inviterName', 'joinerId'];
  if (value.kind === 'invite' && strings(value, [...fields, 'joinerName', 'app'])) {
    return { ...(value as unknown as OpenInvite), replacing: value.replacing === true };
  }
  return null;
}

export function writeJoinRequest(pairDir: string, codeKey: Buffer, request: JoinRequest): string {
  const name = `${randomBytes(12).toString('hex')}.nzs`;
  writeAtomically(join(pairDir, JOIN_DIR), name, seal(codeKey, request));
  return name;
}

/** Every join request in the folder that this code key opens, by file name. */
export function readJoinRequests(pairDir: string, codeKey: Buffer): Map<string, JoinRequest> {
  const found = new Map<string, JoinRequest>();
  const dir = join(pairDir, JOIN_DIR);
  for (const name of listFiles(dir)) {
    const data = readQuietly(join(dir, name));
    if (!data || data.length > MAX_INVITE_BYTES) continue;
    const value = open(codeKey, data);
    if (!value || value.kind !== 'join' || !strings(value, ['deviceId', 'publicKey'])) continue;
    if (typeof value.sentAt !== 'number') continue;
    found.set(name, value as unknown as JoinRequest);
  }
  return found;
}
