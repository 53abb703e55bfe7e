// Flesch reading ease for the content tests, from the `syllable` and `flesch` packages, so
// every content test scores text the same way.

import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** The words of a text, curly apostrophes folded so "don’t" counts as one word. */
function wordsOf(text: string): string[] {
  return text
    .replace(/[’‘ʼ]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

function sentenceCount(text: string): number {
  return Math.max(1, text.split(/[.!?…]+(?:\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length);
}

/** Flesch reading ease (higher is easier; 60 and up is plain English). */
export function readingEase(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) throw new Error('no words to score');
  return flesch({
    sentence: sentenceCount(text),
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllable(w), 0),
  });
}

/** The number of words, counted as `readingEase` counts them. */
export function wordCount(text: string): number {
  return wordsOf(text).length;
}
