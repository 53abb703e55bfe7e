// Reading progress and apology drafts through a real core on a real SQLite file.

import { afterEach, describe, expect, test } from 'vitest';
import { guideTrayInfo } from '../../../main/core/guides/tray-info.ts';
import type {
  ApologyDraft,
  GuideProgressView,
  GuideReading,
} from '../../../shared/contract-guides.ts';
import type { Settings } from '../../../shared/domain.ts';
import { GUIDES } from '../../../shared/guides-catalog.ts';
import { tempCore } from '../core/temp-core.ts';

let env: ReturnType<typeof tempCore> | undefined;
afterEach(() => env?.close());

type Answer = { ok: true; value: unknown } | { ok: false; error: { message: string } };
function value<T>(r: Answer): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

const ids = (settings: Settings) => {
  const me = settings.partners.find((p) => p.role === 'me');
  const partner = settings.partners.find((p) => p.role === 'partner');
  if (!me || !partner) throw new Error('partners missing');
  return { me: me.id, partner: partner.id };
};

const draft = { happened: 'I said I was at work.', wrong: '', harm: '', different: '' };

describe('reading progress', () => {
  test('is refused until onboarding is done', () => {
    env = tempCore();
    expect(env.call('guides:progress')).toMatchObject({ ok: false, error: { code: 'not-ready' } });
  });

  test('remembers the guide and section per partner, and survives a restart', () => {
    env = tempCore();
    const { me, partner } = ids(env.onboard('both'));
    env.call('guides:position', { partnerId: me, slug: 'saying-sorry', sectionId: '' });
    env.clock.advance(60_000);
    const mine = value<GuideReading>(
      env.call('guides:position', {
        partnerId: me,
        slug: 'saying-sorry',
        sectionId: 'phrases-that-undo-an-apology',
      }),
    );
    expect(mine.last).toMatchObject({
      slug: 'saying-sorry',
      sectionId: 'phrases-that-undo-an-apology',
    });
    env.clock.advance(60_000);
    env.call('guides:position', {
      partnerId: partner,
      slug: 'monogamy',
      sectionId: 'coming-back-to-it',
    });

    const view = value<GuideProgressView>(env.call('guides:progress'));
    expect(view.partners.map((p) => [p.partnerId, p.last?.slug, p.last?.sectionId])).toEqual([
      [me, 'saying-sorry', 'phrases-that-undo-an-apology'],
      [partner, 'monogamy', 'coming-back-to-it'],
    ]);
    // One row per partner and guide, and nothing for partner sync: it stays on this computer.
    expect(env.rows('SELECT slug FROM guide_progress ORDER BY slug')).toEqual([
      { slug: 'monogamy' },
      { slug: 'saying-sorry' },
    ]);
    expect(env.rows("SELECT * FROM changes WHERE entity NOT IN ('partner')")).toEqual([]);
  });

  test('the most recently opened guide is the one to continue; finishing it clears that', () => {
    env = tempCore();
    const { me } = ids(env.onboard('just-me'));
    expect(guideTrayInfo(env.core.context)).toEqual({
      guides: GUIDES.map((g) => ({ slug: g.slug, title: g.title })),
      continue: null,
    });
    env.call('guides:position', {
      partnerId: me,
      slug: 'rebuilding-trust',
      sectionId: 'what-trust-is',
    });
    env.clock.advance(1000);
    env.call('guides:position', { partnerId: me, slug: 'monogamy', sectionId: '' });
    expect(guideTrayInfo(env.core.context).continue).toEqual({
      slug: 'monogamy',
      title: 'What monogamy asks of both',
    });

    env.clock.advance(1000);
    const done = value<GuideReading>(
      env.call('guides:finished', { partnerId: me, slug: 'monogamy', finished: true }),
    );
    expect(done.finished).toEqual(['monogamy']);
    expect(guideTrayInfo(env.core.context).continue).toBeNull();

    // Going back to an earlier guide makes it the one to continue, at its own place.
    env.clock.advance(1000);
    const back = value<GuideReading>(
      env.call('guides:position', {
        partnerId: me,
        slug: 'rebuilding-trust',
        sectionId: 'what-breaks-it',
      }),
    );
    expect(back.positions).toEqual({ 'rebuilding-trust': 'what-breaks-it', monogamy: '' });
    expect(guideTrayInfo(env.core.context).continue?.slug).toBe('rebuilding-trust');

    env.clock.advance(1000);
    const undone = value<GuideReading>(
      env.call('guides:finished', { partnerId: me, slug: 'monogamy', finished: false }),
    );
    expect(undone.finished).toEqual([]);
    expect(guideTrayInfo(env.core.context).continue?.slug).toBe('monogamy');
  });

  test('the partner reading on their own computer is refused here, and bad places are refused', () => {
    env = tempCore();
    const { partner, me } = ids(env.onboard('just-me'));
    expect(
      env.call('guides:position', { partnerId: partner, slug: 'monogamy', sectionId: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: 'Sam uses Nuzzle on their own computer.' },
    });
    expect(
      env.call('guides:position', {
        partnerId: me,
        slug: 'cheating-101' as 'monogamy',
        sectionId: '',
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'Nuzzle couldn’t find that guide. Try opening it from the Guides list.' },
    });
    expect(
      env.call('guides:position', { partnerId: me, slug: 'monogamy', sectionId: '<script>' }),
    ).toMatchObject({
      ok: false,
      error: {
        message:
          'Nuzzle couldn’t find that part of the guide. Try opening the guide from the start.',
      },
    });
    const view = value<GuideProgressView>(env.call('guides:progress'));
    expect(view.partners).toEqual([{ partnerId: me, last: null, finished: [], positions: {} }]);
    expect(env.rows('SELECT * FROM guide_progress')).toEqual([]);
  });
});

describe('apology drafts', () => {
  test('are saved per partner, edited in place, never put in the outbox', () => {
    env = tempCore();
    const { me, partner } = ids(env.onboard('both'));
    const first = value<ApologyDraft>(env.call('apology:save', { partnerId: me, ...draft }));
    env.clock.advance(5000);
    const edited = value<ApologyDraft>(
      env.call('apology:save', {
        id: first.id,
        partnerId: me,
        ...draft,
        wrong: 'That was wrong of me.',
      }),
    );
    expect(edited).toMatchObject({ id: first.id, authorId: me, wrong: 'That was wrong of me.' });
    expect(edited.updatedAt).toBeGreaterThan(first.updatedAt);
    env.clock.advance(5000);
    const theirs = value<ApologyDraft>(
      env.call('apology:save', { partnerId: partner, ...draft, happened: 'I snapped at you.' }),
    );

    const list = value<ApologyDraft[]>(env.call('apology:drafts'));
    expect(list.map((d) => [d.id, d.authorId])).toEqual([
      [theirs.id, partner],
      [first.id, me],
    ]);
    expect(env.rows("SELECT * FROM changes WHERE entity <> 'partner'")).toEqual([]);

    // One partner can't overwrite the other's draft.
    expect(env.call('apology:save', { id: first.id, partnerId: partner, ...draft })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  test('an empty draft is not saved', () => {
    env = tempCore();
    const { me } = ids(env.onboard());
    expect(
      env.call('apology:save', {
        partnerId: me,
        happened: '  ',
        wrong: '',
        harm: '',
        different: '\n',
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'There’s nothing to save yet — write a little in any of the four fields first.',
      },
    });
    expect(
      env.call('apology:save', { partnerId: me, ...draft, harm: 'x'.repeat(2001) }),
    ).toMatchObject({
      ok: false,
      error: { message: 'Why it damaged trust can be up to 2,000 characters.' },
    });
    expect(env.rows('SELECT * FROM apology_drafts')).toEqual([]);
  });

  test('deleting erases the words and hides the draft; it cannot be saved again', () => {
    env = tempCore();
    const { me } = ids(env.onboard());
    const saved = value<ApologyDraft>(env.call('apology:save', { partnerId: me, ...draft }));
    expect(env.call('apology:delete', { id: saved.id })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(value<ApologyDraft[]>(env.call('apology:drafts'))).toEqual([]);
    expect(
      env.rows('SELECT happened, wrong, harm, different, deleted_at FROM apology_drafts'),
    ).toEqual([{ happened: '', wrong: '', harm: '', different: '', deleted_at: env.clock.now() }]);
    expect(env.call('apology:delete', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(env.call('apology:save', { id: saved.id, partnerId: me, ...draft })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(env.rows('SELECT happened FROM apology_drafts')).toEqual([{ happened: '' }]);
  });
});
