// The content check for the daily questions: enough of them in every theme, stable ids, one
// short plain-English question each, no repeats, nothing that blames, probes or assumes, and
// no run of eight words copied from the reference article.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { QUESTIONS } from '../../../shared/questions/question-set.ts';
import type { QuestionTheme } from '../../../shared/questions/question-types.ts';
import { referencePath, wordRuns } from '../originality.ts';
import { readingEase, wordCount } from '../reading-ease.ts';

const THEMES: readonly QuestionTheme[] = [
  'appreciation',
  'daily-life',
  'hopes',
  'memories',
  'repair-trust',
  'fun',
];

/** Case, punctuation and apostrophe style folded away, so "What's up?" equals "whats up". */
const folded = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘ʼ']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Words too common to tell two questions apart.
const COMMON = new Set(
  'a an and are at be by can did do does for from had has have how i if in is it me my of on or so that the this to was we were what when which who why will with would you your'.split(
    ' ',
  ),
);
const contentWords = (text: string) =>
  new Set(
    folded(text)
      .split(' ')
      .filter((w) => !COMMON.has(w)),
  );

function overlap(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / new Set([...a, ...b]).size;
}

test('there are at least 200 questions, and at least 30 in every theme', () => {
  expect(QUESTIONS.length).toBeGreaterThanOrEqual(200);
  for (const theme of THEMES) {
    expect(QUESTIONS.filter((q) => q.theme === theme).length, theme).toBeGreaterThanOrEqual(30);
  }
  expect(new Set(QUESTIONS.map((q) => q.theme))).toEqual(new Set(THEMES));
});

test('ids are unique, well-formed and name their own theme', () => {
  const ids = QUESTIONS.map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const q of QUESTIONS) {
    expect(q.id).toMatch(/^[a-z]+(?:-[a-z]+)*-\d{3}$/);
    expect(q.id.slice(0, -4), q.id).toBe(q.theme);
    expect(q.id.endsWith('-000'), q.id).toBe(false);
  }
});

test('no two questions read the same, once case and punctuation are set aside', () => {
  const texts = QUESTIONS.map((q) => folded(q.text));
  const repeats = texts.filter((t, i) => texts.indexOf(t) !== i);
  expect(repeats).toEqual([]);
});

test('no two questions are near-copies of each other', () => {
  const sets = QUESTIONS.map((q) => contentWords(q.text));
  const near: string[] = [];
  sets.forEach((a, i) => {
    sets.slice(i + 1).forEach((b, j) => {
      const other = QUESTIONS[i + 1 + j];
      if (other && overlap(a, b) >= 0.6) near.push(`${QUESTIONS[i]?.id} ~ ${other.id}`);
    });
  });
  expect(near).toEqual([]);
});

describe.each(QUESTIONS.map((q) => [q.id, q] as const))('%s', (_id, q) => {
  test('is one short question, trimmed, with a capital first letter', () => {
    expect(q.text).toBe(q.text.trim());
    expect(q.text).not.toMatch(/\s{2}/);
    expect(q.text).toMatch(/^[A-Z]/);
    expect(q.text.endsWith('?')).toBe(true);
    // One sentence: nothing ends a sentence before the final question mark.
    expect(q.text.slice(0, -1)).not.toMatch(/[.!?;:…]/);
    expect(wordCount(q.text)).toBeGreaterThanOrEqual(4);
    expect(wordCount(q.text)).toBeLessThanOrEqual(25);
    expect(q.text.length).toBeLessThanOrEqual(120);
  });

  test('reads easily (Flesch reading ease of 60 or more)', () => {
    expect(readingEase(q.text)).toBeGreaterThanOrEqual(60);
  });
});

test('the set as a whole reads easily (mean reading ease of 70 or more)', () => {
  const scores = QUESTIONS.map((q) => readingEase(q.text));
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  expect(mean).toBeGreaterThanOrEqual(70);
});

test('the reading-ease score tells plain questions from dense ones', () => {
  expect(readingEase('What made you smile today?')).toBeGreaterThan(80);
  expect(
    readingEase(
      'What organisational considerations fundamentally influence relationship stability?',
    ),
  ).toBeLessThan(60);
  expect(wordCount('What’s one thing you don’t mind?')).toBe(6);
});

// ---- Gentle and inclusive ---------------------------------------------------------------

// Each pattern is matched against the folded text, on word boundaries. The list aims at words
// that blame, pry for a confession, press for forgiveness, or assume something about a couple
// (gender, children, money, faith, sharing a home); it is not a list of every sad word.
const NOT_IN_A_QUESTION: readonly (readonly [string, RegExp])[] = [
  ['blame or fault', /\b(?:fault|faults|blame|blamed|guilty|guilt|shame|ashamed)\b/],
  ['betrayal words', /\b(?:cheat|cheated|cheating|affair|affairs|betray|betrayed|lied|lying)\b/],
  ['asking for a confession', /\b(?:confess|admit|hide|hiding|hidden|secrets)\b/],
  ['hindsight that accuses', /\b(?:should have|shouldnt have|why didnt you|why did you)\b/],
  ['sweeping accusations', /\byou (?:always|never)\b|\bnever once\b/],
  ['pressing for forgiveness', /\b(?:forgive|forgiven|forgiveness|trust me again)\b/],
  ['sex and bodies', /\b(?:sex|sexy|sexual|bed|naked|kiss|weight)\b/],
  ['gender', /\b(?:he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|man|woman)\b/],
  ['children', /\b(?:kids?|child|children|baby|babies|parents?|parenting)\b/],
  ['money', /\b(?:money|salary|pay|paid|afford|budget|debt|rich)\b/],
  ['faith', /\b(?:god|church|pray|prayer|faith|religion|religious)\b/],
  ['a shared home', /\b(?:our (?:home|house|flat|place|bedroom)|move in|moved in)\b/],
  ['scores and grades', /\b(?:score|rate|grade|out of ten)\b/],
];

test('no question blames, pries, presses or assumes', () => {
  const hits = QUESTIONS.flatMap((q) =>
    NOT_IN_A_QUESTION.filter(([, pattern]) => pattern.test(folded(q.text))).map(
      ([why]) => `${q.id}: ${why}`,
    ),
  );
  expect(hits).toEqual([]);
});

test('the gentle-language check catches what it is meant to catch', () => {
  const flagged = (text: string) =>
    NOT_IN_A_QUESTION.filter(([, p]) => p.test(folded(text))).map(([why]) => why);
  expect(flagged('Why didn’t you call me back?')).toEqual(['hindsight that accuses']);
  expect(flagged('Whose fault was it?')).toEqual(['blame or fault']);
  expect(flagged('You never listen, do you?')).toEqual(['sweeping accusations']);
  expect(flagged('What do we always laugh about?')).toEqual([]);
  expect(flagged('What did your wife say?')).toEqual(['gender']);
});

// ---- Originality ------------------------------------------------------------------------

// Where the reference article is absent (a bare clone of the repository) there is nothing to
// compare against.
test.skipIf(!existsSync(referencePath))(
  'no question shares a run of eight words with the reference article',
  () => {
    const reference = wordRuns(readFileSync(referencePath, 'utf8'));
    expect(reference.size).toBeGreaterThan(500);
    const shared = QUESTIONS.flatMap((q) =>
      [...wordRuns(q.text)].filter((run) => reference.has(run)).map((run) => `${q.id}: ${run}`),
    );
    expect(shared).toEqual([]);
  },
);
