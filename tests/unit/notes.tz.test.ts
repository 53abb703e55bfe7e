// Runs under several process time zones: a note's week is decided by where its author was
// when writing it, never by the zone of the machine that later draws the chart.
import { describe, expect, it } from 'vitest';
import { daysSinceLastNoteWritten, weeklyFlow, type NoteFacts } from '../../shared/notes.ts';
import { instantAt } from '../../shared/local-day.ts';

const ANA = 'ana';
const BEN = 'ben';

function writtenAt(
  from: string,
  to: string,
  date: string,
  time: string,
  timeZone: string,
): NoteFacts {
  return { authorId: from, recipientId: to, createdAt: instantAt(date, time, timeZone), timeZone };
}

describe('weekly flow across zones', () => {
  // Sunday 16 March ends the week of Monday the 10th; Monday the 17th starts the next.
  const today = '2025-03-19';

  it('keeps Sunday 23:30 in New York in that week and Monday 00:10 in London in the next', () => {
    const sundayNight = writtenAt(ANA, BEN, '2025-03-16', '23:30', 'America/New_York');
    const mondayJustAfter = writtenAt(BEN, ANA, '2025-03-17', '00:10', 'Europe/London');
    // The New York note was written *after* the London one, in absolute time.
    expect(sundayNight.createdAt).toBeGreaterThan(mondayJustAfter.createdAt);
    expect(weeklyFlow([sundayNight, mondayJustAfter], ANA, today, 2)).toEqual([
      { weekStart: '2025-03-10', written: 1, received: 0 },
      { weekStart: '2025-03-17', written: 0, received: 1 },
    ]);
    expect(weeklyFlow([sundayNight, mondayJustAfter], BEN, today, 2)).toEqual([
      { weekStart: '2025-03-10', written: 0, received: 1 },
      { weekStart: '2025-03-17', written: 1, received: 0 },
    ]);
  });

  it('places notes from zones ahead of UTC on their own local Monday', () => {
    const notes = [
      // Monday 00:15 on Lord Howe is Sunday 13:15 UTC.
      writtenAt(ANA, BEN, '2025-03-17', '00:15', 'Australia/Lord_Howe'),
      // Monday 01:00 in Kolkata is Sunday 19:30 UTC.
      writtenAt(ANA, BEN, '2025-03-17', '01:00', 'Asia/Kolkata'),
      // Sunday 23:45 in Kolkata stays in the earlier week.
      writtenAt(ANA, BEN, '2025-03-16', '23:45', 'Asia/Kolkata'),
    ];
    expect(weeklyFlow(notes, ANA, today, 2).map((w) => w.written)).toEqual([1, 2]);
  });

  it('keeps week boundaries right around daylight-saving changes', () => {
    // New York springs forward on Sunday 9 March; London on Sunday 30 March.
    const notes = [
      writtenAt(ANA, BEN, '2025-03-09', '23:59', 'America/New_York'),
      writtenAt(ANA, BEN, '2025-03-10', '00:00', 'America/New_York'),
      writtenAt(ANA, BEN, '2025-03-30', '23:59', 'Europe/London'),
      writtenAt(ANA, BEN, '2025-03-31', '00:00', 'Europe/London'),
    ];
    expect(weeklyFlow(notes, ANA, '2025-04-02', 5)).toEqual([
      { weekStart: '2025-03-03', written: 1, received: 0 },
      { weekStart: '2025-03-10', written: 1, received: 0 },
      { weekStart: '2025-03-17', written: 0, received: 0 },
      { weekStart: '2025-03-24', written: 1, received: 0 },
      { weekStart: '2025-03-31', written: 1, received: 0 },
    ]);
  });
});

describe('days since the last note across zones', () => {
  it('uses the local date where the note was written', () => {
    // Written late Monday evening in New York, which is already Tuesday in UTC.
    const monday = writtenAt(ANA, BEN, '2025-03-17', '22:00', 'America/New_York');
    expect(daysSinceLastNoteWritten([monday], ANA, '2025-03-20')).toBe(3);
  });

  it('picks the latest local day, not the latest instant', () => {
    // Tuesday 04:00 in Kolkata is Monday 22:30 UTC; Monday 20:00 in New York, written
    // later in absolute time, is Tuesday 00:00 UTC. The Kolkata note is the latest day.
    const kolkata = writtenAt(ANA, BEN, '2025-03-18', '04:00', 'Asia/Kolkata');
    const newYork = writtenAt(ANA, BEN, '2025-03-17', '20:00', 'America/New_York');
    expect(newYork.createdAt).toBeGreaterThan(kolkata.createdAt);
    const notes = [kolkata, newYork];
    expect(daysSinceLastNoteWritten(notes, ANA, '2025-03-20')).toBe(2);
  });

  it('never goes negative when the note’s zone is a day ahead', () => {
    const ahead = writtenAt(ANA, BEN, '2025-03-21', '00:30', 'Australia/Lord_Howe');
    expect(daysSinceLastNoteWritten([ahead], ANA, '2025-03-20')).toBe(0);
  });
});
