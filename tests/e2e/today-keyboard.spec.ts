// Today from the keyboard: digits pick a scale and move on to the next one (as the quick
// window does), a save keeps its confirmation on screen and puts focus somewhere useful (never
// the page body), and after onboarding the check-in is at most two Tabs away.

import type { Page } from '@playwright/test';
import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

/** The tag of what has focus ("body" when focus dropped to the page). */
function focusedTag(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? 'body');
}

test('digits set each scale and move on; Enter checks in; the confirmation stays and has focus', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('today');
  const form = page.getByRole('form', { name: 'Your check-in' });
  await expect(form.getByLabel('Mood: 1 of 5, Low')).toBeFocused();

  await page.keyboard.press('4');
  await expect(form.getByLabel('Mood: 4 of 5, Good')).toBeChecked();
  await expect(form.getByLabel('Closeness: 1 of 5, Distant')).toBeFocused();
  await page.keyboard.press('2');
  await expect(form.getByLabel('Closeness: 2 of 5', { exact: false })).toBeChecked();
  // The next digit sets the next scale, not the same one again.
  await expect(form.getByLabel('Mood: 4 of 5, Good')).toBeChecked();
  await expect(form.getByLabel('How settled I feel about us: 1 of 5, On guard')).toBeFocused();
  await page.keyboard.press('5');
  await expect(form.getByLabel('How settled I feel about us: 5 of 5, Settled')).toBeChecked();
  await expect(form.getByRole('button', { name: 'Check in' })).toBeFocused();

  await page.keyboard.press('Enter');
  const confirmation = form.getByRole('status');
  await expect(confirmation).toHaveText('Checked in. Thank you for showing up today.');
  await expect(confirmation).toBeFocused();
  // The view re-reads after the save; the form is not rebuilt, so nothing vanishes.
  await expect(page.getByTestId('status-me')).toContainText('checked in');
  await expect(form.getByRole('button', { name: 'Update check-in' })).toBeVisible();
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toBeInViewport();
  expect(await focusedTag(page)).not.toBe('body');
  expect(nuzzle.query('SELECT mood, closeness, settled FROM checkins')).toEqual([
    { mood: 4, closeness: 2, settled: 5 },
  ]);

  // Changing a scale afterwards clears the old confirmation; digits still move on.
  await form.getByLabel('Mood: 4 of 5, Good').focus();
  await page.keyboard.press('3');
  await expect(form.getByLabel('Closeness: 2 of 5', { exact: false })).toBeFocused();
});

test('on a shared computer: a save moves focus to the other partner’s turn, then into their form', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('today');
  const alex = page.getByRole('form', { name: 'Alex’s check-in' });
  await expect(alex.getByLabel('Mood: 1 of 5, Low')).toBeFocused();
  for (const key of ['3', '4', '4', 'Enter']) await page.keyboard.press(key);
  await expect(alex.getByRole('status')).toHaveText('Checked in. Thank you for showing up today.');
  const turn = alex.getByRole('button', { name: 'Now Sam’s turn' });
  await expect(turn).toBeFocused();
  await expect(page.getByTestId('status-me')).toContainText('checked in');
  await expect(alex.getByRole('status')).toBeVisible();
  expect(await focusedTag(page)).not.toBe('body');

  await page.keyboard.press('Enter');
  const sam = page.getByRole('form', { name: 'Sam’s check-in' });
  await expect(sam.getByLabel('Mood: 1 of 5, Low')).toBeFocused();
  for (const key of ['5', '4', '3', 'Enter']) await page.keyboard.press(key);
  await expect(sam.getByRole('status')).toHaveText('Checked in. Thank you for showing up today.');
  await expect(sam.getByRole('status')).toBeFocused();
  await expect(page.getByText('Today is a kept day — you both showed up.')).toBeVisible();
  await expect(sam.getByRole('status')).toBeVisible();
  expect(nuzzle.query('SELECT mood, closeness, settled FROM checkins ORDER BY mood')).toEqual([
    { mood: 3, closeness: 4, settled: 4 },
    { mood: 5, closeness: 4, settled: 3 },
  ]);
});

for (const mode of ['just-me', 'both'] as const) {
  test(`${mode}: after onboarding the first scale is at most two Tabs away`, async ({
    nuzzle,
    page,
  }) => {
    await nuzzle.open();
    await page.getByLabel('Your name').fill('Alex');
    await page.getByLabel('Your partner’s name').fill('Sam');
    if (mode === 'both') await page.getByLabel('Both of us, on this computer').check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    const first = page
      .getByRole('form', { name: mode === 'both' ? 'Alex’s check-in' : 'Your check-in' })
      .getByLabel('Mood: 1 of 5, Low');
    await expect(first).toBeVisible();
    let tabs = 0;
    while (!(await first.evaluate((el) => el === document.activeElement)) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(tabs).toBeLessThanOrEqual(2);
    await expect(first).toBeFocused();
  });
}
