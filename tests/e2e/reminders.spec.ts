// The daily reminder as the user sees it, with an injected clock.

import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T19:30:00-04:00', zone: 'America/New_York' });

test('after the reminder time with no check-in the app shows "due"; checking in clears it', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('today');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByTestId('reminder-due')).toHaveCount(0);

  nuzzle.setNow('2026-03-10T20:01:00-04:00');
  await expect(page.getByRole('heading', { name: 'It’s check-in time' })).toBeVisible();
  // One generic notification: no names, no content.
  await expect
    .poll(() => nuzzle.notifications)
    .toEqual(['Nuzzle: Time for your Nuzzle check-in. Today’s question is waiting']);

  const form = page.getByRole('form', { name: 'Your check-in' });
  await form.getByLabel('Mood: 4 of 5, Good').check();
  await form.getByLabel('Closeness: 4 of 5, Close').check();
  await form.getByLabel('How settled I feel about us: 3 of 5, Unsure').check();
  await form.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByTestId('reminder-due')).toHaveCount(0);
  expect(nuzzle.call('reminders:status')).toMatchObject({ due: false });
});

test('"Remind me in 1 hour" and "Skip today" from the card and the tray', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  nuzzle.setNow('2026-03-10T20:10:00-04:00');
  await nuzzle.open('today');
  await page.getByRole('button', { name: 'Remind me in 1 hour' }).click();
  await expect(page.getByTestId('reminder-snoozed')).toContainText('I’ll remind you again at');

  expect(nuzzle.trayAction({ kind: 'skip-today' })).toEqual({ show: 'nothing' });
  await expect(page.getByTestId('reminder-snoozed')).toHaveCount(0);
  await expect(page.getByTestId('reminder-due')).toHaveCount(0);

  // Tomorrow's reminder still comes.
  nuzzle.setNow('2026-03-11T20:00:30-04:00');
  await expect(page.getByTestId('reminder-due')).toBeVisible();
});

test('pausing reminders until a date, and resuming', async ({ nuzzle, page }) => {
  nuzzle.onboard({ mode: 'just-me' });
  nuzzle.setNow('2026-03-10T20:10:00-04:00');
  await nuzzle.open('settings');
  await page.getByLabel('Quiet until').fill('2026-03-12');
  await page.getByRole('button', { name: 'Pause reminders' }).click();
  await expect(
    page.getByText('Reminders are quiet until 12 Mar 2026, and come back the day after.'),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByTestId('reminder-due')).toHaveCount(0);

  nuzzle.setNow('2026-03-13T20:05:00-04:00');
  await expect(page.getByTestId('reminder-due')).toBeVisible();

  await nuzzle.open('settings');
  expect(await nuzzle.invokeFromPage('reminders:pause', { until: '2026-03-01' })).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'Pick today or a later day to pause until.' },
  });
});
