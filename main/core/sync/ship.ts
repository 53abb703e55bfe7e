// Shipping: this computer's outbox goes into sealed segments in its own folder, a "beat" says
// it is still here (and what it has read of the partner's), and compaction rewrites its whole
// history as a few segments holding only each record's newest change. A taken-back note's
// words then leave the outbox and every file in the folder within a poll or two.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ChangeRow } from '../stores/outbox.ts';
import type { WireChange } from './apply.ts';
import { sealBody, SYNC_PROTOCOL, type SegmentBody } from './body.ts';
import type { SyncKeys } from './crypto.ts';
import { listFiles, removeQuietly, writeAtomically } from './files.ts';
import { legacyHlc } from './hlc.ts';
import { foldLocalChanges } from './record-stamps.ts';
import { raiseShippedFloor, shippedFloor } from './shipped-floor.ts';
import type { SyncState } from './state.ts';

export const SEGMENT_SUFFIX = '.nzs';
export const BEAT_FILE = 'beat';
const CHANGES_PER_SEGMENT = 5000;
const BEAT_EVERY_MS = 15 * 60_000;
/** Segments a computer keeps before rewriting them as one (once the partner has read them). */
export const MAX_OWN_SEGMENTS = 8;

export interface ShipContext {
  db: Database;
  version: string;
  deviceId: string;
  meId: string;
  partnerId: string;
  keys: SyncKeys;
  /** This computer's folder for the active pairing. */
  dir: string;
  pairDir: string;
  now: number;
}

const toWire = (r: ChangeRow & { hlc: string | null }): WireChange => ({
  id: r.id,
  entity: r.entity,
  entityId: r.entity_id,
  op: r.op === 'delete' ? 'delete' : 'upsert',
  authorId: r.author_id,
  payload: JSON.parse(r.payload) as unknown,
  createdAt: r.created_at,
  hlc: r.hlc ?? legacyHlc(r.created_at),
});

export function createShipper(db: Database) {
  const unshipped = db.prepare<[number, number], ChangeRow & { hlc: string | null }>(
    'SELECT * FROM changes WHERE seq > ? AND shipped_at IS NULL ORDER BY seq LIMIT ?',
  );
  const allChanges = db.prepare<[], ChangeRow & { hlc: string | null }>(
    'SELECT * FROM changes ORDER BY seq',
  );
  const markShipped = db.prepare('UPDATE changes SET shipped_at = ? WHERE seq = ?');
  // Each record's newest change stays; one grouped pass, where an index kept for this alone
  // would cost a page at every save (migration 13).
  const dropSuperseded = db.prepare(
    `DELETE FROM changes WHERE shipped_at IS NOT NULL AND seq NOT IN (
       SELECT max(seq) FROM changes GROUP BY entity, entity_id)`,
  );
  const ownStrays = db.prepare<[string], { file: string }>(
    'SELECT file FROM sync_segments WHERE device = ?',
  );
  const forgetFile = db.prepare('DELETE FROM sync_segments WHERE file = ?');
  const deviceOf = db.prepare<[string], { device: string | null }>(
    'SELECT device FROM sync_segments WHERE file = ?',
  );
  /**
   * Whether `rel` (under the pair folder) was read as this computer's own file. A sync tool
   * may have swapped the partner's files, or half-copied ones, into this computer's folder:
   * those are never removed here.
   */
  function isOwn(c: Pick<ShipContext, 'deviceId'>, rel: string): boolean {
    return deviceOf.get(rel)?.device === c.deviceId;
  }
  let lastBeat = 0;
  let lastBeatAck = -1;

  function body(c: ShipContext, s: SyncState, changes: WireChange[]): SegmentBody {
    return {
      v: SYNC_PROTOCOL,
      app: c.version,
      role: s.role,
      deviceId: c.deviceId,
      meId: c.meId,
      partnerId: c.partnerId,
      sentAt: c.now,
      changes,
      ack: s.ack,
    };
  }

  function writeSegment(c: ShipContext, s: SyncState, changes: WireChange[]): string {
    s.n += 1;
    const name = `${randomBytes(12).toString('hex')}${SEGMENT_SUFFIX}`;
    writeAtomically(c.dir, name, sealBody(c.keys, { ...body(c, s, changes), n: s.n }));
    return name;
  }

  /** Ships every change not yet in the folder; true when something was written. */
  function exportChanges(c: ShipContext, s: SyncState): boolean {
    // What ships is folded into the records' stamps first (a new connection's fold starts at
    // the shipped floor).
    foldLocalChanges(db);
    let wrote = false;
    for (;;) {
      const rows = unshipped.all(shippedFloor(db), CHANGES_PER_SEGMENT);
      const last = rows.at(-1);
      if (!last) break;
      writeSegment(c, s, rows.map(toWire));
      // Stopping between the rename and this update ships the same changes again: harmless,
      // the partner keeps one copy per record.
      db.transaction(() => {
        for (const r of rows) markShipped.run(c.now, r.seq);
      })();
      raiseShippedFloor(db, last.seq);
      if (rows.some((r) => r.op === 'delete')) s.purge = true;
      wrote = true;
    }
    return wrote;
  }

  /** The "still here" note; also carries how far this computer has read, and goodbyes. */
  function beat(c: ShipContext, s: SyncState, end?: SegmentBody['end']): void {
    const due = c.now - lastBeat >= BEAT_EVERY_MS || lastBeatAck !== s.ack || end !== undefined;
    if (!due) return;
    const b = body(c, s, []);
    writeAtomically(c.dir, BEAT_FILE, sealBody(c.keys, end ? { ...b, end } : b));
    lastBeat = c.now;
    lastBeatAck = s.ack;
  }

  function ownSegments(c: ShipContext): string[] {
    return listFiles(c.dir).filter((f) => f.endsWith(SEGMENT_SUFFIX));
  }

  function isDue(c: ShipContext, s: SyncState): boolean {
    const count = ownSegments(c).length;
    if (s.purge) return true;
    if (count <= MAX_OWN_SEGMENTS) return false;
    // Rewrite once the partner has read what is there; much later regardless.
    return s.partnerAck >= s.n || count > 4 * MAX_OWN_SEGMENTS;
  }

  /**
   * Rewrites this computer's history as a few segments of each record's newest change, then
   * removes its older files, wherever a sync tool copied them. `forwarded` is the partner's
   * history, sent while a computer that replaced their old one hasn't read it yet.
   */
  function compact(c: ShipContext, s: SyncState, forwarded: () => WireChange[]): void {
    db.transaction(() => dropSuperseded.run())();
    const keep = new Set<string>();
    const forwarding = s.forwardUntil !== null && s.partnerAck < s.forwardUntil;
    const changes = [...allChanges.all().map(toWire), ...(forwarding ? forwarded() : [])];
    for (let i = 0; i < changes.length || i === 0; i += CHANGES_PER_SEGMENT) {
      keep.add(writeSegment(c, s, changes.slice(i, i + CHANGES_PER_SEGMENT)));
    }
    if (forwarding) s.forwardUntil = s.n;
    else s.forwardUntil = null;
    for (const f of ownSegments(c)) {
      if (!keep.has(f) && isOwn(c, `${dirName(c)}/${f}`)) removeQuietly(join(c.dir, f));
    }
    for (const { file } of ownStrays.all(c.deviceId)) {
      if (!keep.has(file.split('/').pop() ?? '') || !file.startsWith(`${dirName(c)}/`)) {
        removeQuietly(join(c.pairDir, file));
      }
      forgetFile.run(file);
    }
    s.purge = false;
  }

  function dirName(c: ShipContext): string {
    return c.dir.slice(c.pairDir.length + 1);
  }

  /** Runs compaction when due; true when it did. */
  function compactIfDue(c: ShipContext, s: SyncState, forwarded: () => WireChange[]): boolean {
    if (!isDue(c, s)) return false;
    compact(c, s, forwarded);
    return true;
  }

  return {
    exportChanges,
    beat,
    compact,
    compactIfDue,
    isOwn,
    resetBeat: () => (lastBeat = 0),
  };
}

export type Shipper = ReturnType<typeof createShipper>;
