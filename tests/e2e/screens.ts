// Every screen of the app, set up with realistic data, for the accessibility scan and the
// screenshots. Each entry opens one screen in a fresh harness.

import type { Page } from '@playwright/test';
import type { Settings } from '../../shared/domain.ts';
import type { Nuzzle } from './harness/nuzzle.ts';
import { seedHistory } from './support/history-data.ts';

export interface ScreenCase {
  name: string;
  open(nuzzle: Nuzzle, page: Page): Promise<void>;
}

/** A year together, as a real couple has it: check-ins with the odd quiet day, a commitment
 *  kept for two months, and notes both ways (so lists, pages and charts are full). */
function withRecord(nuzzle: Nuzzle): void {
  seedHistory(nuzzle, 'year', { withNotes: true });
}

/** A main-window screen with a year of history, ready once its heading shows. */
function withHistory(
  name: string,
  route: string,
  heading?: string,
  size?: { width: number; height: number },
): ScreenCase {
  return {
    name,
    open: async (nuzzle, page) => {
      withRecord(nuzzle);
      if (size) await page.setViewportSize(size);
      await nuzzle.open(route);
      const h = heading
        ? page.getByRole('heading', { name: heading, level: 1 })
        : page.getByRole('heading', { level: 1 }).first();
      await h.waitFor();
    },
  };
}

const SMALL_WINDOW = { width: 360, height: 440 };

/** The Questions screen with a few days both answered, today's revealed and reacted to. */
const questions: ScreenCase = {
  name: 'questions',
  open: async (nuzzle, page) => {
    withRecord(nuzzle);
    const [me, partner] = (nuzzle.call('settings:get') as Settings).partners;
    const start = Date.parse('2026-03-08T20:10:00-04:00');
    for (let d = 0; d < 3; d += 1) {
      nuzzle.setNow(start + d * 86_400_000);
      const localDate = `2026-03-${String(8 + d).padStart(2, '0')}`;
      nuzzle.call('questions:answer', {
        partnerId: me?.id ?? '',
        localDate,
        text: ANSWERS[d] ?? '',
      });
      nuzzle.call('questions:answer', {
        partnerId: partner?.id ?? '',
        localDate,
        text: ANSWERS[d + 1] ?? '',
      });
    }
    nuzzle.call('questions:react', {
      partnerId: partner?.id ?? '',
      localDate: '2026-03-10',
      heart: true,
      reply: 'Yes, let’s do that again',
    });
    await nuzzle.open('questions');
    await page.getByRole('heading', { name: 'Questions', level: 1 }).waitFor();
  },
};
const ANSWERS = [
  'The walk by the river last spring, when it started to rain and we just laughed.',
  'You made tea without asking on a long day. It felt like being looked after.',
  'A slow Sunday with nowhere to be.',
  'Cooking something new together, even if it goes wrong.',
];

export const SCREENS: readonly ScreenCase[] = [
  {
    name: 'onboarding',
    open: async (nuzzle, page) => {
      await nuzzle.open('today');
      await page.getByRole('heading', { name: 'Welcome to Nuzzle' }).waitFor();
    },
  },
  withHistory('today', 'today', 'Today'),
  withHistory('history', 'history', 'History'),
  withHistory('notes', 'notes', 'Notes'),
  withHistory('commitments', 'commitments', 'Commitments'),
  withHistory('guides', 'guides?guide=rebuilding-trust'),
  withHistory('apology', 'apology'),
  withHistory('settings', 'settings', 'Settings'),
  withHistory('quick', 'quick', undefined, SMALL_WINDOW),
  withHistory('note-window', 'note', undefined, SMALL_WINDOW),
  questions,
];
