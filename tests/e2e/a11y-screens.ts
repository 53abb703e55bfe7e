// The screens the accessibility scan covers beyond tests/e2e/screens.ts (which the screenshots
// share): Today empty, for one partner and for both without history, the guide list, and the
// lock screen. Each entry opens one screen in a fresh harness.

import type { Page } from '@playwright/test';
import type { Nuzzle } from './harness/nuzzle.ts';
import { SCREENS, type ScreenCase } from './screens.ts';

async function todayHeading(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByTestId('glance-lead').waitFor();
}

const todayEmpty: ScreenCase = {
  name: 'today, a new couple on one computer',
  open: async (nuzzle, page) => {
    nuzzle.onboard({ mode: 'both' });
    await nuzzle.open('today');
    await todayHeading(page);
  },
};

const todayOnePartner: ScreenCase = {
  name: 'today, one partner, checked in',
  open: async (nuzzle, page) => {
    const settings = nuzzle.onboard({ mode: 'just-me' });
    const me = settings.partners.find((p) => p.role === 'me');
    nuzzle.call('checkins:save', {
      partnerId: me?.id ?? '',
      localDate: '2026-03-10',
      mood: 4,
      closeness: 3,
      settled: 4,
    });
    await nuzzle.open('today');
    await todayHeading(page);
  },
};

const guideList: ScreenCase = {
  name: 'guides list',
  open: async (nuzzle, page) => {
    nuzzle.onboard({ mode: 'both' });
    await nuzzle.open('guides');
    await page.getByRole('heading', { name: 'Guides', level: 1 }).waitFor();
  },
};

const lockScreen: ScreenCase = {
  name: 'lock screen',
  open: async (nuzzle: Nuzzle, page) => {
    nuzzle.onboard({ mode: 'both' });
    await nuzzle.open('today');
    await todayHeading(page);
    await nuzzle.invokeFromPage('lock:set-passcode', {
      passcode: 'quiet harbour 27',
      understood: true,
    });
    nuzzle.call('lock:now');
    await page.getByRole('heading', { name: 'Nuzzle is locked' }).waitFor();
  },
};

export const A11Y_SCREENS: readonly ScreenCase[] = [
  ...SCREENS,
  todayEmpty,
  todayOnePartner,
  guideList,
  lockScreen,
];
