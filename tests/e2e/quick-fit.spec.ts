// The quick window at its real content size (the shell opens it at QUICK_WINDOW_SIZE and then
// follows the page's preferred size): in both modes everything needed to check in, Save and
// the confirmation are on screen without scrolling, and "Saved" stays long enough to read.

import type { Page } from '@playwright/test';
import { test, expect } from './harness/nuzzle.ts';
import { QUICK_WINDOW_SIZE } from '../../main/shell/decisions/window-options.ts';

const closedCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { __nuzzleClosed: number }).__nuzzleClosed);

/** What the page needs (Chromium's preferred size) vs the window's content area. */
const fit = (page: Page) =>
  page.evaluate(() => ({
    needs: Math.ceil(document.body.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > window.innerHeight,
  }));

for (const mode of ['just-me', 'both'] as const) {
  test(`${mode}: the quick window needs no scrolling, before and after Save`, async ({
    nuzzle,
    page,
  }) => {
    await page.setViewportSize(QUICK_WINDOW_SIZE);
    nuzzle.onboard({ mode });
    await nuzzle.open('quick');
    const save = page.getByRole('button', { name: 'Save' });
    await expect(save).toBeInViewport({ ratio: 1 });
    for (const scale of ['Mood', 'Closeness', 'How settled I feel about us']) {
      await expect(page.getByLabel(`${scale}: 5 of 5`, { exact: false })).toBeInViewport();
    }
    await expect(page.getByLabel('Mood: 1 of 5, Low')).toBeFocused();
    await page.keyboard.press('4');
    await page.keyboard.press('3');
    await page.keyboard.press('5');
    await page.keyboard.press('Enter');
    const confirmation = page.getByRole('status').filter({ hasText: 'Saved' });
    await expect(confirmation).toBeInViewport({ ratio: 1 });
    const after = await fit(page);
    expect(after.scrolls).toBe(false);
    expect(after.needs).toBeLessThanOrEqual(QUICK_WINDOW_SIZE.height);
  });
}

test('"Saved" stays about two seconds, then the window closes by itself', async ({
  nuzzle,
  page,
}) => {
  await page.setViewportSize(QUICK_WINDOW_SIZE);
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('quick');
  await expect(page.getByLabel('Mood: 1 of 5, Low')).toBeFocused();
  for (const key of ['3', '3', '3', 'Enter']) await page.keyboard.press(key);
  const confirmation = page.getByRole('status').filter({ hasText: 'Saved' });
  await expect(confirmation).toBeVisible();
  await page.waitForTimeout(1200);
  await expect(confirmation).toBeVisible();
  expect(await closedCount(page)).toBe(0);
  await expect.poll(() => closedCount(page), { timeout: 3000 }).toBe(1);
});

test('moving on after Save keeps the window open for the change', async ({ nuzzle, page }) => {
  await page.setViewportSize(QUICK_WINDOW_SIZE);
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('quick');
  await expect(page.getByLabel('Mood: 1 of 5, Low')).toBeFocused();
  for (const key of ['3', '3', '3', 'Enter']) await page.keyboard.press(key);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  // Sam's turn on the shared computer: picking Sam is moving on.
  await page.getByText('Sam', { exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  await page.waitForTimeout(2500);
  expect(await closedCount(page)).toBe(0);
  await expect(page.getByRole('heading', { name: 'Check in, Sam' })).toBeVisible();
  // Sam starts from nothing, not from Alex's picks.
  await expect(page.getByRole('radio', { checked: true, name: /Mood/ })).toHaveCount(0);
});
