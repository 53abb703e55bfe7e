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
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

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
 * The longest start of `text` within `maxCharacters` visible characters and `maxUnits` UTF-16
 * units, never splitting a character: what a text field keeps when a paste runs over.
 */
export function clipToCharacters(
  text: string,
  maxCharacters: number,
  maxUnits = maxCharacters * CODE_UNITS_PER_CHARACTER,
): string {
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

/** How a field's limit is counted: visible characters, or UTF-16 units (the `max` of a schema). */
export interface TextLimit {
  max: number;
  by: 'characters' | 'units';
}

const limitsOf = (limit: TextLimit) =>
  limit.by === 'units'
    ? { chars: limit.max, units: limit.max }
    : { chars: limit.max, units: limit.max * CODE_UNITS_PER_CHARACTER };

/** How much of `limit` `text` uses, counting at most one past it (cheap on a huge paste). */
export function measureText(text: string, limit: TextLimit): number {
  if (limit.by === 'units') return text.length;
  if (beyondAnyCount(text, limit.max)) return limit.max + 1;
  return countCharacters(text, limit.max);
}

/**
 * What a field keeps when an edit turns `previous` into `next` past the limit: the text
 * around the edit stays and only the typed or pasted part is cut, never mid-character.
 * `caretAfter` is the field's caret after the edit, when known; the returned `caret` is where
 * it belongs once clipped (just after what was kept of the edit).
 */
export function clipEdit(
  previous: string,
  next: string,
  limit: TextLimit,
  caretAfter?: number,
): { text: string; clipped: boolean; caret: number } {
  if (measureText(next, limit) <= limit.max) return { text: next, clipped: false, caret: -1 };
  const { chars, units } = limitsOf(limit);
  // The caret after an edit sits just after what was typed or pasted: what follows it is
  // the old tail. Without a caret (or if it doesn't fit), the two texts are compared.
  const tailFromCaret =
    caretAfter !== undefined && caretAfter >= 0 && caretAfter <= next.length
      ? next.length - caretAfter
      : -1;
  const knownTail = tailFromCaret >= 0 && previous.endsWith(next.slice(caretAfter));
  const shortest = Math.min(previous.length, next.length);
  const prefixMax = knownTail
    ? Math.min(shortest - tailFromCaret, next.length - tailFromCaret)
    : shortest;
  let prefix = 0;
  while (prefix < prefixMax && previous.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix += 1;
  // Never start the inserted part inside a surrogate pair.
  if (prefix > 0 && isHighSurrogate(next.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = knownTail ? tailFromCaret : 0;
  while (
    !knownTail &&
    suffix < shortest - prefix &&
    previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  )
    suffix += 1;
  if (suffix > 0 && isLowSurrogate(next.charCodeAt(next.length - suffix))) suffix -= 1;
  const head = next.slice(0, prefix);
  const tail = next.slice(next.length - suffix);
  const around = head + tail;
  const usedChars = limit.by === 'units' ? around.length : countCharacters(around, chars);
  if (usedChars >= chars || around.length >= units) {
    // What was there is already at (or past) the limit: keep the start of it all.
    const text = clipToCharacters(next, chars, units);
    return { text, clipped: true, caret: text.length };
  }
  const inserted = next.slice(prefix, next.length - suffix);
  const kept = clipToCharacters(inserted, chars - usedChars, units - around.length);
  const text = head + kept + tail;
  // An edit inside a character (between an emoji's parts) can count more than its pieces.
  if (measureText(text, limit) > limit.max) {
    const whole = clipToCharacters(next, chars, units);
    return { text: whole, clipped: true, caret: whole.length };
  }
  return { text, clipped: true, caret: prefix + kept.length };
}
