// The daily question across two computers: a partner's answer can't be read on the other
// computer — in its database, on its disk, or in the sync folder even with the pairing key —
// until that computer's own answer is in. Then both open on both computers, whatever the
// order, repetition or delay of the files on the way.

import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionArchiveView } from '../../../shared/questions/daily.ts';
import { apart, couple } from '../sync/helpers.ts';
import { answer, diskContains, folderContains, rowsContaining, todayOf } from './helpers.ts';

type Env = ReturnType<typeof apart> | ReturnType<typeof couple>;
let envs: Env[] = [];
function track<T extends Env>(env: T): T {
  envs.push(env);
  return env;
}
afterEach(() => {
  for (const env of envs) env.close();
  envs = [];
});

const ALEX = 'Alex says the lighthouse picnic, zebra-7';
const SAM = 'Sam says the rainy bookshop, quokka-3';

const texts = (view: ReturnType<typeof todayOf>) => view.day.answers.map((a) => a.text);

describe('sealed until both have answered', () => {
  it('keeps Alex’s answer unreadable on Sam’s computer until Sam answers, then opens both', async () => {
    const env = track(apart());
    await env.pair();
    expect(todayOf(env.a).day.question).toEqual(todayOf(env.b).day.question);

    answer(env.a, ALEX);
    env.settle();
    // Sam's computer knows Alex answered, and holds the sealed answer — nothing readable.
    const onB = todayOf(env.b);
    expect(onB.day.phase).toBe('waiting');
    expect(onB.day.answers.find((x) => x.partnerId === env.b.ids().partner)).toMatchObject({
      answered: true,
      text: null,
    });
    expect(env.b.rows('SELECT count(*) AS n FROM question_answers')).toEqual([{ n: 1 }]);
    for (const secret of [ALEX, 'zebra-7', 'lighthouse']) {
      expect(rowsContaining(env.b, secret)).toEqual([]);
      expect(diskContains(env.b, secret)).toBe(false);
      expect(folderContains(env.folderB, env.b, secret)).toBe(false);
      expect(folderContains(env.folderA, env.a, secret)).toBe(false);
    }
    // Alex's computer has not sent the key: no key change is in its outbox.
    expect(env.a.rows("SELECT count(*) AS n FROM changes WHERE entity = 'question-key'")).toEqual([
      { n: 0 },
    ]);
    // Even on Alex's own computer the words are only ever stored sealed.
    expect(rowsContaining(env.a, 'zebra-7')).toEqual([]);
    // Alex sees their own answer; Sam's isn't there to see.
    expect(texts(todayOf(env.a))).toEqual([ALEX, null]);

    answer(env.b, SAM);
    // Sam's answer is committed on Sam's computer, but Alex's key hasn't come: still sealed.
    expect(todayOf(env.b).day.phase).toBe('unsealing');
    expect(texts(todayOf(env.b))).toEqual([SAM, null]);
    expect(rowsContaining(env.b, ALEX)).toEqual([]);

    env.settle();
    for (const side of [env.a, env.b]) {
      const view = todayOf(side);
      expect(view.day.phase).toBe('revealed');
    }
    expect(texts(todayOf(env.a))).toEqual([ALEX, SAM]);
    expect(texts(todayOf(env.b))).toEqual([SAM, ALEX]);
  });

  it('never opens the answer of a partner who never answers, and lists no such day', async () => {
    const env = track(couple());
    await env.pair();
    answer(env.a, ALEX);
    env.settle();
    for (let day = 1; day <= 3; day += 1) {
      for (const s of [env.a, env.b]) s.clock.set(s.clock.now() + 86_400_000);
      env.settle();
    }
    expect(rowsContaining(env.b, 'zebra-7')).toEqual([]);
    expect(diskContains(env.b, 'zebra-7')).toBe(false);
    expect(folderContains(env.shared, env.b, 'zebra-7')).toBe(false);
    expect(env.a.rows("SELECT count(*) AS n FROM changes WHERE entity = 'question-key'")).toEqual([
      { n: 0 },
    ]);
    for (const s of [env.a, env.b]) {
      expect(s.ok<QuestionArchiveView>('questions:archive')).toEqual({ days: [], total: 0 });
      // A new day brings a new question, open for both.
      expect(todayOf(s).day.phase).toBe('open');
    }
  });

  it('opens on both computers whatever order, duplicates and replays the files come in', async () => {
    const env = track(apart());
    await env.pair();
    answer(env.a, ALEX);
    answer(env.b, SAM);
    // Each computer ships; the courier hands over files newest first, twice, with conflicted
    // copies and a half-copied file that completes later.
    for (let round = 0; round < 4; round += 1) {
      env.a.sync.pollNow();
      env.b.sync.pollNow();
      for (const courier of [env.toA, env.toB]) {
        const files = courier.pending().reverse();
        files.forEach((f, i) => {
          if (i === 0 && round === 0) {
            courier.copy(f, 'partial', 0.4);
            return;
          }
          courier.copy(f, 'conflict');
          courier.copy(f, 'full');
        });
      }
    }
    env.settle();
    const beforeA = env.a.rows('SELECT * FROM question_answers ORDER BY id');
    expect(texts(todayOf(env.a))).toEqual([ALEX, SAM]);
    expect(texts(todayOf(env.b))).toEqual([SAM, ALEX]);
    // Replaying everything again changes nothing.
    env.toA.brought.clear();
    env.toB.brought.clear();
    env.settle();
    expect(env.a.rows('SELECT * FROM question_answers ORDER BY id')).toEqual(beforeA);
    expect(env.b.rows('SELECT * FROM question_answers ORDER BY id')).toEqual(beforeA);
    expect(env.a.rows('SELECT count(*) AS n FROM question_keys')).toEqual([{ n: 2 }]);
  });

  it('opens even when the key reaches a computer before the answer it belongs to', async () => {
    const env = track(apart());
    await env.pair();
    answer(env.a, ALEX);
    env.a.sync.pollNow();
    const answerFiles = new Set(env.toB.pending()); // Alex's sealed answer, held back
    answer(env.b, SAM);
    env.b.sync.pollNow();
    env.toA.deliverAll();
    env.a.sync.pollNow(); // Sam's answer arrives: Alex's key is released …
    env.a.sync.pollNow(); // … and shipped
    const keyFiles = env.toB.pending().filter((f) => !answerFiles.has(f));
    expect(keyFiles.length).toBeGreaterThan(0);
    for (const f of keyFiles) env.toB.copy(f, 'full');
    env.b.sync.pollNow();
    expect(env.b.rows('SELECT count(*) AS n FROM question_keys')).toEqual([{ n: 2 }]);
    // The key alone opens nothing: the answer it belongs to isn't here yet.
    expect(todayOf(env.b).day.phase).toBe('waiting');
    env.toB.deliverAll();
    env.settle();
    expect(texts(todayOf(env.b))).toEqual([SAM, ALEX]);
    expect(texts(todayOf(env.a))).toEqual([ALEX, SAM]);
  });

  it('reveals a reaction and the archive on both computers, and the archive is searchable', async () => {
    const env = track(couple());
    await env.pair();
    answer(env.a, ALEX);
    answer(env.b, SAM);
    env.settle();
    env.b.ok('questions:react', {
      partnerId: env.b.ids().me,
      localDate: todayOf(env.b).today,
      heart: true,
      reply: 'That made me smile',
    });
    env.settle();
    const day = todayOf(env.a).day;
    expect(day.answers[1]?.reaction).toEqual({ heart: true, reply: 'That made me smile' });
    for (const s of [env.a, env.b]) {
      expect(
        s.ok<QuestionArchiveView>('questions:archive', { search: 'QUOKKA' }).days,
      ).toHaveLength(1);
      expect(s.ok<QuestionArchiveView>('questions:archive', { search: 'smile' }).days).toHaveLength(
        1,
      );
      expect(s.ok<QuestionArchiveView>('questions:archive', { search: 'walrus' }).days).toEqual([]);
    }
  });
});
