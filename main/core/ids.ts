// Sortable unique ids (UUIDv7): a 48-bit millisecond timestamp, then random bits. Ids made on
// two partners' computers never collide and sort by creation time, which partner sync needs.

import { randomFillSync } from 'node:crypto';

let lastMs = -1;
let counter = 0;

/** A UUIDv7 for `nowMs`; ids made within one millisecond still sort in creation order. */
export function uuidv7(nowMs: number): string {
  const bytes = new Uint8Array(16);
  randomFillSync(bytes);
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
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
