// Runs under several process time zones. Through a real core: a note's week (and the nudge's
// day count) follows where its author was when writing, whatever the zone of the process or
// of the computer when the chart is drawn.

import { afterEach, describe, expect, test } from 'vitest';
import type { Note, NoteNudge, NotesView } from '../../../shared/notes.ts';
import { notesCore, value, type NotesCore } from './helpers.ts';

let env: NotesCore | undefined;
afterEach(() => env?.close());

/** Writes a note at a local wall-clock time in `zone` (the computer is moved there first). */
function writeAt(e: NotesCore, authorId: string, instant: string, zone: string): Note {
  e.clock.setTimeZone(zone);
  e.at(instant);
  return value<Note>(e.call('notes:send', { authorId, text: 'Thank you.' }));
}

describe('weekly flow through the core, across zones', () => {
  test('Sunday night in New York and Monday just after midnight in London', () => {
    const e = notesCore('2025-03-10T12:00:00-04:00');
    env = e;
    const { me, partner } = e.onboard('both');
    const monday = writeAt(e, partner, '2025-03-17T00:10:00+00:00', 'Europe/London');
    // Written later in absolute time, but still Sunday where it was written.
    const sunday = writeAt(e, me, '2025-03-16T23:30:00-04:00', 'America/New_York');
    expect(sunday.createdAt).toBeGreaterThan(monday.createdAt);
    expect([sunday.writtenOn, monday.writtenOn]).toEqual(['2025-03-16', '2025-03-17']);

    // Drawn days later from Kolkata.
    e.clock.setTimeZone('Asia/Kolkata');
    e.at('2025-03-19T10:00:00+05:30');
    const alex = value<NotesView>(e.call('notes:view'));
    expect(alex.flow).toHaveLength(12);
    expect(alex.flow.slice(-2)).toEqual([
      { weekStart: '2025-03-10', written: 1, received: 0 },
      { weekStart: '2025-03-17', written: 0, received: 1 },
    ]);
    const sam = value<NotesView>(e.call('notes:view', { readerId: partner }));
    expect(sam.flow.slice(-2)).toEqual([
      { weekStart: '2025-03-10', written: 0, received: 1 },
      { weekStart: '2025-03-17', written: 1, received: 0 },
    ]);
  });

  test('the oldest week keeps a note from a zone far ahead of UTC; the week before does not count', () => {
    const e = notesCore('2024-12-20T12:00:00+00:00', 'UTC');
    env = e;
    const { me } = e.onboard('both');
    // Monday 30 December 00:15 on Lord Howe is still Sunday 29 December in UTC.
    writeAt(e, me, '2024-12-30T00:15:00+11:00', 'Australia/Lord_Howe');
    // Sunday 29 December 23:45 in Kolkata belongs to the week before the chart.
    writeAt(e, me, '2024-12-29T23:45:00+05:30', 'Asia/Kolkata');
    e.clock.setTimeZone('America/New_York');
    e.at('2025-03-19T12:00:00-04:00');
    const flow = value<NotesView>(e.call('notes:view')).flow;
    expect(flow[0]).toEqual({ weekStart: '2024-12-30', written: 1, received: 0 });
    expect(flow.reduce((sum, w) => sum + w.written, 0)).toBe(1);
  });

  test('deleted notes leave the chart', () => {
    const e = notesCore('2025-03-18T12:00:00-04:00');
    env = e;
    const { me } = e.onboard('both');
    const note = writeAt(e, me, '2025-03-18T12:00:00-04:00', 'America/New_York');
    writeAt(e, me, '2025-03-18T13:00:00-04:00', 'America/New_York');
    e.call('notes:delete', { id: note.id, authorId: me });
    expect(value<NotesView>(e.call('notes:view')).flow.at(-1)?.written).toBe(1);
  });
});

describe('the nudge counts days where the note was written', () => {
  test('a late note in New York counts from its own Monday, seen from Kolkata', () => {
    const e = notesCore('2025-03-17T22:00:00-04:00');
    env = e;
    const { me } = e.onboard('both');
    // Monday 22:00 in New York is already Tuesday in UTC and in Kolkata.
    writeAt(e, me, '2025-03-17T22:00:00-04:00', 'America/New_York');
    e.clock.setTimeZone('Asia/Kolkata');
    e.at('2025-03-20T09:00:00+05:30'); // Thursday: three days after Monday
    expect(value<NoteNudge[]>(e.call('notes:nudges')).map((n) => n.partner.id)).toEqual([me]);
    e.at('2025-03-19T23:00:00+05:30'); // Wednesday: only two
    expect(value<NoteNudge[]>(e.call('notes:nudges'))).toEqual([]);
  });
});
