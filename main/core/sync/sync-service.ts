// Partner sync over a folder the couple already keeps in sync (Syncthing, Dropbox, iCloud…).
// Nuzzle runs no server: each computer writes only its own sealed segment files into the
// folder and reads its partner's. Layout inside the chosen folder:
//
//   <pair>/invite.json          the one-time invitation (pairing.ts, invitation.ts)
//   <pair>/join/<id>.nzs        sealed join requests: the answer, and anyone else who tried
//   <pair>/<device>/<id>.nzs    sealed segments (ship.ts), compacted to a bounded few
//   <pair>/<device>/beat        a sealed "still here", what was read, or goodbye
//
// <pair> is random and <device> an HMAC of the device id, so no name says who or what; who
// wrote a file is read from inside it (receive.ts). The parts: pairing, shipping, reading,
// applying (inbox.ts), status (state.ts); this file runs them in order on every poll.

import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { SyncStatus } from '../../../shared/contract-sync.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { uuidv7 } from '../ids.ts';
import { recordChange } from '../stores/outbox.ts';
import { deviceTag, normalizeCode, subKeys, type SyncKeys } from './crypto.ts';
import { listFiles, removeQuietly } from './files.ts';
import { hasSyncSchema } from './hlc.ts';
import { createInbox } from './inbox.ts';
import { createPairing } from './pairing.ts';
import { createReader } from './receive.ts';
import { rekeyPartners } from './rekey.ts';
import { beginRotation, fallbackKeys, finishRotation, stepRotation } from './rotate.ts';
import { createShipper, SEGMENT_SUFFIX, type ShipContext } from './ship.ts';
import { foldLocalChanges } from './record-stamps.ts';
import { forgetShipped } from './shipped-floor.ts';
import {
  DEVICE_KEY,
  PROBLEM_KEY,
  readState,
  STATE_KEY,
  statusFrom,
  type Link,
  type SyncState,
} from './state.ts';

import { SYNC_PROTOCOL } from './body.ts';

export { SYNC_PROTOCOL };
export { storedSyncStatus } from './state.ts';

/** A half-copied file is named in the status once it has waited this long. */
const WAITING_FOR_MS = 10 * 60_000;
const ZONE_KEY = 'syncMyZone';

export interface SyncFolderPicker {
  /** Which folder to sync through (an open-folder dialog); null when the user cancels. */
  chooseFolder(): string | null;
}

export interface SyncServiceOptions {
  folders?: SyncFolderPicker;
  /** How often to look at the folder besides watching it (ms); 0 = only pollNow(). */
  pollMs?: number;
  /** Watch the folder with fs.watch (production); tests call pollNow() instead. */
  watch?: boolean;
  /** scrypt cost as log2 N: 15 in the app; tests pass less. */
  kdfLogN?: number;
  onError?: (error: unknown) => void;
}

const ALL_TOPICS = ['checkins', 'pauses', 'notes', 'commitments', 'questions', 'settings'] as const;

export function createSyncService(ctx: CoreContext, options: SyncServiceOptions = {}) {
  const { db, clock, settings } = ctx;
  const ready = hasSyncSchema(db) && hasInbox();
  // Deleted rows are overwritten on disk, so a taken-back note's words don't linger there.
  if (ready) db.pragma('secure_delete = ON');
  let problem: string | null = null;
  let keysCache: { key: string; keys: SyncKeys } | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let watcher: FSWatcher | null = null;
  let polling = false;
  let started = false;
  let firstExchange = true;
  const work = new Set<Promise<void>>();
  /** The partner's own zone, as their latest record says (applied in exchange()). */
  let heardZone: string | null = null;

  function hasInbox(): boolean {
    return !!db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_inbox'")
      .get();
  }

  const shipper = ready ? createShipper(db) : null;
  const reader = ready ? createReader(db) : null;

  function state(): SyncState | null {
    return readState(settings);
  }
  function saveState(next: SyncState | null): void {
    settings.writeLocal(STATE_KEY, next, clock.now());
  }
  function deviceId(): string {
    let id = settings.readLocal<string | null>(DEVICE_KEY, null);
    if (!id) {
      id = uuidv7(clock.now());
      settings.writeLocal(DEVICE_KEY, id, clock.now());
    }
    return id;
  }
  function keysOf(link: Link): SyncKeys {
    const key = link.key ?? '';
    if (keysCache?.key !== key) keysCache = { key, keys: subKeys(Buffer.from(key, 'base64')) };
    return keysCache.keys;
  }
  function ids() {
    const [me, partner] = settings.partners();
    if (!me || !partner) throw new Error('partners missing');
    return { meId: me.id, partnerId: partner.id, meName: me.name, partnerName: partner.name };
  }
  function partnerLabel(): string {
    const name = ids().partnerName;
    return name ? `${name}’s computer` : 'Your partner’s computer';
  }
  function persistProblem(): void {
    if (settings.readLocal<string | null>(PROBLEM_KEY, null) !== problem) {
      settings.writeLocal(PROBLEM_KEY, problem, clock.now());
    }
  }
  function emitSettings(): void {
    ctx.emit('changed', { topics: ['settings'] });
  }

  const inbox = ready
    ? createInbox(db, {
        meId: () => ids().meId,
        now: () => clock.now(),
        onPartnerRecord: (c) => {
          const zone = (c.payload as { timeZone?: unknown } | null)?.timeZone;
          if (typeof zone === 'string' && zone.length < 80) heardZone = zone;
        },
      })
    : null;

  const pairing = createPairing({
    ctx,
    logN: options.kdfLogN ?? 15,
    deviceId,
    ids,
    state,
    save: saveState,
    track(p) {
      const tracked = p
        .catch((error: unknown) => {
          if (!db.open) return; // closed while the code was being stretched
          options.onError?.(error);
          if (state()?.stage === 'joining') saveState(null);
          problem = 'Nuzzle couldn’t finish connecting. Check the shared folder and try again.';
          persistProblem();
          emitSettings();
        })
        .finally(() => work.delete(tracked));
      work.add(tracked);
    },
    setProblem(text) {
      problem = text;
      persistProblem();
    },
    changed: () => {
      if (started) start();
      emitSettings();
    },
  });

  /** Resolves once key stretching and the steps after it have finished (tests, the harness). */
  async function idle(): Promise<void> {
    while (work.size > 0) await Promise.all([...work]);
  }

  function status(): SyncStatus {
    return statusFrom(state(), settings, problem);
  }

  function shipContext(s: SyncState, link: Link): ShipContext {
    const keys = keysOf(link);
    const pairDir = join(s.folder, link.pair);
    const { meId, partnerId } = ids();
    return {
      db,
      version: ctx.version,
      deviceId: deviceId(),
      meId,
      partnerId,
      keys,
      pairDir,
      dir: join(pairDir, deviceTag(keys, deviceId())),
      now: clock.now(),
    };
  }

  /** This partner's own name and zone, sent as theirs (the owner's value wins). */
  function recordOwnProfile(force: boolean): void {
    const zone = clock.timeZone();
    if (!force && settings.readLocal<string | null>(ZONE_KEY, null) === zone) return;
    const { meId, meName } = ids();
    recordChange(db, {
      entity: 'partner',
      entityId: meId,
      op: 'upsert',
      authorId: meId,
      payload: { id: meId, role: 'me', name: meName, timeZone: zone },
      now: clock.now(),
    });
    settings.writeLocal(ZONE_KEY, zone, clock.now());
  }

  /** Ships, reads, applies and compacts; returns how many of the partner's changes applied. */
  function exchange(s: SyncState): number {
    if (!shipper || !reader || !inbox || !s.link.key) return 0;
    recordOwnProfile(false);
    rotate(s);
    const c = shipContext(s, s.link);
    shipper.exportChanges(c, s);
    const { meId, partnerId } = ids();
    const oldKeys = fallbackKeys(s);
    const got = db.transaction(() => {
      const r = reader.read({ ...c, meId, partnerId, oldKeys }, s);
      return { r, stored: inbox.receive(r.changes) };
    })();
    const { r } = got;
    const everything = got.stored > 0 || firstExchange;
    // The partner's changes are judged against every record's newest change, ours included.
    foldLocalChanges(db);
    const changed = db.transaction(() => inbox.applyPending(c.now, !everything))();
    firstExchange = false;
    if (heardZone) s.partnerZone = heardZone;
    heardZone = null;
    if (r.heard) s.lastHeardAt = c.now;
    if (r.heardCurrent && oldKeys) finishRotation(rotateContext(s), s);
    if (r.end) endedByPartner(s, r.end);
    else {
      shipper.compactIfDue(c, s, () => inbox.all());
      shipper.beat(c, s);
    }
    problem = describeTrouble(r);
    return changed;
  }

  function rotateContext(s: SyncState) {
    const c = shipContext(s, s.link);
    return {
      pairDir: c.pairDir,
      deviceId: c.deviceId,
      isOwn: (rel: string) => shipper?.isOwn(c, rel) ?? false,
      body: () => ({
        v: SYNC_PROTOCOL,
        app: c.version,
        role: s.role,
        deviceId: c.deviceId,
        meId: c.meId,
        partnerId: c.partnerId,
        sentAt: c.now,
        changes: [],
      }),
    };
  }

  /** A pair made by an older Nuzzle moves to a key the code can't give (rotate.ts). */
  function rotate(s: SyncState): void {
    if (!s.legacy) return;
    beginRotation(s);
    // Switched: compaction (due now) rewrites everything under the new key, and a beat
    // there tells the partner this computer is listening.
    if (stepRotation(rotateContext(s), s)) shipper?.resetBeat();
  }

  function describeTrouble(r: ReturnType<NonNullable<typeof reader>['read']>): string | null {
    if (r.newer) {
      return `${partnerLabel()} is using a newer Nuzzle. Update Nuzzle on this computer to keep in step.`;
    }
    if (r.waitingSince !== null && clock.now() - r.waitingSince >= WAITING_FOR_MS) {
      const since = new Intl.DateTimeFormat('en-US', {
        timeZone: clock.timeZone(),
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(r.waitingSince);
      return `Waiting for a file from ${partnerLabel()} since ${since}. Your sync app may still be copying it.`;
    }
    if (r.refused > 0) {
      return 'Some files in the shared folder couldn’t be opened. If they are still copying, Nuzzle will try again.';
    }
    return null;
  }

  function endedByPartner(s: SyncState, end: 'bye' | 'retired'): void {
    const who = ids().partnerName || 'Your partner';
    const at = new Intl.DateTimeFormat('en-US', {
      timeZone: clock.timeZone(),
      dateStyle: 'medium',
    }).format(clock.now());
    s.stage = 'ended';
    if (end === 'bye') {
      s.notice = `${who} disconnected their computer from this one (${at}). Everything already here stays here.`;
      return;
    }
    s.notice = `${who} connected a new computer in place of this one (${at}), so sync has stopped here. Everything already here stays here.`;
    // This computer's files would only be clutter now.
    removeQuietly(shipContext(s, s.link).dir);
  }

  function pollNow(): SyncStatus {
    const s = state();
    if (!s || !ready || polling || s.stage === 'joining') return status();
    polling = true;
    try {
      if (!existsSync(join(s.folder, s.link.pair))) {
        problem =
          'The shared folder can’t be found. Check that it’s still there and that your sync app is running.';
        return status();
      }
      problem = null;
      const before = JSON.stringify(s);
      pairing.watch(s);
      const changed = s.stage === 'paired' ? exchange(s) : 0;
      const news = JSON.stringify(s) !== before;
      if (news) saveState(s);
      // Only real news is announced, so a listener that polls on 'changed' settles.
      if (changed > 0) {
        ctx.checkins.invalidate();
        ctx.emit('changed', {
          topics: [...ALL_TOPICS],
        });
      } else if (news) {
        emitSettings();
      }
      return status();
    } catch (error) {
      problem = 'Nuzzle couldn’t write to the shared folder. Check that it’s still there.';
      options.onError?.(error);
      return status();
    } finally {
      polling = false;
      persistProblem();
    }
  }

  function requireReady(): void {
    if (!ready) throw new AppError('not-ready', 'This copy of Nuzzle can’t sync yet.');
    const current = settings.get();
    if (!current.onboarded) {
      throw new AppError('not-ready', 'Finish setting up Nuzzle first — it only takes a minute.');
    }
    if (current.computerMode === 'both') {
      throw new AppError(
        'bad-request',
        'You both use this computer, so there’s no other computer to connect.',
      );
    }
    if (state()) {
      throw new AppError('bad-request', 'This computer is already connected. Disconnect first.');
    }
  }

  function chooseFolder(): string | null {
    const folder = options.folders?.chooseFolder() ?? null;
    if (folder === null) return null;
    let isDir: boolean;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new AppError('not-found', 'That folder can’t be found. Choose another one.');
    return folder;
  }

  function invite(): SyncStatus {
    requireReady();
    const folder = chooseFolder();
    if (folder === null) return status();
    settings.writeLocal('syncNotice', null, clock.now());
    problem = null;
    pairing.invite(folder);
    if (started) start();
    emitSettings();
    return status();
  }

  function join_(typed: string): SyncStatus {
    requireReady();
    const code = normalizeCode(typed);
    if (!code) {
      throw new AppError(
        'bad-request',
        'That doesn’t look like a Nuzzle code: it has five groups of four letters and numbers.',
      );
    }
    const folder = chooseFolder();
    if (folder === null) return status();
    settings.writeLocal('syncNotice', null, clock.now());
    problem = null;
    persistProblem();
    pairing.join(folder, code);
    emitSettings();
    return status();
  }

  function requireStage(stage: SyncState['stage']): SyncState {
    const s = state();
    if (s?.stage !== stage) {
      throw new AppError('bad-request', 'There’s nothing to confirm right now.');
    }
    return s;
  }

  /** The person says whether both screens show the same words. */
  function confirm(match: boolean): SyncStatus {
    const s = requireStage('confirm');
    if (!match) {
      unpair(true);
      settings.writeLocal(
        'syncNotice',
        'The words didn’t match, so Nuzzle didn’t connect and nothing was shared. Start again with a new code.',
        clock.now(),
      );
      emitSettings();
      return status();
    }
    if (s.role === 'inviter') {
      pairing.consume(s, s.link, s.link.partnerDevice ?? '');
    } else if (s.link.invite) {
      // Take the ids the inviting computer uses for the two partners; who is who stays.
      const invite = s.link.invite;
      db.transaction(() => {
        const { meId, partnerId } = ids();
        rekeyPartners(db, [
          [meId, invite.joinerId],
          [partnerId, invite.inviterId],
        ]);
      })();
      ctx.checkins.invalidate();
      s.link.invite = null;
    }
    db.transaction(() => {
      forgetShipped(db);
      recordOwnProfile(true);
    })();
    s.stage = 'paired';
    s.lastHeardAt = null;
    saveState(s);
    firstExchange = true;
    shipper?.resetBeat();
    const result = pollNow();
    if (started) start();
    ctx.emit('changed', { topics: [...ALL_TOPICS] });
    return result;
  }

  function replace(): SyncStatus {
    const s = state();
    if (!s) throw new AppError('bad-request', 'Connect with your partner’s computer first.');
    if (s.next) return status();
    pairing.replace(s);
    emitSettings();
    return status();
  }

  function cancelReplacement(): SyncStatus {
    const s = state();
    if (!s?.next) return status();
    removeQuietly(join(s.folder, s.next.pair));
    s.next = null;
    saveState(s);
    emitSettings();
    return status();
  }

  /** The new computer is confirmed: retire the old one and send the new one everything. */
  function confirmReplacement(match: boolean): SyncStatus {
    const s = state();
    const next = s?.next;
    if (!s || !next?.key || !next.partnerDevice) {
      throw new AppError('bad-request', 'There’s nothing to confirm right now.');
    }
    if (!match) return cancelReplacement();
    pairing.consume(s, next, next.partnerDevice);
    // Tell the old computer, then clear this computer's old files and the retired one's.
    const old = shipContext(s, s.link);
    if (shipper && s.link.key) {
      shipper.beat(old, s, 'retired');
      removeQuietly(join(old.pairDir, deviceTag(old.keys, s.link.partnerDevice ?? '')));
      for (const name of listSegments(old.dir)) removeQuietly(join(old.dir, name));
    }
    s.link = next;
    s.next = null;
    s.role = 'inviter';
    s.lastHeardAt = null;
    s.ack = 0;
    s.partnerAck = 0;
    s.forwardUntil = s.n + 1;
    s.purge = true;
    db.transaction(() => recordOwnProfile(true))();
    saveState(s);
    firstExchange = true;
    shipper?.resetBeat();
    const result = pollNow();
    if (started) start();
    emitSettings();
    return result;
  }

  function listSegments(dir: string): string[] {
    return listFiles(dir).filter((f) => f.endsWith(SEGMENT_SUFFIX));
  }

  function dismissNotice(): SyncStatus {
    settings.writeLocal('syncNotice', null, clock.now());
    const s = state();
    if (s?.notice) {
      s.notice = null;
      saveState(s);
    }
    emitSettings();
    return status();
  }

  function unpair(removeFiles: boolean): SyncStatus {
    const s = state();
    if (!s) return status();
    try {
      if (s.stage === 'paired' && shipper && s.link.key) {
        // Tell the partner's computer, whatever happens to the other files.
        const c = shipContext(s, s.link);
        if (removeFiles) for (const f of listSegments(c.dir)) removeQuietly(join(c.dir, f));
        shipper.beat(c, s, 'bye');
      } else if (removeFiles && s.link.pair) {
        const pairDir = join(s.folder, s.link.pair);
        if (s.role === 'inviter' || s.stage === 'ended') removeQuietly(pairDir);
        else if (s.link.joinFile) removeQuietly(join(pairDir, 'join', s.link.joinFile));
      }
      if (removeFiles && s.next) removeQuietly(join(s.folder, s.next.pair));
    } catch (error) {
      options.onError?.(error);
    }
    saveState(null);
    keysCache = null;
    problem = null;
    persistProblem();
    watcher?.close();
    watcher = null;
    emitSettings();
    return status();
  }

  let soonTimer: ReturnType<typeof setTimeout> | null = null;

  /** A poll shortly (coalesced): after local changes, so they ship without waiting. */
  function soon(delayMs = 2000): void {
    if (soonTimer || !state()) return;
    soonTimer = setTimeout(() => {
      soonTimer = null;
      pollNow();
    }, delayMs);
    soonTimer.unref();
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    if (soonTimer) clearTimeout(soonTimer);
    soonTimer = null;
    watcher?.close();
    watcher = null;
  }

  function start(): void {
    stop();
    started = true;
    const every = options.pollMs ?? 0;
    if (every > 0) {
      timer = setInterval(() => pollNow(), every);
      timer.unref();
    }
    const s = state();
    if (options.watch && s?.link.pair) {
      try {
        let pending: ReturnType<typeof setTimeout> | null = null;
        watcher = watch(join(s.folder, s.link.pair), { recursive: true }, () => {
          if (pending) return;
          pending = setTimeout(() => {
            pending = null;
            pollNow();
          }, 500);
          pending.unref();
        });
        watcher.on('error', () => watcher?.close());
      } catch {
        watcher = null; // polling still runs
      }
    }
  }

  return {
    status,
    invite,
    join: join_,
    confirm,
    replace,
    confirmReplacement,
    cancelReplacement,
    dismissNotice,
    pollNow,
    soon,
    unpair,
    start,
    stop,
    idle,
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
