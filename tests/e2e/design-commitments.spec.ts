// Commitments as a desktop window: the commitments you already have come first, with today's
// "Kept today?" in view without scrolling at the default size and at 800×600; a new one
// waits behind "New commitment…" (open straight away when you have none).

import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/nuzzle.ts';
import { seedHistory } from './support/history-data.ts';

async function inView(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'element is rendered').not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

for (const size of [
  { width: 980, height: 720 },
  { width: 800, height: 600 },
] as const) {
  for (const mode of ['both', 'just-me'] as const) {
    test(`${String(size.width)}×${String(size.height)}, ${mode}: "Kept today?" above the fold, the form behind a button`, async ({
      nuzzle,
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(size);
      seedHistory(nuzzle, 'year', { mode });
      await nuzzle.open('commitments');
      const card = page.getByRole('article', { name: 'I’ll text if I’m running late' });
      const kept = card.getByRole('group', { name: 'Kept today?' });
      await inView(page, kept);
      for (const answer of ['Kept', 'Not kept', 'Didn’t come up']) {
        await inView(page, kept.getByRole('button', { name: answer, exact: true }));
      }
      expect(await page.evaluate(() => document.documentElement.scrollTop)).toBe(0);
      // No empty form before (or after) the commitments until it is asked for.
      await expect(page.getByLabel('What will you do?')).toHaveCount(0);
      const open = page.getByRole('button', { name: 'New commitment…' });
      const [cardBox, openBox] = await Promise.all([card.boundingBox(), open.boundingBox()]);
      expect(openBox?.y ?? 0).toBeGreaterThan(cardBox?.y ?? Infinity);
      await open.click();
      await expect(page.getByLabel('What will you do?')).toBeFocused();
    });
  }
}

test('marking today from the card: the answer shows as chosen and the record moves', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 800, height: 600 });
  seedHistory(nuzzle, 'year');
  await nuzzle.open('commitments');
  const card = page.getByRole('article', { name: 'I’ll text if I’m running late' });
  const before = await card.getByTestId('rate-7').textContent();
  await card.getByRole('button', { name: 'Kept', exact: true }).click();
  await expect(card.getByRole('button', { name: /Kept/, pressed: true })).toBeVisible();
  await expect(card.getByTestId('rate-7')).not.toHaveText(before ?? '');
});

test('with no commitments yet, the form is open and ready', async ({ nuzzle, page }) => {
  seedHistory(nuzzle, 'empty');
  await nuzzle.open('commitments');
  await expect(page.getByLabel('What will you do?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New commitment…' })).toHaveCount(0);
});
