// What this computer remembers about its pairing (local settings, never synced), and the
// status the screens and the tray show, built from it.

import type { SyncStatus } from '../../../shared/contract-sync.ts';
import type { CoreContext } from '../context.ts';
import type { OpenInvite } from './invitation.ts';

/** One pairing: a folder inside the shared folder, and the keys for it. */
export interface Link {
  pair: string;
  /** The code, shown only by the inviting computer until a computer answers. */
  code: string | null;
  /** Key stretched from the code (base64): opens the invitation and join requests. */
  codeKey: string | null;
  salt: string | null;
  logN: number | null;
  inviteId: string | null;
  /** This computer's X25519 private key until the pair key is known. */
  secret: string | null;
  /** The key every segment is sealed with (base64). */
  key: string | null;
  partnerDevice: string | null;
  phrase: string | null;
  /** The joining computer's copy of the invitation: the ids it adopts once confirmed. */
  invite: OpenInvite | null;
  /** This computer's own join request (file name), so it isn't taken for someone else's. */
  joinFile: string | null;
}

export interface SyncState {
  v: 2;
  folder: string;
  role: 'inviter' | 'joiner';
  stage: 'joining' | 'waiting' | 'confirm' | 'paired' | 'ended';
  link: Link;
  /** A new computer being connected in place of the partner's old one. */
  next: Link | null;
  lastHeardAt: number | null;
  /** Join requests already accounted for (ours, the partner's, or already reported). */
  seenJoins: string[];
  notice: string | null;
  /** This computer's running file number, and the highest of the partner's it has read. */
  n: number;
  ack: number;
  /** The highest of this computer's numbers the partner says it has read. */
  partnerAck: number;
  /** Keep sending the partner's own history until they have read this file number. */
  forwardUntil: number | null;
  /** A taken-back record was shipped: rewrite this computer's files soon. */
  purge: boolean;
  partnerZone: string | null;
}

export const STATE_KEY = 'sync';
export const DEVICE_KEY = 'syncDevice';
export const PROBLEM_KEY = 'syncProblem';

export function emptyLink(pair: string): Link {
  return {
    pair,
    code: null,
    codeKey: null,
    salt: null,
    logN: null,
    inviteId: null,
    secret: null,
    key: null,
    partnerDevice: null,
    phrase: null,
    invite: null,
    joinFile: null,
  };
}

export function newState(folder: string, role: SyncState['role'], link: Link): SyncState {
  return {
    v: 2,
    folder,
    role,
    stage: role === 'inviter' ? 'waiting' : 'joining',
    link,
    next: null,
    lastHeardAt: null,
    seenJoins: [],
    notice: null,
    n: 0,
    ack: 0,
    partnerAck: 0,
    forwardUntil: null,
    purge: false,
    partnerZone: null,
  };
}

interface LegacyState {
  folder: string;
  pair: string;
  key: string;
  role: 'inviter' | 'joiner';
  partnerDevice: string | null;
  phrase: string | null;
  lastHeardAt: number | null;
}

/** Reads the stored state; a pairing made by an older Nuzzle keeps working as it was. */
export function readState(settings: CoreContext['settings']): SyncState | null {
  const raw = settings.readLocal<SyncState | LegacyState | null>(STATE_KEY, null);
  if (!raw) return null;
  if ('v' in raw) return raw;
  const old = raw;
  // An old invitation nobody answered can't be answered by this Nuzzle's joiners.
  if (!old.partnerDevice) return null;
  const link = { ...emptyLink(old.pair), key: old.key, partnerDevice: old.partnerDevice };
  return {
    ...newState(old.folder, old.role, { ...link, phrase: old.phrase }),
    stage: 'paired',
    lastHeardAt: old.lastHeardAt,
  };
}

export function statusFrom(
  s: SyncState | null,
  settings: CoreContext['settings'],
  problem: string | null,
): SyncStatus {
  const partnerName = settings.partners().find((p) => p.role === 'partner')?.name ?? '';
  if (!s) {
    return {
      state: 'off',
      folder: null,
      code: null,
      phrase: null,
      partnerName,
      partnerZone: null,
      lastHeardAt: null,
      problem,
      notice: settings.readLocal<string | null>('syncNotice', null),
      replacement: null,
    };
  }
  return {
    state: s.stage,
    folder: s.folder,
    code: s.stage === 'waiting' ? s.link.code : null,
    phrase: s.stage === 'confirm' || s.stage === 'paired' ? s.link.phrase : null,
    partnerName,
    partnerZone: s.partnerZone,
    lastHeardAt: s.lastHeardAt,
    problem,
    notice: s.notice,
    replacement: s.next ? { code: s.next.key ? null : s.next.code, phrase: s.next.phrase } : null,
  };
}

/** The sync status as stored in the database, for readers without the service (the tray). */
export function storedSyncStatus(ctx: Pick<CoreContext, 'settings'>): SyncStatus {
  const { settings } = ctx;
  return statusFrom(
    readState(settings),
    settings,
    settings.readLocal<string | null>(PROBLEM_KEY, null),
  );
}
