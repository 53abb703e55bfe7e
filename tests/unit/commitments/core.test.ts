// Commitments through a real core on real SQLite: who may do what, marks and their record,
// pauses, retirement, wording history, acknowledgements, the outbox and the tray.

import { afterEach, describe, expect, test } from 'vitest';
import { createCore } from '../../../main/core/core.ts';
import { commitmentTrayInfo } from '../../../main/core/commitments/tray-info.ts';
import type { CommitmentView } from '../../../shared/commitments.ts';
import type { CommitmentsView } from '../../../shared/contract-commitments.ts';
import { PAGE, tempCore } from '../core/temp-core.ts';
import { refusal, setUp, value, type Env } from './helpers.ts';

let env: Env | undefined;
afterEach(() => env?.close());

function start(...args: Parameters<typeof setUp>) {
  const s = setUp(...args);
  env = s.env;
  return s;
}

const rate7 = (c: CommitmentView) => {
  const w = c.windows.find((x) => x.days === 7);
  if (!w) throw new Error('no 7-day window');
  return w;
};

describe('writing a commitment', () => {
  test('is refused until onboarding is done', () => {
    env = tempCore();
    expect(refusal(env.call('commitments:list'))).toMatchObject({ code: 'not-ready' });
  });

  test('stores it with its first wording, due today, and puts it in the outbox', () => {
    const s = start();
    const c = s.create({ reviewDate: '2026-06-10' });
    expect(c).toMatchObject({
      authorId: s.me,
      text: 'I’ll text if I’m running more than 15 minutes late.',
      schedule: { kind: 'daily' },
      startDate: '2026-03-10',
      reviewDate: '2026-06-10',
      retiredOn: null,
      status: 'active',
      dueToday: true,
      todayMark: null,
      daysSinceStart: 0,
      reviewDue: false,
    });
    expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(c.versions).toEqual([
      expect.objectContaining({ text: c.text, effectiveDate: '2026-03-10' }),
    ]);
    expect(c.windows.map((w) => [w.days, w.dueDays, w.rate])).toEqual([
      [7, 1, null],
      [30, 1, null],
      [90, 1, null],
    ]);
    expect(c.days).toHaveLength(14);
    expect(c.days.at(-1)).toMatchObject({ date: '2026-03-10', state: 'unmarked' });
    expect(
      s.env.rows(
        "SELECT entity, entity_id, op, author_id FROM changes WHERE entity LIKE 'commit%'",
      ),
    ).toEqual([{ entity: 'commitment', entity_id: c.id, op: 'upsert', author_id: s.me }]);
  });

  test('normalises chosen weekdays and is due only on them', () => {
    const s = start();
    // 2026-03-10 is a Tuesday.
    const c = s.create({ schedule: { kind: 'weekdays', days: [5, 1, 1, 3] } });
    expect(c.schedule).toEqual({ kind: 'weekdays', days: [1, 3, 5] });
    expect(c.dueToday).toBe(false);
    expect(refusal(s.mark(c.id, '2026-03-10', 'kept')).message).toBe(
      'This commitment isn’t on today’s schedule, so there’s nothing to mark.',
    );
    s.at('2026-03-11T09:00:00-04:00');
    expect(s.view(c.id).dueToday).toBe(true);
  });

  test.each([
    [{ text: '   ' }, 'Write what you’ll do — a few words is enough.'],
    [{ text: 'x'.repeat(201) }, 'Commitments can be up to 200 characters — this one is 201.'],
    [
      { schedule: { kind: 'weekdays' as const, days: [] } },
      'Choose at least one day for this commitment.',
    ],
    [{ schedule: { kind: 'weekdays' as const, days: [7] } }, 'please choose them again'],
    [{ startDate: '2026-03-09' }, 'A commitment starts today or later'],
    [{ startDate: '2027-03-11' }, 'Pick a start date within the next year.'],
    [{ reviewDate: '2026-03-09' }, 'A review date comes on or after the start date.'],
  ])('refuses %j with a clear message and writes nothing', (fields, message) => {
    const s = start();
    const before = s.env.rows('SELECT * FROM changes');
    const r = s.env.call('commitments:create', {
      actorId: s.me,
      text: 'Call when I leave work.',
      schedule: { kind: 'daily' },
      startDate: '2026-03-10',
      ...fields,
    });
    expect(refusal(r).message).toContain(message);
    expect(s.env.rows('SELECT * FROM commitments')).toEqual([]);
    expect(s.env.rows('SELECT * FROM commitment_versions')).toEqual([]);
    expect(s.env.rows('SELECT * FROM changes')).toEqual(before);
  });

  test('refuses an unknown schedule, stray fields and a made-up person', () => {
    const s = start();
    const base = {
      actorId: s.me,
      text: 'Call when I leave work.',
      schedule: { kind: 'daily' as const },
      startDate: '2026-03-10',
    };
    expect(
      refusal(s.env.call('commitments:create', { ...base, schedule: { kind: 'monthly' } as never }))
        .message,
    ).toBe('Choose how often this commitment comes up.');
    expect(refusal(s.env.call('commitments:create', { ...base, extra: 1 } as never)).message).toBe(
      'Nuzzle got something it didn’t expect (extra), so nothing was changed.',
    );
    expect(
      refusal(
        s.env.call('commitments:create', {
          ...base,
          actorId: '01900000-0000-7000-8000-000000000000',
        }),
      ).message,
    ).toBe('Nuzzle doesn’t know who that is. Choose who you are and try again.');
    expect(s.env.rows('SELECT * FROM commitments')).toEqual([]);
  });

  test('in "just me" mode my partner writes theirs on their own computer', () => {
    const s = start('just-me');
    expect(
      refusal(
        s.env.call('commitments:create', {
          actorId: s.partner,
          text: 'Call when I leave work.',
          schedule: { kind: 'daily' },
          startDate: '2026-03-10',
        }),
      ).message,
    ).toBe('Sam uses Nuzzle on their own computer, so this is theirs to do there.');
    const view = s.list();
    expect(view.computerMode).toBe('just-me');
    expect(view.commitments).toEqual([]);
  });
});

describe('marking a day', () => {
  test('kept today reads "1 of 1"; changing it edits the same mark; both go in the outbox', () => {
    const s = start();
    const c = s.create();
    const kept = value<CommitmentView>(s.mark(c.id, '2026-03-10', 'kept'));
    expect(kept.todayMark).toBe('kept');
    expect(rate7(kept)).toMatchObject({ kept: 1, notKept: 0, dueDays: 1, rate: 1 });
    expect(kept.days.at(-1)).toMatchObject({ date: '2026-03-10', state: 'kept' });

    s.env.clock.advance(60_000);
    const changed = value<CommitmentView>(s.mark(c.id, '2026-03-10', 'not-applicable'));
    expect(changed.todayMark).toBe('not-applicable');
    expect(rate7(changed)).toMatchObject({ kept: 0, notApplicable: 1, rate: null });
    const rows = s.env.rows<{ id: string; value: string; time_zone: string }>(
      'SELECT id, value, time_zone FROM commitment_marks',
    );
    expect(rows).toEqual([
      { id: expect.any(String) as string, value: 'not-applicable', time_zone: 'America/New_York' },
    ]);
    expect(
      s.env.rows("SELECT entity_id FROM changes WHERE entity = 'commitment-mark' ORDER BY seq"),
    ).toEqual([{ entity_id: rows[0]?.id }, { entity_id: rows[0]?.id }]);
  });

  test('only the author marks, only for today', () => {
    const s = start();
    const c = s.create();
    expect(refusal(s.mark(c.id, '2026-03-10', 'kept', s.partner)).message).toBe(
      'This is Alex’s commitment — only they mark or change it.',
    );
    expect(refusal(s.mark(c.id, '2026-03-11', 'kept'))).toEqual({
      code: 'bad-request',
      message: 'That day hasn’t come yet — mark it on the day.',
    });
    s.mark(c.id, '2026-03-10', 'kept');
    s.at('2026-03-11T08:00:00-04:00');
    expect(refusal(s.mark(c.id, '2026-03-10', 'not-kept'))).toMatchObject({ code: 'read-only' });
    expect(s.env.rows('SELECT local_date, value FROM commitment_marks')).toEqual([
      { local_date: '2026-03-10', value: 'kept' },
    ]);
    expect(
      refusal(
        s.env.call('commitments:mark', {
          actorId: s.me,
          commitmentId: c.id,
          localDate: '2026-03-11',
          value: 'failed' as never,
        }),
      ).message,
    ).toBe('Choose kept, not kept, or didn’t come up.');
    expect(
      refusal(
        s.env.call('commitments:mark', {
          actorId: s.me,
          commitmentId: '01900000-0000-7000-8000-000000000000',
          localDate: '2026-03-11',
          value: 'kept',
        }),
      ),
    ).toMatchObject({ code: 'not-found' });
  });

  test('rates over days: "didn’t come up" counts neither way, unmarked days are gaps', () => {
    const s = start();
    const c = s.create();
    const days: [string, 'kept' | 'not-kept' | 'not-applicable' | null][] = [
      ['2026-03-10', 'kept'],
      ['2026-03-11', 'not-applicable'],
      ['2026-03-12', 'not-kept'],
      ['2026-03-13', null],
      ['2026-03-14', 'kept'],
    ];
    for (const [date, v] of days) {
      s.at(`${date}T21:00:00-04:00`);
      if (v) s.mark(c.id, date, v);
    }
    const now = s.view(c.id);
    expect(rate7(now)).toEqual({
      days: 7,
      kept: 2,
      notKept: 1,
      notApplicable: 1,
      unmarked: 1,
      dueDays: 5,
      rate: 2 / 3,
    });
    expect(now.daysSinceStart).toBe(4);
    expect(now.days.slice(-5).map((d) => d.state)).toEqual([
      'kept',
      'not-applicable',
      'not-kept',
      'unmarked',
      'kept',
    ]);
    expect(now.days.slice(0, 9).every((d) => d.state === 'before-start')).toBe(true);
  });
});

describe('pauses', () => {
  test('a pause rests the commitment; ending it early keeps the rested days; history stays', () => {
    const s = start();
    const c = s.create();
    s.mark(c.id, '2026-03-10', 'kept');
    s.at('2026-03-11T09:00:00-04:00');
    const paused = value<CommitmentView>(
      s.env.call('commitments:pause', {
        actorId: s.me,
        commitmentId: c.id,
        startDate: '2026-03-11',
        endDate: '2026-03-20',
      }),
    );
    expect(paused).toMatchObject({ status: 'paused', pausedUntil: '2026-03-20', dueToday: false });
    expect(refusal(s.mark(c.id, '2026-03-11', 'not-kept')).message).toBe(
      'This commitment is resting today, so there’s nothing to mark.',
    );

    s.at('2026-03-13T09:00:00-04:00');
    const pauseId = paused.pauses[0]?.id ?? '';
    const resumed = value<CommitmentView>(
      s.env.call('commitments:end-pause', { actorId: s.me, commitmentId: c.id, pauseId }),
    );
    expect(resumed.status).toBe('active');
    expect(resumed.pauses).toEqual([
      { id: pauseId, startDate: '2026-03-11', endDate: '2026-03-12' },
    ]);
    expect(resumed.days.slice(-4).map((d) => d.state)).toEqual([
      'kept',
      'paused',
      'paused',
      'unmarked',
    ]);
    expect(rate7(resumed)).toMatchObject({ kept: 1, dueDays: 2, rate: 1 });
  });

  test('a planned pause can be cancelled (a recorded change); overlaps and past starts are refused', () => {
    const s = start();
    const c = s.create();
    const pause = (startDate: string, endDate: string) =>
      s.env.call('commitments:pause', { actorId: s.me, commitmentId: c.id, startDate, endDate });
    const planned = value<CommitmentView>(pause('2026-04-01', '2026-04-05'));
    expect(planned.status).toBe('active');
    expect(refusal(pause('2026-04-05', '2026-04-07')).message).toBe(
      'That overlaps a pause already planned (1 Apr to 5 Apr).',
    );
    expect(refusal(pause('2026-03-09', '2026-03-12')).message).toBe(
      'A pause starts today or later — earlier days stay as they were.',
    );
    expect(refusal(pause('2026-03-12', '2026-03-11')).message).toBe(
      'A pause ends on or after its start.',
    );
    expect(refusal(pause('2026-03-12', '2027-03-12')).message).toContain('up to a year');
    expect(
      refusal(
        s.env.call('commitments:pause', {
          actorId: s.partner,
          commitmentId: c.id,
          startDate: '2026-03-12',
          endDate: '2026-03-13',
        }),
      ).message,
    ).toBe('This is Alex’s commitment — only they mark or change it.');

    const pauseId = planned.pauses[0]?.id ?? '';
    const cancelled = value<CommitmentView>(
      s.env.call('commitments:end-pause', { actorId: s.me, commitmentId: c.id, pauseId }),
    );
    expect(cancelled.pauses).toEqual([]);
    expect(
      s.env.rows<{ deleted_at: number | null }>('SELECT deleted_at FROM commitment_pauses'),
    ).toEqual([{ deleted_at: expect.any(Number) as number }]);
    expect(
      refusal(s.env.call('commitments:end-pause', { actorId: s.me, commitmentId: c.id, pauseId })),
    ).toMatchObject({ code: 'not-found' });
    expect(s.env.rows("SELECT COUNT(*) AS n FROM changes WHERE entity = 'commitment'")).toEqual([
      { n: 3 },
    ]);
  });
});

describe('retiring', () => {
  test('stops it being due and keeps its history; it can no longer be changed', () => {
    const s = start();
    const c = s.create();
    s.mark(c.id, '2026-03-10', 'kept');
    s.at('2026-03-11T09:00:00-04:00');
    s.mark(c.id, '2026-03-11', 'not-kept');
    s.at('2026-03-12T09:00:00-04:00');
    const retired = value<CommitmentView>(
      s.env.call('commitments:retire', { actorId: s.me, commitmentId: c.id }),
    );
    expect(retired).toMatchObject({ status: 'retired', retiredOn: '2026-03-12', dueToday: false });
    expect(rate7(retired)).toMatchObject({ kept: 1, notKept: 1, dueDays: 2 });
    expect(retired.days.slice(-3).map((d) => d.state)).toEqual(['kept', 'not-kept', 'retired']);

    expect(refusal(s.mark(c.id, '2026-03-12', 'kept'))).toMatchObject({ code: 'read-only' });
    expect(
      refusal(
        s.env.call('commitments:update', { actorId: s.me, commitmentId: c.id, text: 'New words' }),
      ).message,
    ).toBe('This commitment is retired. Its history stays just as it was.');
    expect(
      refusal(s.env.call('commitments:retire', { actorId: s.me, commitmentId: c.id })).message,
    ).toBe('This commitment is already retired.');
    expect(s.list().commitments).toHaveLength(1);
  });

  test('a day already marked keeps counting: retired from tomorrow', () => {
    const s = start();
    const c = s.create();
    s.mark(c.id, '2026-03-10', 'kept');
    const retired = value<CommitmentView>(
      s.env.call('commitments:retire', { actorId: s.me, commitmentId: c.id }),
    );
    expect(retired).toMatchObject({
      status: 'retired',
      retiredOn: '2026-03-11',
      dueToday: false,
      todayMark: 'kept',
    });
    expect(rate7(retired)).toMatchObject({ kept: 1, rate: 1 });
  });
});

describe('rewording', () => {
  test('keeps every earlier wording with the day it changed, each in the outbox', () => {
    const s = start();
    const c = s.create({ text: 'Text if late.' });
    s.mark(c.id, '2026-03-10', 'kept');
    s.at('2026-03-15T10:00:00-04:00');
    const reworded = value<CommitmentView>(
      s.env.call('commitments:update', {
        actorId: s.me,
        commitmentId: c.id,
        text: '  Text if I’m more than 15 minutes late.  ',
      }),
    );
    expect(reworded.text).toBe('Text if I’m more than 15 minutes late.');
    expect(reworded.versions.map((v) => [v.text, v.effectiveDate])).toEqual([
      ['Text if late.', '2026-03-10'],
      ['Text if I’m more than 15 minutes late.', '2026-03-15'],
    ]);
    // The record is the same commitment's: the kept day is still there.
    expect(rate7(reworded).kept).toBe(1);

    const before = s.env.rows('SELECT * FROM changes');
    // The same words again change nothing and add nothing to the outbox.
    s.env.call('commitments:update', {
      actorId: s.me,
      commitmentId: c.id,
      text: 'Text if I’m more than 15 minutes late.',
    });
    expect(s.env.rows('SELECT * FROM changes')).toEqual(before);

    const reviewed = value<CommitmentView>(
      s.env.call('commitments:update', {
        actorId: s.me,
        commitmentId: c.id,
        reviewDate: '2026-03-15',
      }),
    );
    expect(reviewed).toMatchObject({ reviewDate: '2026-03-15', reviewDue: true });
    expect(s.env.rows("SELECT COUNT(*) AS n FROM changes WHERE entity = 'commitment'")).toEqual([
      { n: 3 },
    ]);
    expect(
      refusal(s.env.call('commitments:update', { actorId: s.me, commitmentId: c.id, text: '' }))
        .message,
    ).toBe('Write what you’ll do — a few words is enough.');
    expect(
      refusal(s.env.call('commitments:update', { actorId: s.me, commitmentId: c.id })).message,
    ).toBe('There was nothing to change.');
    expect(
      refusal(
        s.env.call('commitments:update', {
          actorId: s.partner,
          commitmentId: c.id,
          text: 'Sam’s words',
        }),
      ).message,
    ).toBe('This is Alex’s commitment — only they mark or change it.');
  });
});

describe('acknowledging a kept day', () => {
  test('the other partner notices; the author cannot; only kept days', () => {
    const s = start();
    const c = s.create();
    const ack = (actorId: string, localDate: string, text?: string) =>
      s.env.call('commitments:acknowledge', { actorId, commitmentId: c.id, localDate, text });

    expect(refusal(ack(s.partner, '2026-03-10')).message).toBe(
      'Only a day marked kept can be acknowledged.',
    );
    s.mark(c.id, '2026-03-10', 'kept');
    expect(refusal(ack(s.me, '2026-03-10')).message).toBe(
      'Acknowledgements come from the other partner — this one is yours to keep.',
    );
    expect(refusal(ack(s.partner, '2026-03-10', 'x'.repeat(141))).message).toBe(
      'A few words are plenty — up to 140 characters.',
    );
    const seen = value<CommitmentView>(ack(s.partner, '2026-03-10', '  I noticed. Thank you.  '));
    expect(seen.days.at(-1)?.ack).toMatchObject({
      authorId: s.partner,
      text: 'I noticed. Thank you.',
    });

    // A second acknowledgement of the same day updates the first.
    value<CommitmentView>(ack(s.partner, '2026-03-10', 'I noticed'));
    expect(s.env.rows('SELECT text FROM commitment_acks')).toEqual([{ text: 'I noticed' }]);
    expect(s.env.rows("SELECT op, author_id FROM changes WHERE entity = 'commitment-ack'")).toEqual(
      [
        { op: 'upsert', author_id: s.partner },
        { op: 'upsert', author_id: s.partner },
      ],
    );

    // If the author re-marks the day, the acknowledgement waits (unshown) rather than vanishing.
    s.mark(c.id, '2026-03-10', 'not-kept');
    expect(s.view(c.id).days.at(-1)?.ack).toBeNull();
    s.mark(c.id, '2026-03-10', 'kept');
    expect(s.view(c.id).days.at(-1)?.ack?.text).toBe('I noticed');

    // An acknowledgement with no words is fine: "I noticed" says it.
    s.at('2026-03-11T21:00:00-04:00');
    s.mark(c.id, '2026-03-11', 'kept');
    expect(value<CommitmentView>(ack(s.partner, '2026-03-11')).days.at(-1)?.ack?.text).toBe('');
    expect(refusal(ack(s.partner, '2026-03-12')).message).toBe(
      'Only a day marked kept can be acknowledged.',
    );
  });

  test('in "just me" mode I can acknowledge my partner’s, but not act as them', () => {
    const s = start('just-me');
    const c = s.create();
    s.mark(c.id, '2026-03-10', 'kept');
    expect(
      refusal(
        s.env.call('commitments:acknowledge', {
          actorId: s.partner,
          commitmentId: c.id,
          localDate: '2026-03-10',
        }),
      ).message,
    ).toBe('Sam uses Nuzzle on their own computer, so this is theirs to do there.');
  });
});

describe('the list, events and a restart', () => {
  test('both partners’ commitments are listed; screens are told; all survives a reopen', () => {
    const s = start();
    const events: unknown[] = [];
    s.env.core.subscribe((event, payload) => events.push([event, payload]));
    const mine = s.create();
    const theirs = s.create({ actorId: s.partner, text: 'Put my phone away at dinner.' });
    s.mark(mine.id, '2026-03-10', 'kept');
    s.env.call('commitments:acknowledge', {
      actorId: s.partner,
      commitmentId: mine.id,
      localDate: '2026-03-10',
      text: 'I noticed',
    });
    expect(events.filter((e) => JSON.stringify(e).includes('commitments'))).toHaveLength(4);
    const before = s.list();
    expect(before.commitments.map((c) => [c.authorId, c.text])).toEqual([
      [s.me, mine.text],
      [s.partner, 'Put my phone away at dinner.'],
    ]);
    expect(before.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    expect(theirs.authorId).toBe(s.partner);

    // Closed and opened again, as a restart would.
    s.env.core.close();
    const reopened = createCore({ dataDir: s.env.dir, clock: s.env.clock });
    try {
      const r = reopened.dispatch('commitments:list', undefined, PAGE);
      expect(r.ok && (r.value as CommitmentsView)).toEqual(before);
    } finally {
      reopened.close();
    }
  });
});

describe('the tray', () => {
  test('"Commitments today: 1 of 2 marked" counts only my commitments due today', () => {
    const s = start();
    const ctx = s.env.core.context;
    expect(commitmentTrayInfo(ctx)).toBeNull();
    const a = s.create();
    s.create({ text: 'Say goodnight before bed.' });
    s.create({ text: 'Only on Mondays.', schedule: { kind: 'weekdays', days: [1] } });
    s.create({ actorId: s.partner, text: 'Sam’s own.' });
    expect(commitmentTrayInfo(ctx)).toEqual({ due: 2, marked: 0, partnerId: s.me });
    s.mark(a.id, '2026-03-10', 'not-applicable');
    expect(commitmentTrayInfo(ctx)).toEqual({ due: 2, marked: 1, partnerId: s.me });
    s.env.call('commitments:retire', { actorId: s.me, commitmentId: a.id });
    expect(commitmentTrayInfo(ctx)).toEqual({ due: 1, marked: 0, partnerId: s.me });
  });

  test('is null before onboarding', () => {
    env = tempCore();
    expect(commitmentTrayInfo(env.core.context)).toBeNull();
  });
});
