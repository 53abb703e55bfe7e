// Partner sync over a folder the couple already keeps in sync (Syncthing, Dropbox, iCloud…).
// Nuzzle runs no server: each computer writes only its own sealed, append-only segment files
// into the folder and reads its partner's. Layout inside the chosen folder:
//
//   <pair>/params.json           scrypt salt and cost (no secrets)
//   <pair>/<device>/<id>.nzs     sealed segments, written under a temp name then renamed
//   <pair>/<device>/beat         a sealed "still here" note, replaced now and then
//
// <pair> is random and <device> an HMAC of the device id, so no name says who or what.

import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
  type FSWatcher,
} from 'node:fs';
import { join } from 'node:path';
import type { SyncStatus } from '../../../shared/contract-sync.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { uuidv7 } from '../ids.ts';
import type { ChangeRow } from '../stores/outbox.ts';
import { createApplier, type WireChange } from './apply.ts';
import {
  confirmationPhrase,
  deriveMasterKey,
  deviceTag,
  newKdfParams,
  newPairingCode,
  normalizeCode,
  openSegment,
  sealSegment,
  subKeys,
  type KdfParams,
  type SyncKeys,
} from './crypto.ts';
import { compareStamp, hasSyncSchema, isHlc, legacyHlc, observeHlc } from './hlc.ts';
import { rekeyPartners } from './rekey.ts';

/** The segment format this Nuzzle writes; a partner's higher number means a newer app. */
export const SYNC_PROTOCOL = 1;
const PARAMS_FILE = 'params.json';
const BEAT_FILE = 'beat';
const SEGMENT_SUFFIX = '.nzs';
const CHANGES_PER_SEGMENT = 5000;
const BEAT_EVERY_MS = 15 * 60_000;

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

interface SyncState {
  folder: string;
  pair: string;
  key: string;
  role: 'inviter' | 'joiner';
  code: string | null;
  partnerDevice: string | null;
  phrase: string | null;
  lastHeardAt: number | null;
}

interface SegmentBody {
  v: number;
  app: string;
  /** Who opened the pairing ('inviter') or entered its code ('joiner'). */
  role: 'inviter' | 'joiner';
  deviceId: string;
  meId: string;
  partnerId: string;
  sentAt: number;
  changes: WireChange[];
}

const STATE_KEY = 'sync';
const DEVICE_KEY = 'syncDevice';
const PROBLEM_KEY = 'syncProblem';

function statusFrom(
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
      lastHeardAt: null,
      problem,
    };
  }
  return {
    state: s.partnerDevice ? 'paired' : 'waiting',
    folder: s.folder,
    code: s.partnerDevice ? null : s.code,
    phrase: s.phrase,
    partnerName,
    lastHeardAt: s.lastHeardAt,
    problem,
  };
}

/** The sync status as stored in the database, for readers without the service (the tray). */
export function storedSyncStatus(ctx: Pick<CoreContext, 'settings'>): SyncStatus {
  const { settings } = ctx;
  return statusFrom(
    settings.readLocal<SyncState | null>(STATE_KEY, null),
    settings,
    settings.readLocal<string | null>(PROBLEM_KEY, null),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseBody(plaintext: Buffer): SegmentBody | null {
  let value: unknown;
  try {
    value = JSON.parse(plaintext.toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { v, app, role, deviceId, meId, partnerId, sentAt, changes } = value;
  if (role !== 'inviter' && role !== 'joiner') return null;
  if (typeof v !== 'number' || typeof app !== 'string' || typeof deviceId !== 'string') {
    return null;
  }
  if (typeof meId !== 'string' || typeof partnerId !== 'string') return null;
  if (typeof sentAt !== 'number' || !Array.isArray(changes)) return null;
  const wire: WireChange[] = [];
  for (const c of changes) {
    if (!isRecord(c)) return null;
    const { id, entity, entityId, op, authorId, payload, createdAt, hlc } = c;
    if (typeof id !== 'string' || typeof entity !== 'string' || typeof entityId !== 'string') {
      return null;
    }
    if ((op !== 'upsert' && op !== 'delete') || typeof authorId !== 'string') return null;
    if (typeof createdAt !== 'number' || !isHlc(hlc)) return null;
    wire.push({ id, entity, entityId, op, authorId, payload, createdAt, hlc });
  }
  return { v, app, role, deviceId, meId, partnerId, sentAt, changes: wire };
}

function writeAtomically(dir: string, name: string, data: Buffer): void {
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, data, { flush: true });
  renameSync(temp, join(dir, name));
}

function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name);
  } catch {
    return [];
  }
}

function readParams(pairDir: string): KdfParams | null {
  try {
    const value: unknown = JSON.parse(readFileSync(join(pairDir, PARAMS_FILE), 'utf8'));
    if (!isRecord(value)) return null;
    const { v, salt, logN } = value;
    if (v !== 1 || typeof salt !== 'string' || typeof logN !== 'number') return null;
    if (!Number.isInteger(logN) || logN < 1 || logN > 20) return null;
    return { v: 1, salt, logN };
  } catch {
    return null;
  }
}

export function createSyncService(ctx: CoreContext, options: SyncServiceOptions = {}) {
  const { db, clock, settings } = ctx;
  const logN = options.kdfLogN ?? 15;
  const apply = hasSyncSchema(db) ? createApplier(db, () => clock.now()) : null;
  let problem: string | null = null;
  let keysCache: { key: string; keys: SyncKeys } | null = null;
  let lastBeat = 0;
  let timer: ReturnType<typeof setInterval> | null = null;
  let watcher: FSWatcher | null = null;
  let polling = false;
  let started = false;

  const unshipped = db.prepare<[number], ChangeRow & { hlc: string | null }>(
    'SELECT * FROM changes WHERE shipped_at IS NULL ORDER BY seq LIMIT ?',
  );
  const markShipped = db.prepare('UPDATE changes SET shipped_at = ? WHERE seq = ?');
  const resetShipped = db.prepare('UPDATE changes SET shipped_at = NULL');
  const segmentDone = db.prepare<[string, number], { one: number }>(
    'SELECT 1 AS one FROM sync_segments WHERE file = ? AND size = ?',
  );
  const recordSegment = db.prepare(
    `INSERT INTO sync_segments (file, size, applied_at) VALUES (?, ?, ?)
     ON CONFLICT (file) DO UPDATE SET size = excluded.size, applied_at = excluded.applied_at`,
  );
  const wasApplied = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM sync_applied WHERE change_id = ?',
  );
  const markApplied = db.prepare(
    'INSERT OR IGNORE INTO sync_applied (change_id, applied_at) VALUES (?, ?)',
  );
  const recordOf = db.prepare<[string, string], { hlc: string; change_id: string }>(
    'SELECT hlc, change_id FROM sync_records WHERE entity = ? AND entity_id = ?',
  );
  const setRecord = db.prepare(
    `INSERT INTO sync_records (entity, entity_id, hlc, change_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET hlc = excluded.hlc,
       change_id = excluded.change_id`,
  );

  function requireSchema(): void {
    if (!apply) throw new AppError('not-ready', 'This copy of Nuzzle can’t sync yet.');
  }

  function state(): SyncState | null {
    return settings.readLocal<SyncState | null>(STATE_KEY, null);
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
  function keysOf(s: SyncState): SyncKeys {
    if (keysCache?.key !== s.key) {
      keysCache = { key: s.key, keys: subKeys(Buffer.from(s.key, 'base64')) };
    }
    return keysCache.keys;
  }
  function ids(): { meId: string; partnerId: string } {
    const [me, partner] = settings.partners();
    if (!me || !partner) throw new Error('partners missing');
    return { meId: me.id, partnerId: partner.id };
  }

  function status(): SyncStatus {
    return statusFrom(state(), settings, problem);
  }

  /** Keeps the current problem where the tray (which reads the database) can see it. */
  function persistProblem(): void {
    if (settings.readLocal<string | null>(PROBLEM_KEY, null) !== problem) {
      settings.writeLocal(PROBLEM_KEY, problem, clock.now());
    }
  }

  function seal(s: SyncState, changes: WireChange[]): Buffer {
    const body: SegmentBody = {
      v: SYNC_PROTOCOL,
      app: ctx.version,
      role: s.role,
      deviceId: deviceId(),
      ...ids(),
      sentAt: clock.now(),
      changes,
    };
    return sealSegment(keysOf(s), randomBytes(16), Buffer.from(JSON.stringify(body), 'utf8'));
  }

  function myDir(s: SyncState): string {
    return join(s.folder, s.pair, deviceTag(keysOf(s), deviceId()));
  }

  function writeSegment(s: SyncState, changes: WireChange[]): void {
    const sealed = seal(s, changes);
    writeAtomically(myDir(s), `${randomBytes(12).toString('hex')}${SEGMENT_SUFFIX}`, sealed);
  }

  /** Ships every change not yet in the folder, in segments of at most a few thousand. */
  function exportChanges(s: SyncState): void {
    for (;;) {
      const rows = unshipped.all(CHANGES_PER_SEGMENT);
      if (rows.length === 0) break;
      const changes = rows.map((r): WireChange => ({
        id: r.id,
        entity: r.entity,
        entityId: r.entity_id,
        op: r.op === 'delete' ? 'delete' : 'upsert',
        authorId: r.author_id,
        payload: JSON.parse(r.payload) as unknown,
        createdAt: r.created_at,
        hlc: r.hlc ?? legacyHlc(r.created_at),
      }));
      writeSegment(s, changes);
      const now = clock.now();
      // If we stop between the rename and this update, the same changes ship again in the
      // next segment: harmless, the partner applies each change id once.
      db.transaction(() => {
        for (const r of rows) markShipped.run(now, r.seq);
      })();
      lastBeat = now;
    }
    if (clock.now() - lastBeat >= BEAT_EVERY_MS) {
      writeAtomically(myDir(s), BEAT_FILE, seal(s, []));
      lastBeat = clock.now();
    }
  }

  interface Found {
    file: string;
    size: number;
    body: SegmentBody;
  }

  /** Reads the partner's new segments; half-copied files wait, tampered ones are refused. */
  function readIncoming(s: SyncState, keys: SyncKeys): { found: Found[]; heard: number | null } {
    const pairDir = join(s.folder, s.pair);
    const mine = deviceTag(keys, deviceId());
    const { meId, partnerId } = ids();
    const found: Found[] = [];
    let heard: number | null = null;
    let refused = 0;
    let newer = false;
    for (const dev of listDirs(pairDir)) {
      if (dev === mine) continue;
      let names: string[];
      try {
        names = readdirSync(join(pairDir, dev));
      } catch {
        continue;
      }
      for (const name of names) {
        const isBeat = name === BEAT_FILE;
        if (!isBeat && !name.endsWith(SEGMENT_SUFFIX)) continue;
        const path = join(pairDir, dev, name);
        const rel = `${dev}/${name}`;
        let size: number;
        try {
          size = statSync(path).size;
        } catch {
          continue;
        }
        if (!isBeat && segmentDone.get(rel, size)) continue;
        let data: Buffer;
        try {
          data = readFileSync(path);
        } catch {
          continue;
        }
        const opened = openSegment(keys, data);
        if (!opened.ok) {
          if (opened.reason === 'newer') newer = true;
          if (opened.reason === 'rejected') refused += 1;
          continue;
        }
        const body = parseBody(opened.plaintext);
        if (!body || deviceTag(keys, body.deviceId) !== dev) {
          refused += 1;
          continue;
        }
        if (body.v > SYNC_PROTOCOL) {
          newer = true;
          continue;
        }
        // Written by the other partner of this couple (any of their computers).
        if (body.meId !== partnerId || body.partnerId !== meId) {
          refused += 1;
          continue;
        }
        heard = Math.max(heard ?? 0, Math.min(body.sentAt, clock.now()));
        if (!s.partnerDevice) {
          s.partnerDevice = body.deviceId;
          s.phrase = confirmationPhrase(keys, [deviceId(), body.deviceId]);
          s.code = null;
        }
        if (!isBeat) found.push({ file: rel, size, body });
      }
    }
    if (newer) {
      problem = `${partnerLabel()} is using a newer Nuzzle. Update Nuzzle on this computer to keep in step.`;
    } else if (refused > 0) {
      problem =
        'Some files in the shared folder couldn’t be opened. If they are still copying, Nuzzle will try again.';
    }
    return { found, heard };
  }

  function partnerLabel(): string {
    const name = settings.partners().find((p) => p.role === 'partner')?.name;
    return name ? `${name}’s computer` : 'Your partner’s computer';
  }

  /** Applies what arrived, in clock order; returns how many changes took effect. */
  function applyIncoming(found: Found[]): number {
    if (!apply || found.length === 0) return 0;
    let changed = 0;
    db.transaction(() => {
      const pending = new Map<string, WireChange>();
      for (const f of found) for (const c of f.body.changes) pending.set(c.id, c);
      const order = [...pending.values()].sort((a, b) => compareStamp(a.hlc, a.id, b.hlc, b.id));
      const deferred = new Set<string>();
      let progress = true;
      let queue = order;
      while (progress && queue.length > 0) {
        progress = false;
        const next: WireChange[] = [];
        for (const c of queue) {
          if (wasApplied.get(c.id)) continue;
          const rec = recordOf.get(c.entity, c.entityId);
          const now = clock.now();
          if (rec && compareStamp(rec.hlc, rec.change_id, c.hlc, c.id) >= 0) {
            // Superseded by a later change to the same record: nothing to do, ever.
            markApplied.run(c.id, now);
            observeHlc(db, c.hlc, now);
            progress = true;
            continue;
          }
          const outcome = apply(c);
          if (outcome === 'deferred') {
            next.push(c);
            continue;
          }
          if (outcome === 'applied') {
            setRecord.run(c.entity, c.entityId, c.hlc, c.id);
            changed += 1;
          }
          markApplied.run(c.id, now);
          observeHlc(db, c.hlc, now);
          progress = true;
        }
        queue = next;
      }
      for (const c of queue) deferred.add(c.id);
      const now = clock.now();
      for (const f of found) {
        if (f.body.changes.every((c) => !deferred.has(c.id)))
          recordSegment.run(f.file, f.size, now);
      }
    })();
    return changed;
  }

  function pollNow(): SyncStatus {
    const s = state();
    if (!s || !apply || polling) return status();
    polling = true;
    try {
      if (!existsSync(join(s.folder, s.pair))) {
        problem =
          'The shared folder can’t be found. Check that it’s still there and that your sync app is running.';
        return status();
      }
      problem = null;
      const keys = keysOf(s);
      exportChanges(s);
      const before = JSON.stringify(s);
      const { found, heard } = readIncoming(s, keys);
      const changed = applyIncoming(found);
      if (heard !== null) s.lastHeardAt = Math.max(s.lastHeardAt ?? 0, heard);
      const news = JSON.stringify(s) !== before;
      if (news) saveState(s);
      // Only real news is announced, so a listener that polls on 'changed' settles.
      if (changed > 0) {
        ctx.checkins.invalidate();
        ctx.emit('changed', {
          topics: ['checkins', 'pauses', 'notes', 'commitments', 'questions', 'settings'],
        });
      } else if (news) {
        ctx.emit('changed', { topics: ['settings'] });
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
    requireSchema();
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
    const code = newPairingCode();
    const params = newKdfParams(logN);
    const pair = randomBytes(8).toString('hex');
    const key = deriveMasterKey(code, params);
    try {
      writeAtomically(join(folder, pair), PARAMS_FILE, Buffer.from(JSON.stringify(params), 'utf8'));
    } catch {
      throw new AppError('storage', 'Nuzzle couldn’t write to that folder. Choose another one.');
    }
    const s: SyncState = {
      folder,
      pair,
      key: key.toString('base64'),
      role: 'inviter',
      code,
      partnerDevice: null,
      phrase: null,
      lastHeardAt: null,
    };
    resetShipped.run();
    saveState(s);
    problem = null;
    writeSegment(s, []);
    const result = pollNow();
    if (started) start();
    ctx.emit('changed', { topics: ['settings'] });
    return result;
  }

  /** Finds the invitation this code opens: the pair folder and one of the inviter's segments. */
  function findInvitation(
    folder: string,
    code: string,
  ): { pair: string; key: Buffer; body: SegmentBody } | null {
    for (const pair of listDirs(folder)) {
      const params = readParams(join(folder, pair));
      if (!params) continue;
      const key = deriveMasterKey(code, params);
      const keys = subKeys(key);
      for (const dev of listDirs(join(folder, pair))) {
        let names: string[];
        try {
          names = readdirSync(join(folder, pair, dev));
        } catch {
          continue;
        }
        for (const name of names) {
          if (!name.endsWith(SEGMENT_SUFFIX) && name !== BEAT_FILE) continue;
          let data: Buffer;
          try {
            data = readFileSync(join(folder, pair, dev, name));
          } catch {
            continue;
          }
          const opened = openSegment(keys, data);
          if (!opened.ok) {
            if (opened.reason === 'newer') {
              throw new AppError(
                'bad-request',
                'Your partner is using a newer Nuzzle. Update Nuzzle on this computer, then try again.',
              );
            }
            // The wrong key fails on every file; the right one opens any whole file.
            continue;
          }
          const body = parseBody(opened.plaintext);
          // The ids to adopt are the inviter's (a second joiner must not take a joiner's).
          if (body?.role === 'inviter' && deviceTag(keys, body.deviceId) === dev) {
            return { pair, key, body };
          }
        }
      }
    }
    return null;
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
    if (!listDirs(folder).some((d) => readParams(join(folder, d)))) {
      throw new AppError(
        'not-found',
        'There’s no invitation in this folder yet. Check it’s the same shared folder — your sync app may still be copying it.',
      );
    }
    const found = findInvitation(folder, code);
    if (!found) {
      throw new AppError(
        'bad-request',
        'That code doesn’t match the invitation in this folder. Check the code and try again.',
      );
    }
    if (found.body.v > SYNC_PROTOCOL) {
      throw new AppError(
        'bad-request',
        'Your partner is using a newer Nuzzle. Update Nuzzle on this computer, then try again.',
      );
    }
    // Both computers agree on the two partner ids: this computer adopts the inviter's.
    db.transaction(() => {
      const { meId, partnerId } = ids();
      rekeyPartners(db, [
        [meId, found.body.partnerId],
        [partnerId, found.body.meId],
      ]);
      resetShipped.run();
    })();
    ctx.checkins.invalidate();
    const keys = subKeys(found.key);
    const s: SyncState = {
      folder,
      pair: found.pair,
      key: found.key.toString('base64'),
      role: 'joiner',
      code: null,
      partnerDevice: found.body.deviceId,
      phrase: confirmationPhrase(keys, [deviceId(), found.body.deviceId]),
      lastHeardAt: Math.min(found.body.sentAt, clock.now()),
    };
    saveState(s);
    problem = null;
    writeSegment(s, []);
    const result = pollNow();
    if (started) start();
    ctx.emit('changed', {
      topics: ['settings', 'checkins', 'pauses', 'notes', 'commitments', 'questions'],
    });
    return result;
  }

  function unpair(removeFiles: boolean): SyncStatus {
    const s = state();
    if (!s) return status();
    if (removeFiles) {
      try {
        rmSync(myDir(s), { recursive: true, force: true });
        // The last one out also takes the invitation (its salt) with it.
        const pairDir = join(s.folder, s.pair);
        if (listDirs(pairDir).length === 0) rmSync(pairDir, { recursive: true, force: true });
      } catch (error) {
        options.onError?.(error);
      }
    }
    saveState(null);
    keysCache = null;
    problem = null;
    persistProblem();
    watcher?.close();
    watcher = null;
    problem = null;
    ctx.emit('changed', { topics: ['settings'] });
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
    if (options.watch && s) {
      try {
        let soon: ReturnType<typeof setTimeout> | null = null;
        watcher = watch(join(s.folder, s.pair), { recursive: true }, () => {
          if (soon) return;
          soon = setTimeout(() => {
            soon = null;
            pollNow();
          }, 500);
          soon.unref();
        });
        watcher.on('error', () => watcher?.close());
      } catch {
        watcher = null; // polling still runs
      }
    }
  }

  return { status, invite, join: join_, pollNow, soon, unpair, start, stop };
}

export type SyncService = ReturnType<typeof createSyncService>;
