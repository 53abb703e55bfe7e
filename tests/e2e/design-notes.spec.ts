// Notes as a desktop window: a year of notes is a page of ten per list, not a 15,000 px
// scroll; what was written comes first, and a new note waits behind "Write a note" (open at
// once for a new couple, for a waiting draft, or from the Today nudge).

import { expect, test } from './harness/nuzzle.ts';
import { seedHistory } from './support/history-data.ts';

for (const size of [
  { width: 980, height: 720 },
  { width: 800, height: 600 },
] as const) {
  test(`${String(size.width)}×${String(size.height)}, a year of notes: one page per list, notes first`, async ({
    nuzzle,
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    seedHistory(nuzzle, 'year', { withNotes: true });
    await nuzzle.open('notes');
    const inbox = page.getByRole('list', { name: 'Notes for Alex' });
    const sent = page.getByRole('list', { name: 'Notes you wrote' });
    await expect(inbox.getByRole('listitem')).toHaveCount(10);
    await expect(sent.getByRole('listitem')).toHaveCount(10);
    // Existing notes first: no composer until asked for, the button at the top of the window.
    await expect(page.getByLabel('Your note to Sam')).toHaveCount(0);
    const write = page.getByRole('button', { name: 'Write a note' });
    const box = await write.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height);
    const first = await inbox.getByRole('listitem').first().boundingBox();
    expect(first?.y ?? Infinity).toBeLessThan(size.height);
    // A bounded page: a year of notes (over a hundred) is a few screens, not fifteen thousand px.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3200);
    const scrollWidth = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(scrollWidth).toBeLessThanOrEqual(0);
  });
}

test('older notes a page at a time, saying where you are; focus goes to the list', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(90_000);
  seedHistory(nuzzle, 'year', { withNotes: true });
  await nuzzle.open('notes');
  const pages = page.getByRole('navigation', { name: 'Notes for Alex: pages' });
  const inbox = page.getByRole('list', { name: 'Notes for Alex' });
  await expect(pages).toContainText('1–10 of 61');
  await expect(pages.getByRole('button', { name: 'Newer' })).toBeDisabled();
  const newest = await inbox.getByRole('heading').first().textContent();
  await pages.getByRole('button', { name: 'Older' }).click();
  await expect(pages).toContainText('11–20 of 61');
  await expect(inbox.getByRole('listitem')).toHaveCount(10);
  await expect(inbox.getByRole('heading').first()).not.toHaveText(newest ?? '');
  await expect(page.getByRole('heading', { name: 'Notes for Alex', level: 2 })).toBeFocused();
  // The last page has the one left over, and no further "Older".
  for (let i = 0; i < 5; i += 1) await pages.getByRole('button', { name: 'Older' }).click();
  await expect(pages).toContainText('61–61 of 61');
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await expect(pages.getByRole('button', { name: 'Older' })).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'Notes for Alex', level: 2 })).toBeFocused();
  // The sent list pages on its own.
  const sentPages = page.getByRole('navigation', { name: 'Notes you wrote: pages' });
  await expect(sentPages).toContainText('1–10 of 60');
  await pages.getByRole('button', { name: 'Newer' }).click();
  await expect(pages).toContainText('51–60 of 61');
});

test('"Write a note" opens the composer with the focus in it; Close keeps the draft', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(90_000);
  seedHistory(nuzzle, 'year', { withNotes: true });
  await nuzzle.open('notes');
  await page.getByRole('button', { name: 'Write a note' }).click();
  const text = page.getByLabel('Your note to Sam');
  await expect(text).toBeFocused();
  await text.fill('Thank you for the soup');
  await page.getByRole('button', { name: 'Close the note' }).click();
  await expect(text).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Write a note' })).toBeFocused();
  // Coming back later: the waiting draft opens the composer by itself.
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Notes' }).click();
  await expect(page.getByLabel('Your note to Sam')).toHaveValue('Thank you for the soup');
});

test('a new couple sees the composer straight away', async ({ nuzzle, page }) => {
  seedHistory(nuzzle, 'empty');
  await nuzzle.open('notes');
  await expect(page.getByLabel('Your note to Sam')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Write a note' })).toHaveCount(0);
});

test('taking back the only note on the last page steps back a page', async ({ nuzzle, page }) => {
  const settings = seedHistory(nuzzle, 'empty');
  const me = settings.partners.find((p) => p.role === 'me');
  for (let i = 1; i <= 11; i += 1) {
    nuzzle.call('notes:send', { authorId: me?.id ?? '', text: `Thank you, number ${String(i)}` });
  }
  await nuzzle.open('notes');
  const pages = page.getByRole('navigation', { name: 'Notes you wrote: pages' });
  await pages.getByRole('button', { name: 'Older' }).click();
  await expect(pages).toContainText('11–11 of 11');
  const sent = page.getByRole('list', { name: 'Notes you wrote' });
  await sent.getByRole('button', { name: 'Delete…' }).click();
  await sent.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(sent.getByRole('listitem')).toHaveCount(10);
  await expect(pages).toHaveCount(0);
});
