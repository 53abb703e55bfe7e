// The daily question on one computer, through a real core: the same question for both,
// no repeats until the set is used, "another question" once a day for both, answers short
// and final, a shared computer showing neither answer until both are in, and nothing of it
// counting toward a kept day. Refusals write nothing.

import { afterEach, describe, expect, it } from 'vitest';
import { questionWaiting } from '../../../main/core/questions/tray-info.ts';
import { trayState } from '../../../main/core/tray/tray-state.ts';
import { NOTIFICATION_TEXT } from '../../../main/core/notification-text.ts';
import type { TodayView } from '../../../shared/domain.ts';
import { pairSeed, questionFor } from '../../../shared/questions/daily.ts';
import type { QuestionTodayView } from '../../../shared/questions/daily.ts';
import { QUESTIONS } from '../../../shared/questions/question-set.ts';
import { tempCore } from '../core/temp-core.ts';

let envs: ReturnType<typeof tempCore>[] = [];
function make(mode: 'both' | 'just-me' = 'both') {
  const env = tempCore();
  envs.push(env);
  const settings = env.onboard(mode);
  const [me, partner] = settings.partners;
  if (!me || !partner) throw new Error('partners missing');
  const ok = <T>(channel: Parameters<typeof env.call>[0], payload?: unknown): T => {
    const r = env.call(channel, payload as never);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const today = () => ok<QuestionTodayView>('questions:today');
  const outbox = () => env.rows('SELECT count(*) AS n FROM changes');
  return { ...env, me, partner, ok, today, outbox };
}
afterEach(() => {
  for (const env of envs) env.close();
  envs = [];
});

describe('which question', () => {
  it('gives every question once before any repeats, whichever day a couple starts', () => {
    const seed = pairSeed(['0190-a', '0190-b']);
    for (const start of ['2026-01-01', '2026-07-19']) {
      const seen = new Set<string>();
      const base = Date.parse(`${start}T12:00:00Z`);
      for (let d = 0; d < QUESTIONS.length; d += 1) {
        const date = new Date(base + d * 86_400_000).toISOString().slice(0, 10);
        seen.add(questionFor({ seed, date, skipsBefore: 0, skippedToday: false }).id);
      }
      expect(seen.size).toBe(QUESTIONS.length);
    }
  });

  it('is the same for both partners whichever computer asks, and differs between couples', () => {
    const date = '2026-03-10';
    const facts = { date, skipsBefore: 0, skippedToday: false };
    expect(questionFor({ ...facts, seed: pairSeed(['x', 'y']) })).toEqual(
      questionFor({ ...facts, seed: pairSeed(['y', 'x']) }),
    );
    const days = (seed: string) =>
      Array.from(
        { length: 10 },
        (_, d) =>
          questionFor({
            seed,
            date: `2026-03-${String(10 + d)}`,
            skipsBefore: 0,
            skippedToday: false,
          }).id,
      );
    expect(days(pairSeed(['x', 'y']))).not.toEqual(days(pairSeed(['p', 'q'])));
  });

  it('a skipped question is used up: the next days carry on without showing it again', () => {
    const seed = pairSeed(['x', 'y']);
    const q = (date: string, skipsBefore: number, skippedToday = false) =>
      questionFor({ seed, date, skipsBefore, skippedToday }).id;
    const skipped = q('2026-03-10', 0);
    const instead = q('2026-03-10', 0, true);
    expect(instead).not.toBe(skipped);
    expect(q('2026-03-11', 1)).not.toBe(instead);
    const next = Array.from({ length: QUESTIONS.length - 2 }, (_, d) =>
      q(
        new Date(Date.parse('2026-03-11T12:00:00Z') + d * 86_400_000).toISOString().slice(0, 10),
        1,
      ),
    );
    expect(next).not.toContain(skipped);
    expect(next).not.toContain(instead);
  });
});

describe('on a shared computer', () => {
  it('shows neither answer until both are in, then both', () => {
    const env = make('both');
    env.ok('questions:answer', { partnerId: env.me.id, localDate: '2026-03-10', text: 'Pancakes' });
    const waiting = env.today();
    expect(waiting.day.phase).toBe('waiting');
    expect(waiting.day.answers.map((a) => [a.answered, a.text])).toEqual([
      [true, null],
      [false, null],
    ]);
    expect(JSON.stringify(waiting)).not.toContain('Pancakes');
    env.ok('questions:answer', {
      partnerId: env.partner.id,
      localDate: '2026-03-10',
      text: 'Waffles',
    });
    expect(env.today().day.answers.map((a) => a.text)).toEqual(['Pancakes', 'Waffles']);
    expect(env.today().day.phase).toBe('revealed');
  });

  it('answers are final, short and for today; a refusal writes nothing', () => {
    const env = make('both');
    const ask = (payload: Record<string, unknown>) =>
      env.call('questions:answer', {
        partnerId: env.me.id,
        localDate: '2026-03-10',
        text: 'Hello',
        ...payload,
      });
    const before = env.outbox();
    expect(ask({ text: '   ' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const long = ask({ text: 'é'.repeat(301) });
    expect(long).toMatchObject({
      ok: false,
      error: { message: 'An answer can be up to 300 characters — this one is 301.' },
    });
    expect(ask({ text: '👩‍👩‍👧'.repeat(300) }).ok).toBe(true);
    expect(ask({ localDate: '2026-03-09', partnerId: env.partner.id })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(ask({ localDate: '2026-03-11', partnerId: env.partner.id })).toMatchObject({
      ok: false,
    });
    expect(ask({ text: 'Changed my mind' })).toMatchObject({
      ok: false,
      error: {
        message: 'You’ve already answered today’s question — answers stay as they were given.',
      },
    });
    expect(env.rows('SELECT count(*) AS n FROM question_answers')).toEqual([{ n: 1 }]);
    expect(env.outbox()).not.toEqual(before);
  });

  it('“another question” works once a day for both, and only before anyone answers', () => {
    const env = make('both');
    const first = env.today();
    expect(first.canSkip).toBe(true);
    const skipped = env.ok<QuestionTodayView>('questions:skip', {
      partnerId: env.me.id,
      localDate: first.today,
    });
    expect(skipped.day.question.id).not.toBe(first.day.question.id);
    expect(skipped.canSkip).toBe(false);
    expect(
      env.call('questions:skip', { partnerId: env.partner.id, localDate: first.today }),
    ).toMatchObject({
      ok: false,
      error: { message: 'You’ve already asked for another question today.' },
    });
    // Tomorrow brings a fresh chance, but not once someone has answered.
    env.clock.set(env.clock.now() + 86_400_000);
    const tomorrow = env.today().today;
    env.ok('questions:answer', { partnerId: env.me.id, localDate: tomorrow, text: 'Yes' });
    expect(env.today().canSkip).toBe(false);
    expect(env.call('questions:skip', { partnerId: env.partner.id, localDate: tomorrow }).ok).toBe(
      false,
    );
  });

  it('counts toward nothing: answering is not a check-in and makes no kept day', () => {
    const env = make('both');
    for (const p of [env.me, env.partner]) {
      env.ok('questions:answer', { partnerId: p.id, localDate: '2026-03-10', text: 'Hi' });
    }
    const view = env.ok<TodayView>('today:get');
    expect(view.record.todayKept).toBe(false);
    expect(view.partners.every((p) => p.checkin === null)).toBe(true);
  });

  it('reactions come only after the reveal', () => {
    const env = make('both');
    const react = () =>
      env.call('questions:react', {
        partnerId: env.partner.id,
        localDate: '2026-03-10',
        heart: true,
        reply: 'Aw',
      });
    env.ok('questions:answer', { partnerId: env.me.id, localDate: '2026-03-10', text: 'One' });
    expect(react()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(env.rows('SELECT count(*) AS n FROM question_reactions')).toEqual([{ n: 0 }]);
    env.ok('questions:answer', { partnerId: env.partner.id, localDate: '2026-03-10', text: 'Two' });
    expect(react().ok).toBe(true);
    expect(env.today().day.answers[1]?.reaction).toEqual({ heart: true, reply: 'Aw' });
  });
});

describe('the tray and the reminder', () => {
  it('say only that the question is there or answered, with no names or words', () => {
    const env = make('just-me');
    const line = () => trayState(env.core.context, null).question;
    expect(line()).toBe('Today’s question is waiting');
    expect(questionWaiting(env.core.context)).toBe(true);
    expect(NOTIFICATION_TEXT['reminder-question'].body).toBe(
      'Time for your Nuzzle check-in. Today’s question is waiting',
    );
    env.ok('questions:answer', {
      partnerId: env.me.id,
      localDate: '2026-03-10',
      text: 'Secret words',
    });
    expect(line()).toBe('Today’s question: answered · waiting for your partner');
    expect(questionWaiting(env.core.context)).toBe(false);
    expect(JSON.stringify(trayState(env.core.context, null))).not.toContain('Secret');
  });

  it('a partner in just-me mode answers on their own computer', () => {
    const env = make('just-me');
    expect(
      env.call('questions:answer', {
        partnerId: env.partner.id,
        localDate: '2026-03-10',
        text: 'x',
      }),
    ).toMatchObject({ ok: false, error: { message: 'Sam answers on their own computer.' } });
  });
});

describe('export and import', () => {
  it('carry the answers, keys, skips and reactions, so the archive comes back whole', () => {
    const env = make('both');
    env.ok('questions:answer', { partnerId: env.me.id, localDate: '2026-03-10', text: 'Tea' });
    env.ok('questions:answer', {
      partnerId: env.partner.id,
      localDate: '2026-03-10',
      text: 'Cake',
    });
    env.ok('questions:react', {
      partnerId: env.me.id,
      localDate: '2026-03-10',
      heart: true,
      reply: 'Yum',
    });
    const archive = env.ok('questions:archive');
    env.picks.exportPath = `${env.dir}/export.json`;
    env.ok('data:export', { mode: 'plain' });
    // The question's rows go missing (a bad restore, say); importing the export brings them back.
    env.core.context.db.exec(
      'DELETE FROM question_answers; DELETE FROM question_keys; DELETE FROM question_reactions;',
    );
    expect(env.ok('questions:archive')).toEqual({ days: [], total: 0 });
    env.picks.importPath = env.picks.exportPath;
    env.ok('data:import');
    expect(env.ok('questions:archive')).toEqual(archive);
  });
});
