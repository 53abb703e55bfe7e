// Counting visible characters in short windows gives exactly what one pass of Intl.Segmenter
// gives, for any mix of emoji sequences, flags, accents, scripts and broken surrogates, and
// a paste of any length is counted or clipped without splitting a character.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clipToCharacters, countCharacters } from '../../shared/text-length.ts';

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
