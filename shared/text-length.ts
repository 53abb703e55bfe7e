// Counting characters the way a person sees them (an emoji, even a family or a flag, counts
// once), cheaply. Intl.Segmenter's cost per step grows with the length of the whole string
// (a 50 KB paste took seconds), so text is segmented in short windows that each restart at
// a cluster boundary, which keeps the cost linear. Callers check the plain length first: a
// limit of N visible characters never needs more than N × 16 UTF-16 units (the longest real
// clusters, family emoji and stacked accents, stay well under that).

export const CODE_UNITS_PER_CHARACTER = 16;
const WINDOW = 256;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/** Calls `each(start, end)` for every visible character, in order, until it returns false. */
function forEachCharacter(text: string, each: (start: number, end: number) => boolean): void {
  let pos = 0;
  while (pos < text.length) {
    let windowEnd = Math.min(text.length, pos + WINDOW);
    // Never cut a surrogate pair: half a code point would change the boundary before it.
    if (windowEnd < text.length && isHighSurrogate(text.charCodeAt(windowEnd - 1))) windowEnd -= 1;
    const window = text.slice(pos, windowEnd);
    const atEnd = windowEnd === text.length;
    const starts: number[] = [];
    for (const { index } of graphemes.segment(window)) starts.push(index);
    // The window's last cluster may go on past it: it is counted from the next window.
    const complete = atEnd || starts.length === 1 ? starts.length : starts.length - 1;
    for (let i = 0; i < complete; i += 1) {
      const start = pos + (starts[i] ?? 0);
      const end = i + 1 < starts.length ? pos + (starts[i + 1] ?? 0) : windowEnd;
      if (!each(start, end)) return;
    }
    pos = complete === starts.length ? windowEnd : pos + (starts[complete] ?? window.length);
  }
}

/** Visible characters in `text`, counting at most `stopAfter` (then returns stopAfter + 1). */
export function countCharacters(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let count = 0;
  forEachCharacter(text, () => {
    count += 1;
    return count <= stopAfter;
  });
  return count;
}

/** Whether `text` is too long to be worth counting for a limit of `maxCharacters`. */
export function beyondAnyCount(text: string, maxCharacters: number): boolean {
  return text.length > maxCharacters * CODE_UNITS_PER_CHARACTER;
}

/**
 * The longest start of `text` within `maxCharacters` visible characters and the UTF-16
 * bound, never splitting a character: what a text field keeps when a paste runs over.
 */
export function clipToCharacters(text: string, maxCharacters: number): string {
  const maxUnits = maxCharacters * CODE_UNITS_PER_CHARACTER;
  let kept = 0;
  let count = 0;
  forEachCharacter(text, (_start, end) => {
    if (count === maxCharacters || end > maxUnits) return false;
    count += 1;
    kept = end;
    return true;
  });
  return text.slice(0, kept);
}
