// Property: whatever both partners do, and however the sync tool delays, reorders,
// duplicates or half-copies the files, once everything has arrived both databases agree.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Side } from './helpers.ts';
import { apart, sharedData } from './helpers.ts';

type Op =
  | { kind: 'checkin'; who: 'a' | 'b'; score: number }
  | { kind: 'note'; who: 'a' | 'b'; text: string }
  | { kind: 'delete-note'; who: 'a' | 'b' }
  | { kind: 'read-note'; who: 'a' | 'b'; favourite: boolean }
  | { kind: 'rename'; who: 'a' | 'b'; name: string; self: boolean }
  | { kind: 'commit'; who: 'a' | 'b'; text: string }
  | { kind: 'mark'; who: 'a' | 'b'; value: 'kept' | 'not-kept' }
  | { kind: 'ack'; who: 'a' | 'b' }
  | { kind: 'pause'; who: 'a' | 'b' }
  | { kind: 'day'; hours: number }
  | { kind: 'poll'; who: 'a' | 'b' }
  | { kind: 'meet' }
  | { kind: 'deliver'; to: 'a' | 'b'; pick: number; how: 'full' | 'partial' | 'conflict' };

const who = fc.constantFrom<'a' | 'b'>('a', 'b');
const words = fc.constantFrom('tea', 'walk', 'thanks', 'sorry', 'laughing', 'garden');

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('checkin'), who, score: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('note'), who, text: words }),
  fc.record({ kind: fc.constant('delete-note'), who }),
  fc.record({ kind: fc.constant('read-note'), who, favourite: fc.boolean() }),
  fc.record({ kind: fc.constant('rename'), who, name: words, self: fc.boolean() }),
  fc.record({ kind: fc.constant('commit'), who, text: words }),
  fc.record({ kind: fc.constant('mark'), who, value: fc.constantFrom('kept', 'not-kept') }),
  fc.record({ kind: fc.constant('ack'), who }),
  fc.record({ kind: fc.constant('pause'), who }),
  fc.record({ kind: fc.constant('day'), hours: fc.integer({ min: 1, max: 30 }) }),
  { arbitrary: fc.record({ kind: fc.constant('poll'), who }), weight: 3 },
  fc.record({ kind: fc.constant('meet') }),
  {
    arbitrary: fc.record({
      kind: fc.constant('deliver'),
      to: who,
      pick: fc.nat(),
      how: fc.constantFrom<'full' | 'partial' | 'conflict'>('full', 'full', 'partial', 'conflict'),
    }),
    weight: 4,
  },
);

function today(s: Pick<Side, 'clock'>): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: s.clock.timeZone() }).format(s.clock.now());
}

/** How often each kind of operation really changed something, across all runs. */
const worked = new Map<string, number>();

function perform(env: ReturnType<typeof apart>, o: Op): void {
  if (o.kind === 'day') {
    env.a.clock.advance(o.hours * 3_600_000);
    env.b.clock.advance(o.hours * 3_600_000 + 1_000);
    return;
  }
  if (o.kind === 'meet') {
    env.settle();
    return;
  }
  if (o.kind === 'deliver') {
    const c = o.to === 'a' ? env.toA : env.toB;
    const pending = c.pending();
    const file = pending[o.pick % Math.max(1, pending.length)];
    if (file) c.copy(file, file.endsWith('.nzs') ? o.how : 'full');
    return;
  }
  const side = env[o.who];
  const s = {
    ...side,
    call: (channel: Parameters<Side['call']>[0], payload: never) => {
      const r = side.call(channel, payload);
      if (r.ok) worked.set(o.kind, (worked.get(o.kind) ?? 0) + 1);
      return r;
    },
  };
  const { me, partner } = s.ids();
  // Refusals (nothing to delete, not kept yet…) are part of the game: the op just does nothing.
  const q = <T>(sql: string, ...p: unknown[]) => s.rows<T>(sql, ...p)[0];
  switch (o.kind) {
    case 'poll':
      s.sync.pollNow();
      return;
    case 'checkin':
      s.call('checkins:save', {
        partnerId: me,
        localDate: today(s),
        mood: o.score,
        closeness: o.score,
        settled: o.score,
      } as never);
      return;
    case 'note':
      s.call('notes:send', { authorId: me, text: o.text } as never);
      return;
    case 'delete-note': {
      const n = q<{ id: string }>(
        'SELECT id FROM notes WHERE author_id = ? AND deleted_at IS NULL ORDER BY id DESC',
        me,
      );
      if (n) s.call('notes:delete', { id: n.id, authorId: me } as never);
      return;
    }
    case 'read-note': {
      const n = q<{ id: string }>(
        'SELECT id FROM notes WHERE recipient_id = ? AND deleted_at IS NULL ORDER BY id',
        me,
      );
      if (n) s.call('notes:favourite', { id: n.id, readerId: me, favourite: o.favourite } as never);
      return;
    }
    case 'rename':
      s.call('settings:save', (o.self ? { myName: o.name } : { partnerName: o.name }) as never);
      return;
    case 'commit':
      s.call('commitments:create', {
        actorId: me,
        text: `Be kind: ${o.text}`,
        schedule: { kind: 'daily' },
        startDate: today(s),
      } as never);
      return;
    case 'mark': {
      const c = q<{ id: string }>(
        'SELECT id FROM commitments WHERE author_id = ? ORDER BY id DESC',
        me,
      );
      if (c) {
        s.call('commitments:mark', {
          actorId: me,
          commitmentId: c.id,
          localDate: today(s),
          value: o.value,
        } as never);
      }
      return;
    }
    case 'ack': {
      const m = q<{ commitment_id: string; local_date: string }>(
        "SELECT commitment_id, local_date FROM commitment_marks WHERE author_id = ? AND value = 'kept' ORDER BY id DESC",
        partner,
      );
      if (m) {
        s.call('commitments:acknowledge', {
          actorId: me,
          commitmentId: m.commitment_id,
          localDate: m.local_date,
          text: 'noticed',
        } as never);
      }
      return;
    }
    case 'pause': {
      const c = q<{ id: string }>(
        'SELECT id FROM commitments WHERE author_id = ? ORDER BY id DESC',
        me,
      );
      if (c) {
        s.call('commitments:pause', {
          actorId: me,
          commitmentId: c.id,
          startDate: today(s),
          endDate: today(s),
        } as never);
      }
      return;
    }
  }
}

describe('convergence', () => {
  it('both databases agree once every file has arrived', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 20, maxLength: 60 }), async (ops) => {
        const env = apart();
        try {
          await env.pair();
          for (const o of ops) perform(env, o);
          env.settle();
          const a = sharedData(env.a);
          expect(sharedData(env.b)).toEqual(a);
          expect(env.a.sync.status().problem).toBeNull();
          expect(env.b.sync.status().problem).toBeNull();
        } finally {
          env.close();
        }
      }),
      { numRuns: 20 },
    );
    // The runs did exercise every kind of shared change, not just refusals.
    for (const kind of [
      'checkin',
      'note',
      'delete-note',
      'read-note',
      'rename',
      'commit',
      'mark',
    ]) {
      expect(worked.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  }, 300_000);
});
