// Which question a couple gets on a day, and what an answer may be. Pure, so both computers
// reach the same question from the same facts: the two partner ids (the pair) and the day.
//
// The set is shuffled once per pair; day n takes the next question along, so any run of
// days sees each question at most once until the whole set has been used. "Another one,
// please" on a day moves that day, and every day after it, one question further along: a
// skipped question is used up, never shown again before the others.

import { characterCount } from '../notes.ts';
import { daysBetween, type LocalDate } from '../local-day.ts';
import { QUESTIONS } from './question-set.ts';
import type { Question } from './question-types.ts';
import { seededRandom as random } from '../seeded-random.ts';

/** An answer is short: a few sentences, as a person counts characters. */
export const ANSWER_MAX_LENGTH = 300;
/** A storage bound in UTF-16 code units (emoji sequences hide many in one character). */
export const ANSWER_MAX_CODE_UNITS = ANSWER_MAX_LENGTH * 16;
/** A reply to the partner's answer, after the reveal. */
export const REPLY_MAX_LENGTH = 200;
export const REPLY_MAX_CODE_UNITS = REPLY_MAX_LENGTH * 16;

type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

function validateShortText(
  text: string,
  max: number,
  maxUnits: number,
  what: string,
  empty: string | null,
): Validation<string> {
  const value = text.trim();
  if (value.length === 0) {
    return empty === null ? { ok: true, value } : { ok: false, message: empty };
  }
  const length = value.length > maxUnits ? Infinity : characterCount(value);
  if (length > max) {
    const count = Number.isFinite(length) ? ` — this one is ${String(length)}` : '';
    return { ok: false, message: `${what} can be up to ${String(max)} characters${count}.` };
  }
  return { ok: true, value };
}

export function validateAnswerText(text: string): Validation<string> {
  return validateShortText(
    text,
    ANSWER_MAX_LENGTH,
    ANSWER_MAX_CODE_UNITS,
    'An answer',
    'Write a few words first.',
  );
}

/** A reply may be empty (a heart alone is plenty). */
export function validateReplyText(text: string): Validation<string> {
  return validateShortText(text, REPLY_MAX_LENGTH, REPLY_MAX_CODE_UNITS, 'A reply', null);
}

// FNV-1a then mulberry32: tiny, deterministic, the same in Node and the browser.
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The same for both computers of a couple, whichever partner is "me" on each. */
export function pairSeed(partnerIds: readonly string[]): string {
  return [...partnerIds].sort().join('|');
}

const orders = new Map<string, readonly Question[]>();

/** This pair's order of the whole set (a Fisher–Yates shuffle seeded by the pair). */
export function questionOrder(seed: string): readonly Question[] {
  const known = orders.get(seed);
  if (known) return known;
  const next = random(hash32(`nuzzle-questions:${seed}`));
  const order = [...QUESTIONS];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    const a = order[i];
    const b = order[j];
    if (a && b) {
      order[i] = b;
      order[j] = a;
    }
  }
  orders.set(seed, order);
  return order;
}

export interface DayFacts {
  seed: string;
  date: LocalDate;
  /** Days before `date` on which the couple asked for another question. */
  skipsBefore: number;
  /** Whether they asked for another question on `date` itself. */
  skippedToday: boolean;
}

/** The question for a day. */
export function questionFor(facts: DayFacts): Question {
  const order = questionOrder(facts.seed);
  const slot =
    daysBetween('1970-01-01', facts.date) + facts.skipsBefore + (facts.skippedToday ? 1 : 0);
  const index = ((slot % order.length) + order.length) % order.length;
  const question = order[index];
  if (!question) throw new Error('no questions');
  return question;
}

export function questionById(id: string): Question | null {
  return QUESTIONS.find((q) => q.id === id) ?? null;
}

// ---- What screens see -------------------------------------------------------------------

/** One person's part of a day's question, as this computer may show it. */
export interface AnswerView {
  partnerId: string;
  /** Whether they have answered (their answer may still be sealed). */
  answered: boolean;
  /** The words, once this computer may show them; null while sealed or unanswered. */
  text: string | null;
  answeredAt: number | null;
  /** The question they answered (the same for both, unless a skip crossed in the post). */
  questionText: string | null;
  /** Their reaction to the other's answer, after the reveal. */
  reaction: { heart: boolean; reply: string } | null;
}

export type QuestionPhase =
  /** Nobody has answered yet. */
  | 'open'
  /** Someone has answered; the other hasn't yet. */
  | 'waiting'
  /** Both answered; this computer still waits for the partner's key. */
  | 'unsealing'
  /** Both answers can be read here. */
  | 'revealed';

export interface QuestionDay {
  date: LocalDate;
  question: Question;
  phase: QuestionPhase;
  /** Everyone's part: me first, then my partner. */
  answers: AnswerView[];
}

export interface QuestionTodayView {
  today: LocalDate;
  day: QuestionDay;
  /** Whether "another question" is still possible today (once a day, before any answer). */
  canSkip: boolean;
}

export interface QuestionArchiveView {
  days: QuestionDay[];
  /** Revealed days in all (before the search). */
  total: number;
}
