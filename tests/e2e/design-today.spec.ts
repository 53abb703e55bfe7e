// Today as a desktop window: a check-in for either partner needs no scrolling at the default
// window size (980×720) and at 800×600, in the light and the dark theme, in both modes (both
// on one computer, one each), with the record summary in view, for a new couple and for one
// with years of history; what was kept leads, never a large zero.

import { expect, test } from './harness/nuzzle.ts';
import { seedHistory, type HistorySize } from './support/history-data.ts';
import type { Locator, Page } from '@playwright/test';

const SIZES = [
  { width: 980, height: 720 },
  { width: 800, height: 600 },
] as const;

async function inView(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'element is rendered').not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    for (const history of ['empty', 'week', 'year'] as HistorySize[]) {
      for (const mode of ['both', 'just-me'] as const) {
        test(`${theme}, ${String(size.width)}×${String(size.height)}, ${history}, ${mode}: check-in without scrolling`, async ({
          nuzzle,
          page,
        }) => {
          if (history === 'year') test.setTimeout(90_000);
          await page.emulateMedia({ colorScheme: theme });
          await page.setViewportSize(size);
          seedHistory(nuzzle, history, { mode });
          await nuzzle.open('today');
          const forms = mode === 'both' ? ['Alex’s check-in', 'Sam’s check-in'] : ['Your check-in'];
          for (const name of forms) {
            if (mode === 'both') {
              await page
                .getByRole('radio', { name: new RegExp(`^${name.split('’')[0] ?? ''}`) })
                .check();
            }
            const form = page.getByRole('form', { name });
            await inView(page, form.getByRole('button', { name: /Check in|Update check-in/ }));
            await inView(page, form.getByLabel('How settled I feel about us: 5 of 5, Settled'));
          }
          await inView(page, page.getByRole('heading', { name: 'Your pattern' }));
          await inView(page, page.getByTestId('glance-lead'));
          expect(await page.evaluate(() => document.documentElement.scrollTop)).toBe(0);
        });
      }
    }
  }
}

test('after a missed day the record leads with what was kept, not a zero', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(90_000);
  seedHistory(nuzzle, 'year');
  await nuzzle.open('today');
  const lead = page.getByTestId('glance-lead');
  await expect(lead).toContainText(/kept days in the last 30/);
  await expect(lead.locator('strong')).not.toHaveText('0');
  await expect(page.getByText('Kept days in a row')).toHaveCount(0);
});

test('a new couple sees how the pattern starts, with no numbers at all', async ({
  nuzzle,
  page,
}) => {
  seedHistory(nuzzle, 'empty');
  await nuzzle.open('today');
  await expect(page.getByTestId('glance-lead')).toHaveText(
    'A kept day is one you both check in. Your first one starts the pattern.',
  );
});

test('ten years of history still fits the check-in and the record in one window', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 800, height: 600 });
  seedHistory(nuzzle, 'ten-years');
  await nuzzle.open('today');
  const form = page.getByRole('form', { name: 'Alex’s check-in' });
  await inView(page, form.getByRole('button', { name: 'Check in' }));
  await expect(page.getByTestId('glance-lead')).toContainText('kept days in the last 30');
});

for (const size of SIZES) {
  for (const mode of ['both', 'just-me'] as const) {
    test(`${String(size.width)}×${String(size.height)}, ${mode}: after a check-in the confirmation and what comes next are in view`, async ({
      nuzzle,
      page,
    }) => {
      await page.setViewportSize(size);
      seedHistory(nuzzle, 'week', { mode });
      await nuzzle.open('today');
      const form = page.getByRole('form', {
        name: mode === 'both' ? 'Alex’s check-in' : 'Your check-in',
      });
      await form.getByLabel('Mood: 1 of 5, Low').focus();
      for (const key of ['4', '3', '5', 'Enter']) await page.keyboard.press(key);
      await expect(form.getByRole('status')).toHaveText(/^Checked in\./);
      await inView(page, form.getByRole('status'));
      if (mode === 'both') await inView(page, form.getByRole('button', { name: 'Now Sam’s turn' }));
      await inView(page, page.getByTestId('glance-lead'));
      expect(await page.evaluate(() => document.documentElement.scrollTop)).toBe(0);
    });
  }
}
