// What a sealed segment says inside. Who wrote it is this sealed content (the device id and
// the two partner ids), never the name of the folder a sync tool happened to put it in.

import { randomBytes } from 'node:crypto';
import type { WireChange } from './apply.ts';
import { openSegment, sealSegment, type SyncKeys } from './crypto.ts';
import { isHlc } from './hlc.ts';

/** The segment format this Nuzzle writes; a partner's higher number means a newer app. */
export const SYNC_PROTOCOL = 1;

export interface SegmentBody {
  v: number;
  app: string;
  role: 'inviter' | 'joiner';
  deviceId: string;
  meId: string;
  partnerId: string;
  sentAt: number;
  changes: WireChange[];
  /** This computer's running number for the file (beats repeat the latest). */
  n?: number;
  /** The highest of the partner's numbers this computer has read. */
  ack?: number;
  /** 'bye': this computer disconnected; 'retired': the sender replaced its partner's computer. */
  end?: 'bye' | 'retired';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseChange(c: unknown): WireChange | null {
  if (!isRecord(c)) return null;
  const { id, entity, entityId, op, authorId, payload, createdAt, hlc } = c;
  if (typeof id !== 'string' || typeof entity !== 'string' || typeof entityId !== 'string') {
    return null;
  }
  if ((op !== 'upsert' && op !== 'delete') || typeof authorId !== 'string') return null;
  if (typeof createdAt !== 'number' || !isHlc(hlc)) return null;
  return { id, entity, entityId, op, authorId, payload, createdAt, hlc };
}

export function parseBody(plaintext: Buffer): SegmentBody | null {
  let value: unknown;
  try {
    value = JSON.parse(plaintext.toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { v, app, role, deviceId, meId, partnerId, sentAt, changes, n, ack, end } = value;
  if (role !== 'inviter' && role !== 'joiner') return null;
  if (typeof v !== 'number' || typeof app !== 'string' || typeof deviceId !== 'string') {
    return null;
  }
  if (typeof meId !== 'string' || typeof partnerId !== 'string') return null;
  if (typeof sentAt !== 'number' || !Array.isArray(changes)) return null;
  const wire: WireChange[] = [];
  for (const c of changes) {
    const parsed = parseChange(c);
    if (!parsed) return null;
    wire.push(parsed);
  }
  const body: SegmentBody = { v, app, role, deviceId, meId, partnerId, sentAt, changes: wire };
  if (typeof n === 'number') body.n = n;
  if (typeof ack === 'number') body.ack = ack;
  if (end === 'bye' || end === 'retired') body.end = end;
  return body;
}

export function sealBody(keys: SyncKeys, body: SegmentBody): Buffer {
  return sealSegment(keys, randomBytes(16), Buffer.from(JSON.stringify(body), 'utf8'));
}

export type Opened =
  | { ok: true; segmentId: string; body: SegmentBody }
  | { ok: false; reason: 'incomplete' | 'rejected' | 'newer' };

export function openBody(keys: SyncKeys, data: Buffer): Opened {
  const opened = openSegment(keys, data);
  if (!opened.ok) return opened;
  const body = parseBody(opened.plaintext);
  if (!body) return { ok: false, reason: 'rejected' };
  if (body.v > SYNC_PROTOCOL) return { ok: false, reason: 'newer' };
  return { ok: true, segmentId: opened.segmentId, body };
}
