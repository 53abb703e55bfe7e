import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTE_NUDGE,
  characterCount,
  daysSinceLastNoteWritten,
  shouldNudge,
  validateNoteText,
  weeklyFlow,
  type NoteFacts,
} from '../../shared/notes.ts';
import { NOTE_PROMPTS } from '../../shared/note-prompts.ts';

const ANA = 'ana';
const BEN = 'ben';

/** A note written at a UTC wall-clock time (these tests run with TZ=UTC). */
function note(from: string, to: string, utc: string, extra: Partial<NoteFacts> = {}): NoteFacts {
  return {
    authorId: from,
    recipientId: to,
    createdAt: Date.parse(`${utc}Z`),
    timeZone: 'UTC',
    ...extra,
  };
}

describe('validateNoteText', () => {
  it('asks for a few words when empty or only whitespace', () => {
    for (const text of ['', ' ', '   \n\t  ']) {
      expect(validateNoteText(text)).toEqual({ ok: false, message: 'Write a few words first.' });
    }
  });

  it('trims surrounding whitespace and keeps the inside as written', () => {
    expect(validateNoteText('  \nThank you for\n\ntoday.  ')).toEqual({
      ok: true,
      value: 'Thank you for\n\ntoday.',
    });
  });

  it('accepts exactly 1,000 characters, even with spaces around them', () => {
    const text = 'a'.repeat(1000);
    expect(validateNoteText(`   ${text}   `)).toEqual({ ok: true, value: text });
  });

  it('explains the limit at 1,001 characters', () => {
    expect(validateNoteText('a'.repeat(1001))).toEqual({
      ok: false,
      message: 'Notes can be up to 1,000 characters — this one is 1,001.',
    });
  });

  it('counts each emoji once, including joined ones and flags', () => {
    expect(characterCount('💛')).toBe(1);
    expect(characterCount('👨‍👩‍👧‍👦')).toBe(1);
    expect(characterCount('🇳🇿')).toBe(1);
    expect(characterCount('café')).toBe(4);
    expect(validateNoteText('💛'.repeat(1000)).ok).toBe(true);
    expect(validateNoteText('👨‍👩‍👧‍👦'.repeat(1000)).ok).toBe(true);
    expect(validateNoteText('💛'.repeat(1001))).toEqual({
      ok: false,
      message: 'Notes can be up to 1,000 characters — this one is 1,001.',
    });
  });

  it('refuses text that hides an unbounded amount behind a few visible characters', () => {
    const result = validateNoteText(`a${'\u0301'.repeat(20_000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/longer than Nuzzle can keep/);
  });
});

describe('weeklyFlow', () => {
  // Thursday 13 March 2025; its week starts Monday the 10th.
  const today = '2025-03-13';

  it('returns 12 Monday-started weeks, oldest first, ending with this week', () => {
    const flow = weeklyFlow([], ANA, today);
    expect(flow).toHaveLength(12);
    expect(flow[0]?.weekStart).toBe('2024-12-23');
    expect(flow.at(-1)).toEqual({ weekStart: '2025-03-10', written: 0, received: 0 });
    expect(weeklyFlow([], ANA, today, 3).map((w) => w.weekStart)).toEqual([
      '2025-02-24',
      '2025-03-03',
      '2025-03-10',
    ]);
  });

  it('counts from the viewer’s side: what I wrote and what I received', () => {
    const notes = [
      note(ANA, BEN, '2025-03-10T08:00:00'),
      note(ANA, BEN, '2025-03-12T20:00:00'),
      note(BEN, ANA, '2025-03-11T07:00:00'),
      note(BEN, ANA, '2025-03-04T07:00:00'),
    ];
    expect(weeklyFlow(notes, ANA, today, 2)).toEqual([
      { weekStart: '2025-03-03', written: 0, received: 1 },
      { weekStart: '2025-03-10', written: 2, received: 1 },
    ]);
    expect(weeklyFlow(notes, BEN, today, 2)).toEqual([
      { weekStart: '2025-03-03', written: 1, received: 0 },
      { weekStart: '2025-03-10', written: 1, received: 2 },
    ]);
  });

  it('leaves out deleted notes', () => {
    const notes = [
      note(ANA, BEN, '2025-03-11T08:00:00', { deleted: true }),
      note(ANA, BEN, '2025-03-11T09:00:00', { deleted: false }),
    ];
    expect(weeklyFlow(notes, ANA, today, 1)).toEqual([
      { weekStart: '2025-03-10', written: 1, received: 0 },
    ]);
  });

  it('puts Sunday night in the week it ends and Monday morning in the next', () => {
    const notes = [
      note(ANA, BEN, '2025-03-09T23:59:59'),
      note(ANA, BEN, '2025-03-10T00:00:00'),
      note(ANA, BEN, '2025-03-03T00:00:00'),
    ];
    expect(weeklyFlow(notes, ANA, today, 2).map((w) => w.written)).toEqual([2, 1]);
  });

  it('ignores notes before the range and after today’s week', () => {
    const notes = [
      note(ANA, BEN, '2024-12-22T12:00:00'), // the Sunday before the oldest week
      note(ANA, BEN, '2024-12-23T12:00:00'), // the oldest week's Monday
      note(ANA, BEN, '2025-03-17T12:00:00'), // next week
    ];
    const flow = weeklyFlow(notes, ANA, today);
    expect(flow.reduce((sum, w) => sum + w.written, 0)).toBe(1);
    expect(flow[0]?.written).toBe(1);
  });

  it('does not count notes between other people', () => {
    expect(weeklyFlow([note(BEN, 'cal', '2025-03-11T08:00:00')], ANA, today, 1)).toEqual([
      { weekStart: '2025-03-10', written: 0, received: 0 },
    ]);
  });

  it('still counts a note whose stored zone this runtime doesn’t know', () => {
    const notes = [note(ANA, BEN, '2025-03-11T08:00:00', { timeZone: 'Mars/Olympus_Mons' })];
    expect(weeklyFlow(notes, ANA, today, 1)[0]?.written).toBe(1);
  });

  it('refuses a week count that is not a whole positive number', () => {
    expect(() => weeklyFlow([], ANA, today, 0)).toThrow(RangeError);
  });
});

describe('daysSinceLastNoteWritten', () => {
  it('is null before the first note', () => {
    expect(daysSinceLastNoteWritten([], ANA, '2025-03-13')).toBeNull();
    expect(
      daysSinceLastNoteWritten([note(BEN, ANA, '2025-03-12T08:00:00')], ANA, '2025-03-13'),
    ).toBeNull();
  });

  it('counts days since the author’s latest note, ignoring deleted ones', () => {
    const notes = [
      note(ANA, BEN, '2025-03-01T08:00:00'),
      note(ANA, BEN, '2025-03-08T21:00:00'),
      note(ANA, BEN, '2025-03-12T08:00:00', { deleted: true }),
      note(BEN, ANA, '2025-03-13T08:00:00'),
    ];
    expect(daysSinceLastNoteWritten(notes, ANA, '2025-03-13')).toBe(5);
  });

  it('is 0 on the day a note was written', () => {
    expect(
      daysSinceLastNoteWritten([note(ANA, BEN, '2025-03-13T00:01:00')], ANA, '2025-03-13'),
    ).toBe(0);
  });
});

describe('shouldNudge', () => {
  it('nudges after three quiet days by default', () => {
    expect(shouldNudge(2, DEFAULT_NOTE_NUDGE)).toBe(false);
    expect(shouldNudge(3, DEFAULT_NOTE_NUDGE)).toBe(true);
    expect(shouldNudge(10, DEFAULT_NOTE_NUDGE)).toBe(true);
  });

  it('never nudges when turned off', () => {
    expect(shouldNudge(30, { enabled: false, afterDays: 3 })).toBe(false);
  });

  it('follows a chosen number of days', () => {
    expect(shouldNudge(6, { enabled: true, afterDays: 7 })).toBe(false);
    expect(shouldNudge(7, { enabled: true, afterDays: 7 })).toBe(true);
  });

  it('does not nudge someone who has never written a note', () => {
    expect(shouldNudge(null, DEFAULT_NOTE_NUDGE)).toBe(false);
  });

  it('falls back to three days when the setting is nonsense, rather than nagging daily', () => {
    for (const afterDays of [0, -1, 1.5, Number.NaN]) {
      expect(shouldNudge(1, { enabled: true, afterDays })).toBe(false);
      expect(shouldNudge(3, { enabled: true, afterDays })).toBe(true);
    }
  });
});

describe('NOTE_PROMPTS', () => {
  it('offers at least 24 distinct starters', () => {
    expect(NOTE_PROMPTS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(NOTE_PROMPTS.map((p) => p.toLowerCase())).size).toBe(NOTE_PROMPTS.length);
  });

  it('are short, tidy and free of numbers, so nothing reads as a quota', () => {
    for (const prompt of NOTE_PROMPTS) {
      expect(prompt).toBe(prompt.trim());
      expect(validateNoteText(prompt).ok).toBe(true);
      expect(characterCount(prompt)).toBeLessThanOrEqual(100);
      expect(prompt).not.toMatch(/\d/);
    }
  });
});
