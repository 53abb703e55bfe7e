// Two real Nuzzle cores (real SQLite in temp dirs) paired and syncing through two real
// Syncthing instances on loopback (tests/support/syncthing.ts): nothing leaves the machine.
// Skipped, with the reason, only where the syncthing binary is missing. By hand:
// scripts/syncthing-pair.sh.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../../shared/domain.ts';
import {
  startSyncthing,
  syncthingMissing,
  type SyncthingCluster,
} from '../../support/syncthing.ts';
import { filesUnder, folderText, sharedData, side, type Side } from './helpers.ts';

const missing = syncthingMissing();

/** Polls both computers and lets Syncthing carry the files until `done` holds. */
async function until(
  st: SyncthingCluster,
  sides: Side[],
  done: () => boolean,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    for (const s of sides) s.sync.pollNow();
    if (done()) return;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await st.flush();
  }
}

describe.skipIf(missing !== null)(`through real Syncthing${missing ? ` (${missing})` : ''}`, () => {
  let st: SyncthingCluster;
  let a: Side;
  let b: Side;
  beforeAll(async () => {
    st = await startSyncthing(['alex', 'sam']);
    const [fa, fb] = st.peers;
    if (!fa || !fb) throw new Error('two peers expected');
    a = side({ me: 'Alex', partner: 'Sam' }, () => fa.folder);
    b = side({ me: 'Sam', partner: 'Al' }, () => fb.folder, '2026-03-10T20:12:00-04:00');
    await st.connected();
  }, 30_000);
  afterAll(async () => {
    a.close();
    b.close();
    await st.stop();
  });

  it('pairs, syncs check-ins and a note, and a take-back leaves no trace', async () => {
    const code = a.sync.invite().code ?? '';
    await a.sync.idle();
    await st.flush();
    b.sync.join(code);
    await b.sync.idle();
    await until(st, [a], () => a.sync.status().state === 'confirm', 'the join request');
    expect(b.sync.status().state).toBe('confirm');
    expect(a.sync.status().phrase).toBe(b.sync.status().phrase);
    a.sync.confirm(true);
    b.sync.confirm(true);
    await until(
      st,
      [a, b],
      () => a.sync.status().lastHeardAt !== null && b.sync.status().lastHeardAt !== null,
      'each side hearing the other',
    );
    // Alex's own name wins over Sam's guess, on both computers.
    expect(b.rows('SELECT name FROM partners ORDER BY id')).toEqual(
      a.rows('SELECT name FROM partners ORDER BY id'),
    );
    expect(b.ok<{ partners: { name: string }[] }>('settings:get').partners[1]?.name).toBe('Alex');

    const checkin = { localDate: '2026-03-10', mood: 4, closeness: 4, settled: 4 };
    a.ok('checkins:save', { ...checkin, partnerId: a.ids().me });
    b.ok('checkins:save', { ...checkin, partnerId: b.ids().me });
    const secret = 'the words I take back';
    const kept = b.ok<{ id: string }>('notes:send', { authorId: b.ids().me, text: 'Thank you' });
    const gone = b.ok<{ id: string }>('notes:send', { authorId: b.ids().me, text: secret });
    const kept2 = () => a.ok<TodayView>('today:get').record.todayKept;
    await until(
      st,
      [a, b],
      () => kept2() && a.rows('SELECT 1 FROM notes WHERE body = ?', secret).length === 1,
      'the check-ins and notes',
    );
    expect(b.ok<TodayView>('today:get').record.todayKept).toBe(true);

    b.ok('notes:delete', { id: gone.id, authorId: b.ids().me });
    await until(
      st,
      [a, b],
      () =>
        a.rows('SELECT 1 FROM notes WHERE body = ?', secret).length === 0 &&
        JSON.stringify(sharedData(a)) === JSON.stringify(sharedData(b)),
      'the take-back to arrive',
    );
    // No file on either computer's copy holds the words, even opened with the pair key.
    for (const peer of st.peers) {
      expect(filesUnder(peer.folder).length).toBeGreaterThan(0);
      for (const s of [a, b]) expect(folderText(peer.folder, s)).not.toContain(secret);
    }
    expect(a.rows('SELECT body FROM notes WHERE id = ?', kept.id)).toEqual([{ body: 'Thank you' }]);
    expect(sharedData(a)).toEqual(sharedData(b));
    expect(a.sync.status().problem).toBeNull();
    expect(b.sync.status().problem).toBeNull();
    expect(kept2()).toBe(true);
  }, 50_000);
});
