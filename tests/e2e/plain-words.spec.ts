// When a call fails in a way Nuzzle didn't write words for (a broken bridge, a bug, a garbled
// answer), the screen says one plain sentence — never a programmer's English or a stack. The
// words Nuzzle did write, like the unlock screen's answer to a wrong passcode, show as written.

import type { Page } from '@playwright/test';
import { UNEXPECTED_ERROR } from '../../shared/call-failed.ts';
import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

const BUG = "Cannot read properties of undefined (reading 'id')";
const FAULTS = [
  { name: 'a thrown bug', fault: { throws: new TypeError(BUG) } },
  // A reply with no error in it: the renderer's own reading of it fails with a TypeError.
  { name: 'a garbled answer', fault: { answers: { ok: false } } },
] as const;

/** The one alert says exactly the plain sentence, with nothing technical in it. */
async function expectPlainWords(page: Page) {
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(UNEXPECTED_ERROR);
  await expect(alert).not.toContainText(/Error|undefined|reading|\.js|\.tsx?\b/);
}

for (const { name, fault } of FAULTS) {
  test(`check-in form: ${name} reads as one plain sentence and saves nothing`, async ({
    nuzzle,
    page,
  }) => {
    nuzzle.onboard({ mode: 'just-me' });
    await nuzzle.open('today');
    const form = page.getByRole('form', { name: 'Your check-in' });
    await form.getByLabel('Mood: 4 of 5, Good').check();
    await form.getByLabel('Closeness: 3 of 5, In between').check();
    await form.getByLabel('How settled I feel about us: 2 of 5, Uneasy').check();

    nuzzle.breakChannel('checkins:save', fault);
    await form.getByRole('button', { name: 'Check in' }).click();
    await expectPlainWords(page);
    // What was picked is still there to try again.
    await expect(form.getByLabel('Mood: 4 of 5, Good')).toBeChecked();
    expect(nuzzle.query('SELECT * FROM checkins')).toEqual([]);
  });

  test(`onboarding: ${name} reads as one plain sentence`, async ({ nuzzle, page }) => {
    await nuzzle.open();
    await expect(page.getByRole('heading', { name: 'Welcome to Nuzzle' })).toBeVisible();
    await page.getByLabel('Your name').fill('Alex');
    await page.getByLabel('Your partner’s name').fill('Sam');

    nuzzle.breakChannel('onboarding:complete', fault);
    await page.getByRole('button', { name: 'Start' }).click();
    await expectPlainWords(page);
    await expect(page.getByRole('heading', { name: 'Welcome to Nuzzle' })).toBeVisible();
    // Nothing was set up: the names are still blank.
    expect(nuzzle.query("SELECT name FROM partners WHERE name <> ''")).toEqual([]);
  });
}

test('unlock: a wrong passcode shows the core’s own words; a broken call, the plain sentence', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('today');
  await nuzzle.invokeFromPage('lock:set-passcode', {
    passcode: 'quiet harbour 27',
    understood: true,
  });
  nuzzle.call('lock:now');
  await expect(page.getByRole('heading', { name: 'Nuzzle is locked' })).toBeVisible();

  await page.getByLabel('Passcode').fill('not the one');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'That isn’t right. Take your time and try again.',
  );

  nuzzle.breakChannel('lock:unlock', { throws: new TypeError(BUG) });
  await page.getByLabel('Passcode').fill('quiet harbour 27');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expectPlainWords(page);
  await expect(page.getByRole('heading', { name: 'Nuzzle is locked' })).toBeVisible();
  await expect(page.getByLabel('Passcode')).toBeFocused();
});
