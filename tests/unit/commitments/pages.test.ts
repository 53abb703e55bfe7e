// Years of retired commitments don't make the list slower or longer: a caller can ask for the
// current ones and one page of retired ones at a time, newest retired first.

import { afterEach, describe, expect, test } from 'vitest';
import type { CommitmentsView } from '../../../shared/contract-commitments.ts';
import { refusal, setUp, value, type Env } from './helpers.ts';

let env: Env | null = null;
afterEach(() => {
  env?.close();
  env = null;
});

describe('commitments:list a page at a time', () => {
  test('current ones in full, retired ones in pages; without a page, everything as before', () => {
    const s = setUp();
    env = s.env;
    const made = Array.from({ length: 7 }, (_, i) =>
      s.create({ text: `Commitment number ${String(i)}` }),
    );
    for (const c of made.slice(0, 5)) {
      value(s.env.call('commitments:retire', { actorId: s.me, commitmentId: c.id }));
    }
    const page = (payload: { retiredLimit: number; retiredBefore?: string }) =>
      value<CommitmentsView>(s.env.call('commitments:list', payload));

    const all = s.list();
    expect(all.commitments.map((c) => c.id)).toEqual(made.map((c) => c.id));
    expect(all).toMatchObject({ retiredNext: null, retiredTotal: 5 });

    const first = page({ retiredLimit: 2 });
    const ids = (v: CommitmentsView) => v.commitments.map((c) => c.id);
    const [r0, r1, r2, r3, r4, c5, c6] = made.map((c) => c.id);
    expect(ids(first)).toEqual([c5, c6, r4, r3]);
    expect(first.retiredNext).toBe(r3);
    const second = page({ retiredLimit: 2, retiredBefore: first.retiredNext ?? '' });
    expect(ids(second)).toEqual([c5, c6, r2, r1]);
    const last = page({ retiredLimit: 2, retiredBefore: second.retiredNext ?? '' });
    expect(ids(last)).toEqual([c5, c6, r0]);
    expect(last).toMatchObject({ retiredNext: null, retiredTotal: 5 });

    expect(ids(page({ retiredLimit: 0 }))).toEqual([c5, c6]);
    expect(refusal(s.env.call('commitments:list', { retiredLimit: 1000 })).message).toBe(
      'Show between 0 and 100 retired commitments at a time.',
    );
  });
});
