import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/commitments.ts';
import type { TodayView } from '../../../shared/domain.ts';
import { couple } from './helpers.ts';

let envs: ReturnType<typeof couple>[] = [];
const make = () => {
  const env = couple();
  envs.push(env);
  return env;
};
afterEach(() => {
  for (const env of envs) env.close();
  envs = [];
});

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

describe('pairing', () => {
  it('shows a readable code, then the same confirmation phrase on both computers', async () => {
    const env = make();
    const { invited, joined, phrases } = await env.pair();
    expect(invited.state).toBe('waiting');
    expect(phrases.a).toMatch(/^[a-z]+ [a-z]+ [a-z]+ [a-z]+$/);
    expect(phrases.a).toBe(phrases.b);
    expect(invited.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(joined.state).toBe('paired');
    const a = env.a.sync.status();
    expect(a.state).toBe('paired');
    expect(a.code).toBeNull();
    expect(a.phrase).toMatch(/^[a-z]+ [a-z]+ [a-z]+ [a-z]+$/);
    expect(a.phrase).toBe(joined.phrase);
    expect(a.lastHeardAt).not.toBeNull();
  });

  it('makes both computers agree on the two partner ids, keeping what the joiner had', async () => {
    const env = make();
    const bBefore = env.b.ids();
    env.b.ok('checkins:save', {
      partnerId: bBefore.me,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 4,
      settled: 4,
    });
    await env.pair();
    const a = env.a.ids();
    const b = env.b.ids();
    expect(b).toEqual({ me: a.partner, partner: a.me });
    // B's earlier check-in moved to B's new id, and nothing still points at the old ones.
    const rows = env.b.rows<{ author_id: string }>('SELECT author_id FROM checkins');
    expect(rows).toEqual([{ author_id: b.me }]);
    const stale = env.b.rows<{ n: number }>(
      "SELECT count(*) AS n FROM changes WHERE payload LIKE '%' || ? || '%' OR author_id = ?",
      bBefore.me,
      bBefore.me,
    );
    expect(stale[0]?.n).toBe(0);
    expect(env.b.rows('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('refuses a wrong code with a plain message and stays unconnected', async () => {
    const env = make();
    const invited = env.a.sync.invite();
    await env.a.sync.idle();
    const code = invited.code ?? '';
    const wrong = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    expect(env.b.sync.join(wrong).state).toBe('joining');
    await env.b.sync.idle();
    expect(env.b.sync.status()).toMatchObject({
      state: 'off',
      problem: expect.stringMatching(/doesn’t match/) as string,
    });
    expect(() => env.b.sync.join('hello')).toThrow(/five groups/);
    expect(env.b.sync.status().state).toBe('off');
  });

  it('says so when the chosen folder holds no invitation yet', () => {
    const env = make();
    expect(() => env.b.sync.join('7KQM-2XHD-7KQM-2XHD-7KQM')).toThrow(/no invitation/);
  });

  it('accepts a code typed in lower case with spaces and look-alike letters', async () => {
    const env = make();
    const code = env.a.sync.invite().code ?? '';
    await env.a.sync.idle();
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    env.b.sync.join(typed);
    await env.b.sync.idle();
    expect(env.b.sync.status().state).toBe('confirm');
  });
});

describe('what travels', () => {
  it('a check-in on each computer makes a kept day on both', async () => {
    const env = make();
    await env.pair();
    const a = env.a.ids();
    const b = env.b.ids();
    env.a.ok('checkins:save', {
      partnerId: a.me,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 4,
      settled: 4,
    });
    env.settle();
    expect(env.a.ok<TodayView>('today:get').record.todayKept).toBe(false);
    env.b.ok('checkins:save', {
      partnerId: b.me,
      localDate: '2026-03-10',
      mood: 5,
      closeness: 3,
      settled: 4,
    });
    env.settle();
    expect(env.a.ok<TodayView>('today:get').record.todayKept).toBe(true);
    expect(env.b.ok<TodayView>('today:get').record.todayKept).toBe(true);
    expect(env.a.sync.status().lastHeardAt).not.toBeNull();
  });

  it('what was saved before pairing arrives, and so does every change after it', async () => {
    const env = make();
    const save = (mood: 2 | 3 | 5) =>
      env.a.ok('checkins:save', {
        partnerId: env.a.ids().me,
        localDate: '2026-03-10',
        mood,
        closeness: 4,
        settled: 4,
      });
    save(2);
    await env.pair();
    env.settle();
    const moodOnB = () =>
      env.b.rows<{ mood: number }>('SELECT mood FROM checkins WHERE author_id = ?', env.a.ids().me);
    expect(moodOnB()).toEqual([{ mood: 2 }]);
    save(3);
    env.settle();
    expect(moodOnB()).toEqual([{ mood: 3 }]);
    save(5);
    env.a.clock.advance(60_000);
    env.settle();
    expect(moodOnB()).toEqual([{ mood: 5 }]);
  });

  it('notes, their read state and deletions, and names reach the other computer', async () => {
    const env = make();
    await env.pair();
    const a = env.a.ids();
    const b = env.b.ids();
    const note = env.a.ok<{ id: string }>('notes:send', {
      authorId: a.me,
      text: 'Thank you for the tea this morning',
    });
    const gone = env.a.ok<{ id: string }>('notes:send', {
      authorId: a.me,
      text: 'Oops, wrong one',
    });
    env.settle();
    const inbox = env.b.rows<{ body: string }>(
      'SELECT body FROM notes WHERE recipient_id = ? AND deleted_at IS NULL ORDER BY id',
      b.me,
    );
    expect(inbox.map((n) => n.body)).toEqual([
      'Thank you for the tea this morning',
      'Oops, wrong one',
    ]);
    env.b.ok('notes:mark-read', { id: note.id, readerId: b.me, read: true });
    env.a.ok('notes:delete', { id: gone.id, authorId: a.me });
    env.a.ok('settings:save', { myName: 'Alexandra' });
    env.settle();
    expect(env.a.rows('SELECT read_at FROM note_states WHERE note_id = ?', note.id)).toEqual([
      { read_at: expect.any(Number) as number },
    ]);
    expect(
      env.b.rows('SELECT body, deleted_at IS NOT NULL AS gone FROM notes WHERE id = ?', gone.id),
    ).toEqual([{ body: '', gone: 1 }]);
    expect(env.b.rows('SELECT name FROM partners WHERE id = ?', a.me)).toEqual([
      { name: 'Alexandra' },
    ]);
  });

  it('commitments, their marks and acknowledgements reach the other computer', async () => {
    const env = make();
    await env.pair();
    const a = env.a.ids();
    const b = env.b.ids();
    const created = env.a.ok<Commitment>('commitments:create', {
      actorId: a.me,
      text: 'Phone away at dinner',
      schedule: { kind: 'daily' },
      startDate: '2026-03-10',
    });
    const commitmentId = created.id;
    env.a.ok('commitments:mark', {
      actorId: a.me,
      commitmentId,
      localDate: '2026-03-10',
      value: 'kept',
    });
    env.settle();
    expect(env.b.rows('SELECT text FROM commitments WHERE id = ?', commitmentId)).toEqual([
      { text: 'Phone away at dinner' },
    ]);
    expect(env.b.rows('SELECT value FROM commitment_marks')).toEqual([{ value: 'kept' }]);
    env.b.ok('commitments:acknowledge', {
      actorId: b.me,
      commitmentId,
      localDate: '2026-03-10',
      text: 'I saw',
    });
    env.settle();
    expect(env.a.rows('SELECT text, author_id FROM commitment_acks')).toEqual([
      { text: 'I saw', author_id: b.me },
    ]);
  });
});

describe('the folder', () => {
  it('holds no names or words in the clear, and no telling file names', async () => {
    const env = make();
    await env.pair();
    const a = env.a.ids();
    env.a.ok('checkins:save', {
      partnerId: a.me,
      localDate: '2026-03-10',
      mood: 4,
      closeness: 4,
      settled: 4,
      note: 'quietly hopeful',
    });
    env.a.ok('notes:send', { authorId: a.me, text: 'Thank you for the tea this morning' });
    env.settle();
    const files = allFiles(env.shared);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(file).toString('latin1');
      for (const secret of ['Alex', 'Sam', 'tea this morning', 'hopeful', a.me, a.partner]) {
        expect(text).not.toContain(secret);
      }
      expect(file.slice(env.shared.length)).not.toMatch(/alex|sam|nuzzle|note|checkin/i);
    }
  });

  it('unpairing stops sync and can remove this computer’s files', async () => {
    const env = make();
    await env.pair();
    const before = allFiles(env.shared).length;
    const status = env.b.sync.unpair(true);
    expect(status.state).toBe('off');
    const after = allFiles(env.shared);
    expect(after.length).toBeLessThan(before);
    const a = env.a.ids();
    env.a.ok('notes:send', { authorId: a.me, text: 'Still here' });
    env.settle();
    expect(env.b.rows("SELECT 1 FROM notes WHERE body = 'Still here'")).toEqual([]);
    // A's files stay until A disconnects too; then the folder is left as it was found.
    env.a.sync.unpair(true);
    expect(allFiles(env.shared)).toEqual([]);
  });

  it('says plainly when the shared folder is gone', async () => {
    const env = make();
    await env.pair();
    rmSync(env.shared, { recursive: true, force: true });
    const status = env.a.sync.pollNow();
    expect(status.state).toBe('paired');
    expect(status.problem).toMatch(/shared folder can’t be found/);
  });
});

describe('news', () => {
  it('announces only real news, so screens and listeners that re-poll settle', async () => {
    const env = make();
    await env.pair();
    env.settle();
    const topics: string[][] = [];
    const off = env.a.core.subscribe((event, payload) => {
      if (event === 'changed' && 'topics' in payload) topics.push(payload.topics);
    });
    env.a.sync.pollNow();
    env.a.sync.pollNow();
    expect(topics).toEqual([]);
    env.b.ok('notes:send', { authorId: env.b.ids().me, text: 'Hi from Sam' });
    env.b.sync.pollNow();
    env.a.sync.pollNow();
    expect(topics).toHaveLength(1);
    expect(topics[0]).toContain('notes');
    off();
  });
});
