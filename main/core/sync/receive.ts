// Reading: every sealed file in the pairing's folder, whatever sub-folder a sync tool put it
// in. The sealed device id says who wrote it: the partner's accepted computer is read, this
// computer's own copies are noted (so compaction can remove them), anything else is ignored.
// A poll stats each file once; with compaction the folder holds a bounded number of files,
// so a poll costs what is new, not the folder's age.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import type { WireChange } from './apply.ts';
import { openBody, type SegmentBody } from './body.ts';
import type { SyncKeys } from './crypto.ts';
import { listDirs, listFiles, readQuietly, sizeOf } from './files.ts';
import { JOIN_DIR } from './invitation.ts';
import { BEAT_FILE, SEGMENT_SUFFIX } from './ship.ts';
import type { SyncState } from './state.ts';

export interface Received {
  changes: WireChange[];
  /** Something new and genuine arrived from the partner's computer. */
  heard: boolean;
  refused: number;
  newer: boolean;
  /** The oldest half-copied file still waiting, and since when. */
  waitingSince: number | null;
  end: SegmentBody['end'] | null;
  /** The partner was heard under the current key (not only the older Nuzzle's). */
  heardCurrent: boolean;
}

export interface ReadContext {
  pairDir: string;
  /** This computer's own folder (full path). */
  dir: string;
  keys: SyncKeys;
  /** The older Nuzzle's key while a pair moves off it (rotate.ts). */
  oldKeys?: SyncKeys | null;
  deviceId: string;
  meId: string;
  partnerId: string;
  now: number;
}

export function createReader(db: Database) {
  const done = db.prepare<[string, number], { one: number }>(
    'SELECT 1 AS one FROM sync_segments WHERE file = ? AND size = ?',
  );
  const record = db.prepare(
    `INSERT INTO sync_segments (file, size, applied_at, device) VALUES (?, ?, ?, ?)
     ON CONFLICT (file) DO UPDATE SET size = excluded.size, applied_at = excluded.applied_at,
       device = excluded.device`,
  );
  const wholeElsewhere = db.prepare<[string], { one: number }>(
    "SELECT 1 AS one FROM sync_segments WHERE file LIKE ? ESCAPE '\\' LIMIT 1",
  );
  /** A half file whose whole twin (same name, another folder) was already read: stale. */
  function isStaleCopy(name: string): boolean {
    return !!wholeElsewhere.get(`%/${name.replace(/[\\%_]/g, (ch) => `\\${ch}`)}`);
  }
  /** Beats are rewritten in place: remembered by size and time, in memory. */
  const beats = new Map<string, string>();
  /** Half-copied files, and when they were first seen. */
  const partial = new Map<string, number>();

  function read(c: ReadContext, s: SyncState): Received {
    const out: Received = {
      changes: [],
      heard: false,
      refused: 0,
      newer: false,
      waitingSince: null,
      end: null,
      heardCurrent: false,
    };
    const seen = new Set<string>();
    for (const dir of listDirs(c.pairDir)) {
      if (dir === JOIN_DIR) continue;
      for (const name of listFiles(join(c.pairDir, dir))) {
        const isBeat = name === BEAT_FILE || name.startsWith(`${BEAT_FILE} `);
        if (!isBeat && !name.endsWith(SEGMENT_SUFFIX)) continue;
        const rel = `${dir}/${name}`;
        const path = join(c.pairDir, rel);
        const size = sizeOf(path);
        if (size === null) continue;
        seen.add(rel);
        if (!isBeat && done.get(rel, size)) continue;
        const data = readQuietly(path);
        if (!data) continue;
        if (isBeat) {
          const mark = `${String(size)}:${data.subarray(5, 21).toString('hex')}`;
          if (beats.get(rel) === mark) continue;
          beats.set(rel, mark);
        }
        let opened = openBody(c.keys, data);
        const current = opened.ok || !c.oldKeys;
        if (!opened.ok && c.oldKeys) {
          const old = openBody(c.oldKeys, data);
          if (old.ok || opened.reason === 'rejected') opened = old;
        }
        if (!opened.ok) {
          if (opened.reason === 'incomplete') {
            // A sync tool left a half copy beside (or, after a swap, instead of) a whole one.
            if (!isBeat && isStaleCopy(name)) continue;
            const since = partial.get(rel) ?? c.now;
            partial.set(rel, since);
            out.waitingSince = Math.min(out.waitingSince ?? since, since);
            beats.delete(rel);
          } else if (opened.reason === 'newer') out.newer = true;
          else out.refused += 1;
          continue;
        }
        partial.delete(rel);
        const body = opened.body;
        if (body.deviceId === c.deviceId) {
          if (isBeat) continue;
          record.run(rel, size, c.now, c.deviceId);
          // A sync tool's copy of this computer's file elsewhere (a swap, an "x 2"): it may
          // hold words since taken back, so this computer's files are rewritten now.
          if (join(c.pairDir, dir) !== c.dir) s.purge = true;
          continue;
        }
        if (body.deviceId !== s.link.partnerDevice) {
          // A retired computer of this pairing: its files are no longer read.
          if (!isBeat) record.run(rel, size, c.now, body.deviceId);
          continue;
        }
        if (body.meId !== c.partnerId || body.partnerId !== c.meId) {
          out.refused += 1;
          continue;
        }
        out.heard = true;
        if (current) out.heardCurrent = true;
        if (typeof body.ack === 'number') s.partnerAck = Math.max(s.partnerAck, body.ack);
        if (body.end) out.end = body.end;
        if (isBeat) continue;
        if (typeof body.n === 'number') s.ack = Math.max(s.ack, body.n);
        out.changes.push(...body.changes);
        record.run(rel, size, c.now, body.deviceId);
      }
    }
    for (const rel of partial.keys()) if (!seen.has(rel)) partial.delete(rel);
    return out;
  }

  return { read };
}

export type Reader = ReturnType<typeof createReader>;
