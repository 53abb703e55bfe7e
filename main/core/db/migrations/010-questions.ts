// Schema step 10: the daily question.
//
// - `question_answers`: each person's answer to a day's question, sealed with a key of its own
//   (AES-256-GCM). Rows from the partner's computer arrive sealed and stay so here until their
//   key arrives — which their computer sends only after it has received this computer's answer.
// - `question_keys`: the keys this computer holds: its own people's (`released_at` is set once
//   the key has been sent to the partner), and the partner's once released to us.
// - `question_skips`: days the couple asked for another question (one a day, either of you).
// - `question_reactions`: a heart and a short reply to the other's answer, after the reveal.

import type { Migration } from '../migrations.ts';

export const migration010: Migration = {
  version: 10,
  name: 'daily question',
  up(db) {
    db.exec(`
      CREATE TABLE question_answers (
        id           TEXT PRIMARY KEY,
        author_id    TEXT NOT NULL REFERENCES partners (id),
        local_date   TEXT NOT NULL,
        question_id  TEXT NOT NULL,
        sealed       TEXT NOT NULL,
        time_zone    TEXT NOT NULL,
        answered_at  INTEGER NOT NULL,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        UNIQUE (author_id, local_date)
      ) STRICT;
      CREATE INDEX question_answers_by_date ON question_answers (local_date);

      CREATE TABLE question_keys (
        answer_id    TEXT PRIMARY KEY,
        author_id    TEXT NOT NULL,
        key          TEXT NOT NULL,
        released_at  INTEGER,
        created_at   INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE question_skips (
        local_date   TEXT PRIMARY KEY,
        author_id    TEXT NOT NULL,
        created_at   INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE question_reactions (
        id           TEXT PRIMARY KEY,
        author_id    TEXT NOT NULL REFERENCES partners (id),
        local_date   TEXT NOT NULL,
        heart        INTEGER NOT NULL CHECK (heart IN (0, 1)),
        reply        TEXT NOT NULL DEFAULT '',
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        UNIQUE (author_id, local_date)
      ) STRICT;
    `);
  },
};
