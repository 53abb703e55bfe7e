// Applies the partner's daily-question changes. Answers arrive sealed and are stored as they
// came (this computer can't open them); keys may arrive before or after their answer, in any
// order, any number of times. Receiving the partner's answer is what releases our own key.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { isLocalDate } from '../../../shared/local-day.ts';
import { questionById, validateReplyText } from '../../../shared/questions/daily.ts';
import { isKey, isSealed } from './seal.ts';
import { questionStoreFor, type ReactionRow } from './question-store.ts';

type Obj = Record<string, unknown>;
type Outcome = 'applied' | 'deferred' | 'invalid';

const str = (o: Obj, k: string): string | null => (typeof o[k] === 'string' ? o[k] : null);
const num = (o: Obj, k: string): number | null =>
  typeof o[k] === 'number' && Number.isFinite(o[k]) ? o[k] : null;

export const QUESTION_ENTITIES = [
  'question-answer',
  'question-key',
  'question-skip',
  'question-reaction',
] as const;

export function createQuestionApplier(db: Database, now: () => number) {
  const store = questionStoreFor(db);
  const insertAnswer = db.prepare(
    `INSERT INTO question_answers (id, author_id, local_date, question_id, sealed, time_zone,
       answered_at, created_at, updated_at)
     VALUES (@id, @authorId, @localDate, @questionId, @sealed, @timeZone, @answeredAt,
       @createdAt, @updatedAt)
     ON CONFLICT (id) DO NOTHING`,
  );
  const sameDay = db.prepare<[string, string, string], { id: string }>(
    'SELECT id FROM question_answers WHERE author_id = ? AND local_date = ? AND id <> ?',
  );
  const dropAnswer = db.prepare('DELETE FROM question_answers WHERE id = ?');
  const dropKey = db.prepare('DELETE FROM question_keys WHERE answer_id = ?');
  function applyAnswer(authorId: string, p: Obj): Outcome {
    const row = {
      id: str(p, 'id'),
      authorId: str(p, 'authorId'),
      localDate: str(p, 'localDate'),
      questionId: str(p, 'questionId'),
      sealed: isSealed(p.sealed) ? p.sealed : null,
      timeZone: str(p, 'timeZone'),
      answeredAt: num(p, 'answeredAt'),
      createdAt: num(p, 'createdAt'),
      updatedAt: num(p, 'updatedAt'),
    };
    if (Object.values(row).some((v) => v === null)) return 'invalid';
    if (row.authorId !== authorId || !isLocalDate(row.localDate)) return 'invalid';
    if (!questionById(row.questionId ?? '')) return 'invalid';
    // One answer per person per day. Answered on two of their computers at once: the first
    // (lowest id) stands, the same choice on every computer.
    const other = sameDay.get(authorId, row.localDate, row.id ?? '');
    if (other) {
      if (other.id < (row.id ?? '')) return 'applied';
      dropAnswer.run(other.id);
      dropKey.run(other.id);
    }
    insertAnswer.run(row);
    store.releaseDue(now());
    return 'applied';
  }

  function applyKey(authorId: string, p: Obj): Outcome {
    const answerId = str(p, 'answerId');
    if (!answerId || str(p, 'authorId') !== authorId || !isKey(p.key)) return 'invalid';
    // Kept even if its answer hasn't arrived yet; it opens nothing else.
    store.putKey(answerId, authorId, p.key, now());
    return 'applied';
  }

  function applySkip(authorId: string, p: Obj): Outcome {
    const date = str(p, 'localDate');
    const at = num(p, 'createdAt');
    if (!date || !isLocalDate(date) || at === null) return 'invalid';
    store.putSkip(date, authorId, at);
    return 'applied';
  }

  function applyReaction(authorId: string, p: Obj): Outcome {
    const reply = validateReplyText(str(p, 'reply') ?? '');
    const row = {
      id: str(p, 'id'),
      author_id: str(p, 'authorId'),
      local_date: str(p, 'localDate'),
      heart: p.heart === true ? 1 : 0,
      reply: reply.ok ? reply.value : null,
      created_at: num(p, 'createdAt'),
      updated_at: num(p, 'updatedAt'),
    };
    if (Object.values(row).some((v) => v === null)) return 'invalid';
    if (row.author_id !== authorId || !isLocalDate(row.local_date)) return 'invalid';
    store.putReaction(row as ReactionRow);
    return 'applied';
  }

  /** Applies one question change (entity in QUESTION_ENTITIES); the caller's transaction. */
  return function applyQuestion(entity: string, authorId: string, p: Obj): Outcome {
    switch (entity) {
      case 'question-answer':
        return applyAnswer(authorId, p);
      case 'question-key':
        return applyKey(authorId, p);
      case 'question-skip':
        return applySkip(authorId, p);
      case 'question-reaction':
        return applyReaction(authorId, p);
      default:
        return 'deferred';
    }
  };
}
