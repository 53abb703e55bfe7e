// A hybrid logical clock: wall-clock milliseconds plus a counter, never going backwards and
// always ahead of any clock value this computer has seen from the partner. Encoded as a
// fixed-width string so that comparing strings compares clocks.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { perDatabase } from '../stores/per-database.ts';

export interface Hlc {
  wall: number;
  logical: number;
}

export function formatHlc(h: Hlc): string {
  return `${h.wall.toString(16).padStart(12, '0')}.${h.logical.toString(16).padStart(6, '0')}`;
}

const HLC_RE = /^[0-9a-f]{12}\.[0-9a-f]{6}$/;

export function isHlc(value: unknown): value is string {
  return typeof value === 'string' && HLC_RE.test(value);
}

export function parseHlc(text: string): Hlc {
  const [wall = '0', logical = '0'] = text.split('.');
  return { wall: parseInt(wall, 16), logical: parseInt(logical, 16) };
}

/** A clock value for changes recorded before sync existed. */
export function legacyHlc(createdAt: number): string {
  return formatHlc({ wall: Math.max(0, Math.floor(createdAt)), logical: 0 });
}

/** Orders two (clock, change id) pairs: the later change wins, ties broken by id. */
export function compareStamp(aHlc: string, aId: string, bHlc: string, bId: string): number {
  if (aHlc !== bHlc) return aHlc < bHlc ? -1 : 1;
  if (aId === bId) return 0;
  return aId < bId ? -1 : 1;
}

const ready = new WeakSet<Database>();

/** Whether the sync tables exist in this database (migration 6 has run). */
export function hasSyncSchema(db: Database): boolean {
  if (ready.has(db)) return true;
  const found = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_hlc'")
    .get();
  if (found) ready.add(db);
  return found !== undefined;
}

// The clock lives in memory, per connection. A local tick is not written on its own: every
// local clock value goes into the outbox with its change, in the same transaction, so the
// newest change holds the newest local value — a row and an encrypted page fewer at every
// save. `sync_hlc` keeps what was heard from the partner (written when heard, which is rare).
// A connection starts from whichever of the two is later.
const clocks = perDatabase((db) => ({
  state: null as Hlc | null,
  heard: db.prepare<[], Hlc>("SELECT wall, logical FROM sync_hlc WHERE name = 'clock'"),
  newestLocal: db
    .prepare<[], string>('SELECT hlc FROM changes WHERE hlc IS NOT NULL ORDER BY seq DESC LIMIT 1')
    .pluck(),
  write: db.prepare(
    `INSERT INTO sync_hlc (name, wall, logical) VALUES ('clock', ?, ?)
     ON CONFLICT (name) DO UPDATE SET wall = excluded.wall, logical = excluded.logical`,
  ),
}));

const later = (a: Hlc, b: Hlc): Hlc =>
  a.wall > b.wall || (a.wall === b.wall && a.logical >= b.logical) ? a : b;

function readState(db: Database): Hlc {
  const clock = clocks(db);
  if (!clock.state) {
    const heard = clock.heard.get() ?? { wall: 0, logical: 0 };
    const local = clock.newestLocal.get();
    clock.state = local && isHlc(local) ? later(heard, parseHlc(local)) : heard;
  }
  return clock.state;
}

/** The clock value for a local event at `now`. */
export function tickHlc(db: Database, now: number): string {
  const last = readState(db);
  const wall = Math.max(last.wall, Math.floor(now));
  const next = { wall, logical: wall === last.wall ? last.logical + 1 : 0 };
  clocks(db).state = next;
  return formatHlc(next);
}

/** Moves this computer's clock past a value received from the partner. */
export function observeHlc(db: Database, remote: string, now: number): void {
  const last = readState(db);
  const r = parseHlc(remote);
  const wall = Math.max(last.wall, r.wall, Math.floor(now));
  let logical = 0;
  if (wall === last.wall && wall === r.wall) logical = Math.max(last.logical, r.logical) + 1;
  else if (wall === last.wall) logical = last.logical + 1;
  else if (wall === r.wall) logical = r.logical + 1;
  const next = { wall, logical };
  const clock = clocks(db);
  clock.write.run(next.wall, next.logical);
  clock.state = next;
}
