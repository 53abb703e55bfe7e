// The daily question in SQLite: answers (always sealed at rest), the keys this computer holds,
// the couple's skips and reactions. Every shared change goes to the outbox in the same
// transaction. An own answer's key is released — recorded as a change, so sync carries it —
// only once the partner's own answer has reached this computer: commit first, reveal after.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Partner } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import {
  pairSeed,
  questionById,
  questionFor,
  type AnswerView,
  type QuestionDay,
  type QuestionPhase,
} from '../../../shared/questions/daily.ts';
import type { Question } from '../../../shared/questions/question-types.ts';
import { uuidv7 } from '../ids.ts';
import { recordChange } from '../stores/outbox.ts';
import { perDatabase } from '../stores/per-database.ts';
import { openAnswer, sealAnswer } from './seal.ts';

export interface AnswerRow {
  id: string;
  author_id: string;
  local_date: string;
  question_id: string;
  sealed: string;
  time_zone: string;
  answered_at: number;
  created_at: number;
  updated_at: number;
}

interface KeyRow {
  answer_id: string;
  author_id: string;
  key: string;
  released_at: number | null;
}

export interface ReactionRow {
  id: string;
  author_id: string;
  local_date: string;
  heart: number;
  reply: string;
  created_at: number;
  updated_at: number;
}

/** What travels for an answer: the sealed words and what they belong to — never the key. */
export function answerPayload(row: AnswerRow) {
  return {
    id: row.id,
    authorId: row.author_id,
    localDate: row.local_date,
    questionId: row.question_id,
    sealed: row.sealed,
    timeZone: row.time_zone,
    answeredAt: row.answered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function reactionPayload(row: ReactionRow) {
  return {
    id: row.id,
    authorId: row.author_id,
    localDate: row.local_date,
    heart: row.heart === 1,
    reply: row.reply,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function createQuestionStore(db: Database) {
  const answersOn = db.prepare<[string], AnswerRow>(
    'SELECT * FROM question_answers WHERE local_date = ? ORDER BY id',
  );
  const answerById = db.prepare<[string], AnswerRow>('SELECT * FROM question_answers WHERE id = ?');
  const insertAnswer = db.prepare(
    `INSERT INTO question_answers (id, author_id, local_date, question_id, sealed, time_zone,
       answered_at, created_at, updated_at)
     VALUES (@id, @author_id, @local_date, @question_id, @sealed, @time_zone, @answered_at,
       @created_at, @updated_at)
     ON CONFLICT (id) DO NOTHING`,
  );
  const keyOf = db.prepare<[string], KeyRow>('SELECT * FROM question_keys WHERE answer_id = ?');
  const insertKey = db.prepare(
    `INSERT INTO question_keys (answer_id, author_id, key, released_at, created_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (answer_id) DO NOTHING`,
  );
  // Own keys not yet sent, whose day already holds an answer by someone else.
  const dueForRelease = db.prepare<[], KeyRow & { local_date: string }>(
    `SELECT k.*, a.local_date FROM question_keys k
     JOIN question_answers a ON a.id = k.answer_id AND a.author_id = k.author_id
     WHERE k.released_at IS NULL
       AND EXISTS (SELECT 1 FROM question_answers o
                   WHERE o.local_date = a.local_date AND o.author_id <> a.author_id)`,
  );
  const markReleased = db.prepare('UPDATE question_keys SET released_at = ? WHERE answer_id = ?');
  const skipOn = db.prepare<[string], { local_date: string }>(
    'SELECT local_date FROM question_skips WHERE local_date = ?',
  );
  const skipsBefore = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM question_skips WHERE local_date < ?',
  );
  const insertSkip = db.prepare(
    `INSERT INTO question_skips (local_date, author_id, created_at) VALUES (?, ?, ?)
     ON CONFLICT (local_date) DO NOTHING`,
  );
  const reactionsOn = db.prepare<[string], ReactionRow>(
    'SELECT * FROM question_reactions WHERE local_date = ?',
  );
  const reactionOf = db.prepare<[string, string], ReactionRow>(
    'SELECT * FROM question_reactions WHERE author_id = ? AND local_date = ?',
  );
  const upsertReaction = db.prepare(
    `INSERT INTO question_reactions (id, author_id, local_date, heart, reply, created_at,
       updated_at)
     VALUES (@id, @author_id, @local_date, @heart, @reply, @created_at, @updated_at)
     ON CONFLICT (author_id, local_date) DO UPDATE SET heart = excluded.heart,
       reply = excluded.reply, updated_at = excluded.updated_at`,
  );
  const answeredDates = db.prepare<[], { local_date: string }>(
    'SELECT DISTINCT local_date FROM question_answers ORDER BY local_date DESC',
  );

  function questionOfDay(partners: readonly Partner[], date: LocalDate): Question {
    return questionFor({
      seed: pairSeed(partners.map((p) => p.id)),
      date,
      skipsBefore: skipsBefore.get(date)?.n ?? 0,
      skippedToday: skipOn.get(date) !== undefined,
    });
  }

  /** The words of an answer, if this computer holds a key that opens it. */
  function read(row: AnswerRow): string | null {
    const key = keyOf.get(row.id);
    if (!key || key.author_id !== row.author_id) return null;
    return openAnswer(row.sealed, key.key, {
      id: row.id,
      localDate: row.local_date,
      questionId: row.question_id,
    });
  }

  /** Sends every own key whose partner answer has arrived; returns how many. */
  function releaseDue(now: number): number {
    const due = dueForRelease.all();
    for (const k of due) {
      markReleased.run(now, k.answer_id);
      recordChange(db, {
        entity: 'question-key',
        entityId: k.answer_id,
        op: 'upsert',
        authorId: k.author_id,
        payload: { answerId: k.answer_id, authorId: k.author_id, key: k.key },
        now,
      });
    }
    return due.length;
  }

  return {
    /** For sync: a key kept as it came (an existing one is never replaced). */
    putKey(answerId: string, authorId: string, key: string, now: number): void {
      insertKey.run(answerId, authorId, key, now, now);
    },
    putSkip: (date: LocalDate, authorId: string, at: number) => {
      insertSkip.run(date, authorId, at);
    },
    putReaction: (row: ReactionRow) => {
      upsertReaction.run(row);
    },
    questionOfDay,
    answersOn: (date: LocalDate) => answersOn.all(date),
    answeredDates: () => answeredDates.all().map((r) => r.local_date),
    skippedOn: (date: LocalDate) => skipOn.get(date) !== undefined,
    answerById: (id: string) => answerById.get(id) ?? null,
    read,
    releaseDue,

    answer(
      input: { authorId: string; localDate: LocalDate; question: Question; text: string },
      timeZone: string,
      now: number,
    ): void {
      db.transaction(() => {
        const id = uuidv7(now);
        const { sealed, key } = sealAnswer(input.text, {
          id,
          localDate: input.localDate,
          questionId: input.question.id,
        });
        const row: AnswerRow = {
          id,
          author_id: input.authorId,
          local_date: input.localDate,
          question_id: input.question.id,
          sealed,
          time_zone: timeZone,
          answered_at: now,
          created_at: now,
          updated_at: now,
        };
        insertAnswer.run(row);
        insertKey.run(id, input.authorId, key, null, now);
        recordChange(db, {
          entity: 'question-answer',
          entityId: id,
          op: 'upsert',
          authorId: input.authorId,
          payload: answerPayload(row),
          now,
        });
        releaseDue(now);
      })();
    },

    skip(authorId: string, date: LocalDate, now: number): void {
      db.transaction(() => {
        insertSkip.run(date, authorId, now);
        recordChange(db, {
          entity: 'question-skip',
          entityId: date,
          op: 'upsert',
          authorId,
          payload: { localDate: date, authorId, createdAt: now },
          now,
        });
      })();
    },

    react(authorId: string, date: LocalDate, heart: boolean, reply: string, now: number): void {
      db.transaction(() => {
        const existing = reactionOf.get(authorId, date);
        const row: ReactionRow = {
          id: existing?.id ?? uuidv7(now),
          author_id: authorId,
          local_date: date,
          heart: heart ? 1 : 0,
          reply,
          created_at: existing?.created_at ?? now,
          updated_at: now,
        };
        upsertReaction.run(row);
        recordChange(db, {
          entity: 'question-reaction',
          entityId: row.id,
          op: 'upsert',
          authorId,
          payload: reactionPayload(row),
          now,
        });
      })();
    },

    /**
     * A day as this computer may show it. On a shared computer neither answer shows until
     * both are in; on one's own computer, one's own answer shows, the partner's only once its
     * key has come — and never before one's own answer exists here.
     */
    day(partners: readonly Partner[], date: LocalDate): QuestionDay {
      const rows = answersOn.all(date);
      const reactions = reactionsOn.all(date);
      const byAuthor = (id: string) => rows.find((r) => r.author_id === id) ?? null;
      const everyoneAnswered = partners.every((p) => byAuthor(p.id) !== null);
      const hereAnswered = partners.filter((p) => p.onThisComputer).every((p) => byAuthor(p.id));
      const shared = partners.every((p) => p.onThisComputer);
      const texts = new Map<string, string | null>();
      for (const p of partners) {
        const row = byAuthor(p.id);
        const mayShow = shared ? everyoneAnswered : p.onThisComputer || hereAnswered;
        texts.set(p.id, row && mayShow ? read(row) : null);
      }
      const revealed = everyoneAnswered && partners.every((p) => texts.get(p.id) !== null);
      const phase: QuestionPhase = revealed
        ? 'revealed'
        : everyoneAnswered
          ? 'unsealing'
          : rows.some((r) => partners.some((p) => p.id === r.author_id))
            ? 'waiting'
            : 'open';
      const answers: AnswerView[] = partners.map((p) => {
        const row = byAuthor(p.id);
        const reaction = reactions.find((r) => r.author_id === p.id);
        return {
          partnerId: p.id,
          answered: row !== null,
          text: texts.get(p.id) ?? null,
          answeredAt: row?.answered_at ?? null,
          questionText: row ? (questionById(row.question_id)?.text ?? null) : null,
          reaction:
            revealed && reaction ? { heart: reaction.heart === 1, reply: reaction.reply } : null,
        };
      });
      // Once someone has answered, the day keeps the question they answered.
      const first = rows[0] ? questionById(rows[0].question_id) : null;
      return { date, question: first ?? questionOfDay(partners, date), phase, answers };
    },
  };
}

export const questionStoreFor = perDatabase(createQuestionStore);
export type QuestionStore = ReturnType<typeof createQuestionStore>;
