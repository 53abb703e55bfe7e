// Appreciation notes through a real core on real SQLite: who can write and read what, the
// recipient's marks, deletion as a recorded change, drafts, notifications and the nudge.

import { afterEach, describe, expect, test } from 'vitest';
import { noteTrayInfo } from '../../../main/core/notes/tray-info.ts';
import type {
  Note,
  NoteDraft,
  NoteNudge,
  NoteSettings,
  NotesView,
  ReceivedNote,
} from '../../../shared/notes.ts';
import { notesCore, value, type NotesCore } from './helpers.ts';

let env: NotesCore | undefined;
afterEach(() => env?.close());

const view = (e: NotesCore, readerId?: string, extra: { show?: 'all' | 'favourites' } = {}) =>
  value<NotesView>(e.call('notes:view', { ...(readerId ? { readerId } : {}), ...extra }));

const send = (e: NotesCore, authorId: string, text: string) =>
  value<Note>(e.call('notes:send', { authorId, text }));

describe('writing a note', () => {
  test('on a shared computer it goes to the other partner’s inbox, not the writer’s', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const note = send(env, me, '  Thank you for walking the dog in the rain.\n');
    expect(note).toMatchObject({
      authorId: me,
      recipientId: partner,
      text: 'Thank you for walking the dog in the rain.',
      timeZone: 'America/New_York',
      writtenOn: '2026-03-10',
    });
    expect(note.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);

    const sams = view(env, partner);
    expect(sams.inbox).toEqual([{ ...note, read: false, favourite: false }]);
    expect(sams.unread).toBe(1);
    expect(sams.sent).toEqual([]);

    const mine = view(env);
    expect(mine.viewer.id).toBe(me);
    expect(mine.recipient.id).toBe(partner);
    expect(mine.inbox).toEqual([]);
    expect(mine.sent).toEqual([note]);
    expect(mine.here.map((h) => [h.partner.name, h.unread])).toEqual([
      ['Alex', 0],
      ['Sam', 1],
    ]);
  });

  test('says who wrote it and for whom in the outbox, ready for partner sync', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const note = send(env, partner, 'You made the evening easy.');
    const changes = env.rows<{ entity: string; op: string; author_id: string; payload: string }>(
      "SELECT entity, op, author_id, payload FROM changes WHERE entity LIKE 'note%'",
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ entity: 'note', op: 'upsert', author_id: partner });
    expect(JSON.parse(changes[0]?.payload ?? '{}')).toEqual({
      id: note.id,
      authorId: partner,
      recipientId: me,
      text: 'You made the evening easy.',
      timeZone: 'America/New_York',
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
    });
  });

  test('in "just me" mode I write to my partner; their notes to me will come by sync', () => {
    env = notesCore();
    const { me, partner } = env.onboard('just-me');
    send(env, me, 'Thanks for the call at lunch.');
    const mine = view(env);
    expect(mine.sent).toHaveLength(1);
    expect(mine.inbox).toEqual([]);
    expect(mine.here.map((h) => h.partner.id)).toEqual([me]);
    expect(env.call('notes:send', { authorId: partner, text: 'Hi' })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Sam writes notes on their own computer.' },
    });
    expect(env.call('notes:view', { readerId: partner })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Sam reads notes on their own computer.' },
    });
  });

  test('empty, blank and over-long notes are refused with a clear message; nothing is stored', () => {
    env = notesCore();
    const { me } = env.onboard('both');
    const cases: [string, string][] = [
      ['', 'Write a few words first.'],
      ['  \n\t ', 'Write a few words first.'],
      ['a'.repeat(1001), 'Notes can be up to 1,000 characters — this one is 1,001.'],
      ['💛'.repeat(1001), 'Notes can be up to 1,000 characters — this one is 1,001.'],
    ];
    for (const [text, message] of cases) {
      expect(env.call('notes:send', { authorId: me, text })).toEqual({
        ok: false,
        error: { code: 'bad-request', message },
      });
    }
    expect(env.rows('SELECT * FROM notes')).toEqual([]);
    expect(env.rows("SELECT * FROM changes WHERE entity LIKE 'note%'")).toEqual([]);
    expect(env.notifications).toEqual([]);
    // Exactly 1,000 is fine.
    expect(send(env, me, 'a'.repeat(1000)).text).toHaveLength(1000);
  });

  test('is refused before onboarding and for someone who isn’t part of this Nuzzle', () => {
    env = notesCore();
    const [row] = env.rows<{ id: string }>("SELECT id FROM partners WHERE role = 'me'");
    expect(env.call('notes:send', { authorId: row?.id ?? '', text: 'Hello' })).toMatchObject({
      ok: false,
      error: { code: 'not-ready' },
    });
    env.onboard('both');
    expect(
      env.call('notes:send', { authorId: '01900000-0000-7000-8000-000000000000', text: 'Hello' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'Nuzzle doesn’t know who that is. Choose who you are and try again.',
      },
    });
    expect(env.rows('SELECT * FROM notes')).toEqual([]);
  });

  test('newest first in the inbox and in what was sent', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const first = send(env, me, 'First');
    env.clock.advance(60_000);
    const second = send(env, me, 'Second');
    // Same millisecond: the id keeps the order.
    const third = send(env, me, 'Third');
    expect(view(env, partner).inbox.map((n) => n.id)).toEqual([third.id, second.id, first.id]);
    expect(view(env).sent.map((n) => n.id)).toEqual([third.id, second.id, first.id]);
    const limited = value<NotesView>(env.call('notes:view', { readerId: partner, limit: 2 }));
    expect(limited.inbox.map((n) => n.text)).toEqual(['Third', 'Second']);
    expect(limited.inboxTotal).toBe(3);
    // The next page of each list, on its own: the screen shows one page at a time.
    const older = value<NotesView>(
      env.call('notes:view', { readerId: partner, limit: 2, inboxOffset: 2, sentOffset: 0 }),
    );
    expect(older.inbox.map((n) => n.text)).toEqual(['First']);
    expect(older.inboxTotal).toBe(3);
    const mine = value<NotesView>(env.call('notes:view', { limit: 2, sentOffset: 1 }));
    expect(mine.sent.map((n) => n.text)).toEqual(['Second', 'First']);
    expect(env.call('notes:view', { limit: 2, sentOffset: -1 })).toMatchObject({
      ok: false,
      error: { message: 'A page starts at the newest note or later.' },
    });
  });
});

describe('the recipient’s marks', () => {
  test('mark read and favourite are the recipient’s recorded changes; repeats are quiet', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const note = send(env, me, 'You remembered my sister’s birthday.');
    env.clock.advance(1000);

    const read = value<ReceivedNote>(
      env.call('notes:mark-read', { id: note.id, readerId: partner, read: true }),
    );
    expect(read).toMatchObject({ id: note.id, read: true, favourite: false });
    // Marking it read again changes nothing and adds nothing to the outbox.
    env.call('notes:mark-read', { id: note.id, readerId: partner, read: true });
    const fav = value<ReceivedNote>(
      env.call('notes:favourite', { id: note.id, readerId: partner, favourite: true }),
    );
    expect(fav).toMatchObject({ read: true, favourite: true });

    const states = env.rows<{ entity: string; author_id: string; payload: string }>(
      "SELECT entity, author_id, payload FROM changes WHERE entity = 'note-state' ORDER BY seq",
    );
    expect(states.map((s) => s.author_id)).toEqual([partner, partner]);
    const last = JSON.parse(states[1]?.payload ?? '{}') as Record<string, unknown>;
    expect(last).toMatchObject({ noteId: note.id, authorId: partner, favourite: true });
    expect(last['readAt']).toBe(note.createdAt + 1000);

    const sams = view(env, partner);
    expect(sams.unread).toBe(0);
    expect(sams.favourites).toBe(1);
    expect(view(env, partner, { show: 'favourites' }).inbox.map((n) => n.id)).toEqual([note.id]);

    // Back to unread, on purpose.
    env.call('notes:mark-read', { id: note.id, readerId: partner, read: false });
    expect(view(env, partner).inbox[0]).toMatchObject({ read: false, favourite: true });
  });

  test('only the recipient can mark a note; to anyone else it isn’t there', () => {
    env = notesCore();
    const { me } = env.onboard('both');
    const note = send(env, me, 'Thank you.');
    expect(env.call('notes:mark-read', { id: note.id, readerId: me, read: true })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'That note isn’t here any more — it may have been deleted.',
      },
    });
    expect(
      env.call('notes:favourite', { id: note.id, readerId: me, favourite: true }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(env.rows('SELECT * FROM note_states')).toEqual([]);
  });
});

describe('deleting a note', () => {
  test('the author deletes it: gone for both, kept as a recorded change with its words wiped', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const keep = send(env, me, 'Keep this one.');
    const gone = send(env, me, 'I want to say this better.');
    env.call('notes:mark-read', { id: gone.id, readerId: partner, read: true });

    expect(env.call('notes:delete', { id: gone.id, authorId: me })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(view(env, partner).inbox.map((n) => n.id)).toEqual([keep.id]);
    expect(view(env).sent.map((n) => n.id)).toEqual([keep.id]);

    const [row] = env.rows<{ body: string; deleted_at: number | null }>(
      'SELECT body, deleted_at FROM notes WHERE id = ?',
      gone.id,
    );
    expect(row).toEqual({ body: '', deleted_at: env.clock.now() });
    const ops = env.rows<{ op: string; author_id: string }>(
      "SELECT op, author_id FROM changes WHERE entity = 'note' AND entity_id = ? ORDER BY seq",
      gone.id,
    );
    expect(ops).toEqual([
      { op: 'upsert', author_id: me },
      { op: 'delete', author_id: me },
    ]);

    expect(env.call('notes:delete', { id: gone.id, authorId: me })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That note was already deleted.' },
    });
    expect(
      env.call('notes:mark-read', { id: gone.id, readerId: partner, read: false }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('only its author can delete a note', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const note = send(env, me, 'Mine to take back.');
    expect(env.call('notes:delete', { id: note.id, authorId: partner })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Only the person who wrote a note can delete it.' },
    });
    expect(view(env, partner).inbox).toHaveLength(1);
    expect(env.rows("SELECT * FROM changes WHERE entity = 'note' AND op = 'delete'")).toEqual([]);
  });
});

describe('drafts', () => {
  test('are kept per author on this computer, never in the outbox, and cleared on send', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const before = env.rows('SELECT * FROM changes');
    env.call('notes:draft-save', { authorId: me, text: 'Something you did this week' });
    env.call('notes:draft-save', { authorId: partner, text: 'Sam’s own words' });
    expect(value<NoteDraft>(env.call('notes:draft-get', { authorId: me }))).toEqual({
      authorId: me,
      text: 'Something you did this week',
      updatedAt: env.clock.now(),
    });
    expect(value<NoteDraft>(env.call('notes:draft-get', { authorId: partner })).text).toBe(
      'Sam’s own words',
    );
    expect(env.rows('SELECT * FROM changes')).toEqual(before);

    send(env, me, 'Something you did this week made me smile.');
    expect(value<NoteDraft>(env.call('notes:draft-get', { authorId: me }))).toEqual({
      authorId: me,
      text: '',
      updatedAt: null,
    });
    expect(value<NoteDraft>(env.call('notes:draft-get', { authorId: partner })).text).toBe(
      'Sam’s own words',
    );
  });

  test('a draft can run over the note limit while it’s being trimmed, within what Nuzzle keeps', () => {
    env = notesCore();
    const { me } = env.onboard('both');
    expect(
      value<NoteDraft>(env.call('notes:draft-save', { authorId: me, text: 'a'.repeat(1001) })).text,
    ).toHaveLength(1001);
    expect(env.call('notes:draft-save', { authorId: me, text: 'a'.repeat(20_000) })).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'This draft is longer than Nuzzle can keep — try trimming it.',
      },
    });
    expect(value<NoteDraft>(env.call('notes:draft-get', { authorId: me })).text).toHaveLength(1001);
    env.call('notes:draft-save', { authorId: me, text: '   ' });
    expect(env.rows('SELECT * FROM note_drafts')).toEqual([]);
  });
});

describe('arrival notifications', () => {
  test('one generic notification when a note arrives for someone on this computer', () => {
    env = notesCore();
    const { me, partner } = env.onboard('both');
    const before = env.notifications.length;
    send(env, me, 'Thank you.');
    send(env, partner, 'And thank you.');
    expect(env.notifications.slice(before)).toEqual(['note-arrived', 'note-arrived']);
  });

  test('none when turned off, and none for a partner on their own computer', () => {
    env = notesCore();
    const { me } = env.onboard('both');
    const before = env.notifications.length;
    value<NoteSettings>(env.call('notes:settings-save', { notifyOnArrival: false }));
    send(env, me, 'Quietly.');
    expect(env.notifications.slice(before)).toEqual([]);

    env.close();
    env = notesCore();
    const solo = env.onboard('just-me');
    const soloBefore = env.notifications.length;
    send(env, solo.me, 'It will reach Sam by sync.');
    expect(env.notifications.slice(soloBefore)).toEqual([]);
  });
});

describe('the gentle nudge', () => {
  test('comes after N quiet days, never before a first note, and “not today” sets it aside', () => {
    const e = notesCore('2026-03-02T12:00:00-05:00');
    env = e;
    const { me, partner } = env.onboard('both');
    const nudges = () =>
      value<NoteNudge[]>(e.call('notes:nudges')).map((n) => [n.partner.name, n.recipient.name]);
    expect(nudges()).toEqual([]);
    send(env, me, 'Thank you for Sunday.');

    env.at('2026-03-04T12:00:00-05:00'); // two days on
    expect(nudges()).toEqual([]);
    expect(noteTrayInfo(env.core.context).nudge).toBe(false);

    env.at('2026-03-05T12:00:00-05:00'); // three days on
    expect(nudges()).toEqual([['Alex', 'Sam']]);
    expect(noteTrayInfo(env.core.context).nudge).toBe(true);

    value<NoteNudge[]>(env.call('notes:dismiss-nudge', { authorId: me }));
    expect(nudges()).toEqual([]);
    expect(noteTrayInfo(env.core.context).nudge).toBe(false);

    env.at('2026-03-06T09:00:00-05:00'); // a new day: offered again, gently
    expect(nudges()).toEqual([['Alex', 'Sam']]);
    expect(env.rows("SELECT * FROM changes WHERE entity LIKE 'note%'")).toHaveLength(1);

    // Sam has never written: no nudge for Sam.
    expect(view(env, partner).sent).toEqual([]);
  });

  test('follows the settings: later, or off', () => {
    env = notesCore('2026-03-02T12:00:00-05:00');
    const { me } = env.onboard('both');
    send(env, me, 'Hello.');
    env.at('2026-03-06T12:00:00-05:00');
    expect(value<NoteNudge[]>(env.call('notes:nudges'))).toHaveLength(1);
    expect(value<NoteSettings>(env.call('notes:settings-save', { nudgeAfterDays: 5 }))).toEqual({
      nudgeEnabled: true,
      nudgeAfterDays: 5,
      notifyOnArrival: true,
    });
    expect(value<NoteNudge[]>(env.call('notes:nudges'))).toEqual([]);
    env.at('2026-03-07T12:00:00-05:00');
    expect(value<NoteNudge[]>(env.call('notes:nudges'))).toHaveLength(1);
    env.call('notes:settings-save', { nudgeEnabled: false });
    expect(value<NoteNudge[]>(env.call('notes:nudges'))).toEqual([]);
    expect(value<NoteSettings>(env.call('notes:settings'))).toEqual({
      nudgeEnabled: false,
      nudgeAfterDays: 5,
      notifyOnArrival: true,
    });
  });

  test('settings outside 1–30 days are refused and change nothing', () => {
    env = notesCore();
    env.onboard('both');
    for (const nudgeAfterDays of [0, 31, 2.5]) {
      expect(env.call('notes:settings-save', { nudgeAfterDays })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(env.call('notes:settings-save', { nudgeAfterDays: 0 })).toMatchObject({
      error: { message: 'The nudge can come after 1 to 30 days.' },
    });
    expect(value<NoteSettings>(env.call('notes:settings'))).toEqual({
      nudgeEnabled: true,
      nudgeAfterDays: 3,
      notifyOnArrival: true,
    });
  });
});

describe('the tray', () => {
  test('counts unread notes for everyone on this computer, without names or words', () => {
    env = notesCore();
    expect(noteTrayInfo(env.core.context)).toEqual({ nudge: false, unread: 0 });
    const { me, partner } = env.onboard('both');
    const a = send(env, me, 'One');
    send(env, me, 'Two');
    send(env, partner, 'Three');
    expect(noteTrayInfo(env.core.context)).toEqual({ nudge: false, unread: 3 });
    env.call('notes:mark-read', { id: a.id, readerId: partner, read: true });
    expect(noteTrayInfo(env.core.context).unread).toBe(2);
    // Switching to "just me": only my inbox is on this computer.
    env.call('settings:save', { computerMode: 'just-me' });
    expect(noteTrayInfo(env.core.context).unread).toBe(1);
  });
});

test('screens hear about note changes, but not about every draft keystroke', () => {
  env = notesCore();
  const { me } = env.onboard('both');
  const events: unknown[] = [];
  env.core.subscribe((event, payload) => {
    if (event === 'changed') events.push(payload);
  });
  env.call('notes:draft-save', { authorId: me, text: 'Thank' });
  expect(events).toEqual([]);
  send(env, me, 'Thank you.');
  expect(events).toContainEqual({ topics: ['notes'] });
});
