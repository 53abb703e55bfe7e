// The passcode lock as a person meets it: set a passcode in Settings (agreeing to the plain
// words first), see the recovery key once, lock, unlock by pasting the passcode, then forget
// it and come back in with the recovery key. The unlock screen is axe-clean in both themes.

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/nuzzle.ts';
import { paste } from './support/paste.ts';

const PASSCODE = 'quiet harbour 27';

async function setPasscode(page: Page): Promise<string> {
  const card = page.locator('#privacy-lock');
  await card.getByLabel('New passcode').fill(PASSCODE);
  await card.getByLabel('The same passcode again').fill(PASSCODE);
  await card.getByRole('button', { name: 'Set passcode' }).click();
  await expect(card.getByRole('alert')).toContainText('read what it says');
  await card.getByLabel(/nobody — including us — can read this/).check();
  await card.getByRole('button', { name: 'Set passcode' }).click();
  const key = (await card.getByTestId('recovery-key').textContent()) ?? '';
  expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await card.getByRole('button', { name: 'I’ve saved it' }).click();
  await expect(card.getByTestId('recovery-key')).toHaveCount(0); // shown once only
  return key;
}

test('set a passcode, lock, unlock with paste, then with the recovery key', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard();
  await nuzzle.open('settings');
  await expect(page.locator('#privacy-lock')).toContainText('no keychain Nuzzle can use');
  const recoveryKey = await setPasscode(page);

  await page.locator('#privacy-lock').getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Nuzzle is locked' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Sam');
  await expect(page.getByLabel('Passcode')).toHaveAttribute('autocomplete', 'current-password');

  await page.getByLabel('Passcode').fill('not the one');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText(/isn’t right|wait/);

  await page.getByLabel('Passcode').fill('');
  // The slow-down after a wrong try: wait it out on the harness clock, then paste.
  nuzzle.clock.advance(60_000);
  await paste(page, '#unlock-passcode', PASSCODE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // Forgotten: lock again and come in with the recovery key.
  nuzzle.call('lock:now');
  await expect(page.getByRole('heading', { name: 'Nuzzle is locked' })).toBeVisible();
  await page.getByRole('button', { name: /Use your recovery key/ }).click();
  await paste(page, '#unlock-recovery', recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new passcode' })).toBeVisible();
  await page.getByLabel('New passcode').fill('new tide 2026');
  await page.getByRole('button', { name: 'Save new passcode' }).click();
  await expect(page.locator('#privacy-lock')).toContainText('Your passcode is changed');
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    test('the unlock screen has no accessibility violations', async ({ nuzzle, page }) => {
      nuzzle.onboard();
      await nuzzle.open('settings');
      await setPasscode(page);
      nuzzle.call('lock:now');
      await expect(page.getByRole('heading', { name: 'Nuzzle is locked' })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  });
}
