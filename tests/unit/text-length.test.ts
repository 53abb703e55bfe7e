// Counting visible characters in short windows gives exactly what one pass of Intl.Segmenter
// gives, for any mix of emoji sequences, flags, accents, scripts and broken surrogates, and
// a paste of any length is counted or clipped without splitting a character.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clipEdit,
  clipToCharacters,
  countCharacters,
  measureText,
  type TextLimit,
} from '../../shared/text-length.ts';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const reference = (text: string) => [...graphemes.segment(text)].map((s) => s.segment);

const family = '👨‍👩‍👧‍👦';
const piece = fc.constantFrom(
  'a',
  'é',
  'e\u0301\u0302',
  family,
  '🇫',
  '🇷',
  '🇫🇷🇩🇪',
  '\r',
  '\n',
  'कि',
  'क्ष',
  '\u200d',
  '👍🏽',
  '\ud83c',
  '\udde8',
  ' ',
  '한',
);
const text = fc.array(piece, { maxLength: 500 }).map((parts) => parts.join(''));

describe('visible characters', () => {
  test('the windowed count equals one pass of the segmenter', () => {
    fc.assert(
      fc.property(text, (t) => countCharacters(t) === reference(t).length),
      { numRuns: 1500 },
    );
  });

  test('clipping keeps whole characters only, and at most the limit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 300 }), (t, max) => {
        const clipped = clipToCharacters(t, max);
        const whole = reference(t);
        const kept = reference(clipped);
        return (
          t.startsWith(clipped) &&
          kept.length <= max &&
          kept.every((c, i) => c === whole[i]) &&
          (kept.length === max || clipped === t || clipped.length + 16 > max * 16)
        );
      }),
      { numRuns: 800 },
    );
  });

  test('stops counting early, so a 10 MB paste is cheap to refuse', () => {
    expect(countCharacters('x'.repeat(10_000_000), 1000)).toBe(1001);
    expect(clipToCharacters(family.repeat(10), 3)).toBe(family.repeat(3));
  });
});

describe('a text field at its limit', () => {
  const byChars = (max: number): TextLimit => ({ max, by: 'characters' });

  test('a paste in the middle keeps the text around it and cuts only the pasted part', () => {
    const result = clipEdit('Hello world', 'Hello ' + 'x'.repeat(50) + 'world', byChars(20));
    expect(result).toEqual({ text: 'Hello xxxxxxxxxworld', clipped: true, caret: 15 });
  });

  test('with the caret known, the words after a paste keep their space', () => {
    const before = 'I will text you. Thank you.';
    const next = before.slice(0, 16) + ' xxxxxxxxxx' + before.slice(16);
    const result = clipEdit(before, next, byChars(32), 16 + 11);
    expect(result.text).toBe('I will text you. xxxx Thank you.');
    expect(result.caret).toBe(21);
  });

  test('typing past the limit changes nothing', () => {
    expect(clipEdit('a'.repeat(10), 'a'.repeat(10) + 'b', byChars(10)).text).toBe('a'.repeat(10));
  });

  test('a field counted in UTF-16 units never splits an emoji', () => {
    const result = clipEdit('', 'ab' + family, { max: 5, by: 'units' });
    expect(result.text).toBe('ab');
  });

  test('any edit of any text keeps the field within its limit, around the edit', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.nat(),
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        (before, paste, at, max, units) => {
          const limit: TextLimit = { max, by: units ? 'units' : 'characters' };
          const start = clipToCharacters(before, max, units ? max : max * 16);
          const cut = at % (start.length + 1);
          const next = start.slice(0, cut) + paste + start.slice(cut);
          const { text: kept } = clipEdit(start, next, limit);
          return measureText(kept, limit) <= max && (kept === next || kept.length < next.length);
        },
      ),
      { numRuns: 600 },
    );
  });

  test('a 10 MB paste is clipped at once', () => {
    const started = performance.now();
    const { text: kept } = clipEdit('', 'x'.repeat(10_000_000), byChars(1000));
    expect(kept).toHaveLength(1000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
