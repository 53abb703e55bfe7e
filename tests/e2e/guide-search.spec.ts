// A guide search stays: opening a guide from a result, a cross-link or the tray shows the
// guide (its results don't sit on top of it), and going back to the list finds the same words
// and the same results.

import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

test('the search text and results wait while guides are opened from a result, a link and the tray', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('guides');
  const box = page.getByLabel('Search the guides');
  const results = page.getByRole('region', { name: 'Search results' });
  await box.fill('trust');
  await expect(results.getByRole('listitem').first()).toBeVisible();
  const found = await results.getByRole('link').allTextContents();
  expect(found.length).toBeGreaterThan(1);

  // A result: its guide takes the screen; the words stay in the box.
  await results.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Guides');
  await expect(results).toHaveCount(0);
  await expect(box).toHaveValue('trust');

  // A cross-link inside the guide, then the tray opening another one.
  // A link from elsewhere in the app (the hash changes; the page is not reloaded).
  await page.evaluate(() => {
    window.location.hash = '#/guides?guide=saying-sorry';
  });
  await expect(page.getByRole('heading', { name: 'Saying sorry', level: 1 })).toBeVisible();
  await page
    .getByRole('article')
    .getByRole('link', { name: 'Rebuilding trust', exact: true })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Rebuilding trust', level: 1 })).toBeFocused();
  await expect(results).toHaveCount(0);
  nuzzle.core.context.emit('navigate', { route: 'guides?guide=after-a-fight' });
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).not.toHaveText('Rebuilding trust');
  await expect(title).toBeInViewport();
  await expect(results).toHaveCount(0);
  await expect(box).toHaveValue('trust');

  // Back to the list: the same search, the same results.
  await page.getByRole('link', { name: '← All guides' }).click();
  await expect(page.getByRole('heading', { name: 'Guides', level: 1 })).toBeVisible();
  await expect(box).toHaveValue('trust');
  await expect(results.getByRole('link')).toHaveText(found);

  // Searching from inside a guide shows results there, until one is chosen.
  nuzzle.core.context.emit('navigate', { route: 'guides?guide=monogamy' });
  await expect(results).toHaveCount(0);
  await box.fill('sorry');
  await expect(results).toBeVisible();
  await results.getByRole('link').first().click();
  await expect(results).toHaveCount(0);
  await expect(box).toHaveValue('sorry');
});
