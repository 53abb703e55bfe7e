// A cheap, bounded measure of an IPC payload, taken before validation. It walks the value
// once and stops as soon as the budget is spent, so a 10 MB string or a million-element
// array is refused in well under a millisecond and nothing is copied or serialised.

/** Far above any real call (the longest is a note draft of 16,000 UTF-16 units). */
export const MAX_PAYLOAD_BYTES = 128 * 1024;
/** Deeper than any real payload (the deepest is two levels). */
const MAX_DEPTH = 16;
/** More values than any real payload holds (a reminder's seven weekdays is the most). */
const MAX_NODES = 2_000;

export type PayloadVerdict = 'ok' | 'too-large' | 'too-deep';

/**
 * Roughly what the payload would weigh as JSON, in bytes (strings counted as up to three
 * bytes per UTF-16 unit). Returns early once over the budget.
 */
export function checkPayloadSize(payload: unknown, maxBytes = MAX_PAYLOAD_BYTES): PayloadVerdict {
  let bytes = 0;
  let nodes = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: payload, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    nodes += 1;
    if (nodes > MAX_NODES) return 'too-large';
    if (typeof value === 'string') {
      bytes += value.length * 3 + 2;
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) return 'too-deep';
      if (ArrayBuffer.isView(value)) {
        bytes += value.byteLength;
      } else if (Array.isArray(value)) {
        bytes += 2 + value.length;
        if (value.length > MAX_NODES) return 'too-large';
        for (const item of value as unknown[]) stack.push({ value: item, depth: depth + 1 });
      } else {
        const keys = Object.keys(value);
        bytes += 2;
        if (keys.length > MAX_NODES) return 'too-large';
        for (const key of keys) {
          bytes += key.length * 3 + 4;
          stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
        }
      }
    } else {
      bytes += 8;
    }
    if (bytes > maxBytes) return 'too-large';
  }
  return 'ok';
}
