// Moving a pair made by an older Nuzzle onto a key nobody else can have. The older Nuzzle
// sealed everything with a key stretched from the pairing code, so anyone who had the code
// and the folder could read it. Once both computers run this Nuzzle they swap fresh X25519
// public keys, sealed under the old key, and switch to a key from that exchange (bound to
// the old key). Each side then rewrites its whole history under the new key and removes its
// old files, so nothing already synced is lost and nothing stays readable with the code.
//
// While a side waits, its `rekey` file (in its old device folder) carries its public key;
// it stays until the partner is heard under the new key. A partner still on the older
// Nuzzle ignores that file and the pair keeps syncing under the old key meanwhile.

import { join } from 'node:path';
import { openBody, sealBody, type SegmentBody } from './body.ts';
import { deviceTag, newExchangeKeys, pairKey, subKeys, type SyncKeys } from './crypto.ts';
import { listDirs, listFiles, readQuietly, removeQuietly, writeAtomically } from './files.ts';
import { JOIN_DIR, LEGACY_PARAMS_FILE } from './invitation.ts';
import { BEAT_FILE } from './ship.ts';
import type { SyncState } from './state.ts';

export const REKEY_FILE = 'rekey';

export interface Rotation {
  /** This computer's X25519 keys for the swap (private: PKCS#8 base64). */
  secret: string;
  publicKey: string;
  /** The code-derived key of the older Nuzzle, base64: read (never written) until done. */
  oldKey: string;
}

export interface RotateContext {
  pairDir: string;
  deviceId: string;
  /** A sealed body for this computer, as segments carry (no changes). */
  body: () => SegmentBody;
  /** Whether a file (path under the pair folder) was read as this computer's own. */
  isOwn: (rel: string) => boolean;
}

const keysOf = (key: string): SyncKeys => subKeys(Buffer.from(key, 'base64'));

/** Starts the swap for a pair that still uses the older Nuzzle's key. */
export function beginRotation(s: SyncState): void {
  if (!s.legacy || s.rotation || !s.link.key) return;
  const { publicKey, privateKey } = newExchangeKeys();
  s.rotation = { secret: privateKey, publicKey, oldKey: s.link.key };
}

/** The partner's public key from their `rekey` file, wherever a sync tool put it. */
function partnerPublicKey(c: RotateContext, s: SyncState, old: SyncKeys): string | null {
  for (const dir of listDirs(c.pairDir)) {
    if (dir === JOIN_DIR) continue;
    for (const name of listFiles(join(c.pairDir, dir))) {
      if (name !== REKEY_FILE && !name.startsWith(`${REKEY_FILE} `)) continue;
      const data = readQuietly(join(c.pairDir, dir, name));
      const opened = data ? openBody(old, data) : null;
      if (!opened?.ok || opened.body.deviceId !== s.link.partnerDevice) continue;
      const key = opened.body.rekey;
      if (typeof key === 'string') return key;
    }
  }
  return null;
}

/**
 * One step of the swap, run before each exchange: publish this computer's public key, and
 * switch once the partner's is known. True when this computer switched to the new key now
 * (its history must then be rewritten under it).
 */
export function stepRotation(c: RotateContext, s: SyncState): boolean {
  const r = s.rotation;
  if (!r || s.link.key !== r.oldKey) return false;
  const old = keysOf(r.oldKey);
  const oldDir = join(c.pairDir, deviceTag(old, c.deviceId));
  // Written once, not on every poll (the partner may take weeks to update), unless what is
  // there isn't this computer's current key (say it stopped before saving its state).
  const there = readQuietly(join(oldDir, REKEY_FILE));
  const opened = there ? openBody(old, there) : null;
  if (!opened?.ok || opened.body.rekey !== r.publicKey) {
    writeAtomically(oldDir, REKEY_FILE, sealBody(old, { ...c.body(), rekey: r.publicKey }));
  }
  const theirs = partnerPublicKey(c, s, old);
  if (!theirs) return false;
  const next = pairKey(r.secret, theirs, Buffer.from(r.oldKey, 'base64'));
  if (!next) return false;
  s.link.key = next.toString('base64');
  // Everything this computer sent under the old key is sent again under the new one (by
  // compaction, right away); the old files go, all but the key the partner may still need.
  s.purge = true;
  const dirName = deviceTag(old, c.deviceId);
  for (const name of listFiles(oldDir)) {
    if (name === BEAT_FILE || (name !== REKEY_FILE && c.isOwn(`${dirName}/${name}`))) {
      removeQuietly(join(oldDir, name));
    }
  }
  return true;
}

/** The old key, for reading the partner's files written before they switched. */
export function fallbackKeys(s: SyncState): SyncKeys | null {
  const r = s.rotation;
  return r && s.link.key !== r.oldKey ? keysOf(r.oldKey) : null;
}

/** The partner was heard under the new key: forget the old one and its last traces. */
export function finishRotation(c: RotateContext, s: SyncState): void {
  const r = s.rotation;
  if (!r || s.link.key === r.oldKey) return;
  removeQuietly(join(c.pairDir, deviceTag(keysOf(r.oldKey), c.deviceId)));
  // The older Nuzzle's invitation: with it gone the code opens nothing at all.
  removeQuietly(join(c.pairDir, LEGACY_PARAMS_FILE));
  s.rotation = null;
  s.legacy = false;
}
