// Realistic histories for layout tests and screenshots: none, a week, a year and ten years of
// check-ins (with the odd gap, as real couples have), plus notes and commitments to match.
// Everything goes through the real core, with the clock moved day by day.

import type { Settings } from '../../../shared/domain.ts';
import type { Nuzzle } from '../harness/nuzzle.ts';

export type HistorySize = 'empty' | 'week' | 'year' | 'ten-years';

export const HISTORY_DAYS: Record<HistorySize, number> = {
  empty: 0,
  week: 7,
  year: 365,
  'ten-years': 3650,
};

const DAY = 86_400_000;
/** Evening of the default test day (2026-03-10, America/New_York), minus whole days. */
const TODAY_EVENING = Date.parse('2026-03-10T20:05:00-04:00');

const NOTE_TEXTS = [
  'Thank you for making tea when I got home late.',
  'I loved how you listened on the walk today.',
  'You made the morning easy. Thank you.',
  'It meant a lot that you texted when you were running late.',
  'I noticed you cleared the table without being asked.',
];

function localDate(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(instant);
}

/** Onboards (both partners on this computer unless told) and fills `size` days before today. */
export function seedHistory(
  nuzzle: Nuzzle,
  size: HistorySize,
  options: { mode?: 'both' | 'just-me'; withNotes?: boolean; zone?: string } = {},
): Settings {
  const zone = options.zone ?? 'America/New_York';
  const settings = nuzzle.onboard({ mode: options.mode ?? 'both' });
  const days = HISTORY_DAYS[size];
  const [me, partner] = settings.partners;
  let commitmentId: string | null = null;
  if (days > 0 && me && partner) {
    nuzzle.clock.set(TODAY_EVENING - (days + 1) * DAY);
    const created = nuzzle.call('commitments:create', {
      actorId: me.id,
      text: 'I’ll text if I’m running late',
      schedule: { kind: 'daily' },
      startDate: localDate(TODAY_EVENING - (days + 1) * DAY, zone),
      reviewDate: null,
    }) as { id: string };
    commitmentId = created.id;
  }
  // One transaction for the whole history: the same writes, without a disk sync per day.
  nuzzle.quietly(() => {
    for (let d = days; d >= 1; d -= 1) {
      const instant = TODAY_EVENING - d * DAY;
      nuzzle.clock.set(instant);
      const date = localDate(instant, zone);
      settings.partners.forEach((p, i) => {
        // In "just me" mode the partner's check-ins would arrive by sync; only mine are made here.
        if (!p.onThisComputer) return;
        // A quiet day now and then: one of you on some days, neither on a few.
        if ((d * 7 + i * 3) % 11 === 0 || d % 29 === 0) return;
        nuzzle.call('checkins:save', {
          partnerId: p.id,
          localDate: date,
          mood: 2 + ((d + i) % 4),
          closeness: 3 + ((d >> 2) % 3),
          // Each of you settles at your own pace: the second partner a few weeks behind.
          settled: Math.min(
            5,
            Math.max(1, 1 + Math.floor((days - d - i * (days / 12)) / Math.max(7, days / 4))),
          ),
          note: '',
          shared: '',
        });
      });
      if (commitmentId && me && d <= 60 && d % 5 !== 0) {
        nuzzle.call('commitments:mark', {
          actorId: me.id,
          commitmentId,
          localDate: date,
          value: d % 9 === 0 ? 'not-applicable' : 'kept',
        });
      }
      if (options.withNotes && me && partner && d % 3 === 0 && d <= 400) {
        const [author, reader] = d % 2 === 0 ? [me, partner] : [partner, me];
        const note = nuzzle.call('notes:send', {
          authorId: author.id,
          text: NOTE_TEXTS[d % NOTE_TEXTS.length] ?? 'Thank you.',
        }) as { id: string };
        // Read long ago, as notes are: only the last fortnight's are still new.
        if (d > 14 && reader.onThisComputer) {
          nuzzle.call('notes:mark-read', { id: note.id, readerId: reader.id, read: true });
        }
      }
    }
  });
  nuzzle.setNow(TODAY_EVENING);
  return settings;
}
