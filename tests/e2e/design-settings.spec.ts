// Settings as a desktop window: each heading has room above it, the time field is as wide as
// a time, "Quiet until" waits for a date you choose (tomorrow at the earliest), and the card
// about your partner's computer only shows when your partner has one.

import { expect, test } from './harness/nuzzle.ts';
import { seedHistory } from './support/history-data.ts';

for (const size of [
  { width: 980, height: 720 },
  { width: 800, height: 600 },
] as const) {
  test(`${String(size.width)}×${String(size.height)}: headings clear of what is above, the time field sized to a time`, async ({
    nuzzle,
    page,
  }) => {
    await page.setViewportSize(size);
    seedHistory(nuzzle, 'week');
    await nuzzle.open('settings');
    await page.getByRole('heading', { name: 'Daily reminder' }).waitFor();
    // Every card heading after other content: at least 16 px between it and what is above.
    const gaps = await page.locator('.app-main .card h2').evaluateAll((headings) =>
      headings
        .filter((h) => h.previousElementSibling)
        .map((h) => ({
          text: h.textContent,
          gap:
            h.getBoundingClientRect().top -
            (h.previousElementSibling?.getBoundingClientRect().bottom ?? 0),
        })),
    );
    expect(gaps.length).toBeGreaterThan(2);
    for (const { text, gap } of gaps)
      expect(gap, `room above “${text}”`).toBeGreaterThanOrEqual(16);
    const time = page.getByLabel('Reminder time');
    const card = page.locator('form.card', { has: time });
    const [timeBox, cardBox] = await Promise.all([time.boundingBox(), card.boundingBox()]);
    expect(timeBox?.width ?? Infinity).toBeLessThanOrEqual(192);
    expect(timeBox?.width ?? Infinity).toBeLessThan((cardBox?.width ?? 0) / 2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('"Quiet until" starts empty, asks for a date, and takes tomorrow at the earliest', async ({
  nuzzle,
  page,
}) => {
  seedHistory(nuzzle, 'week');
  await nuzzle.open('settings');
  const until = page.getByLabel('Quiet until');
  await expect(until).toHaveValue('');
  await expect(until).toHaveAttribute('min', '2026-03-11');
  const card = page.getByRole('region', { name: 'Pause reminders' });
  await card.getByRole('button', { name: 'Pause reminders' }).click();
  await expect(card.getByRole('alert')).toHaveText('Choose the last quiet day first.');
  await until.fill('2026-03-10');
  await card.getByRole('button', { name: 'Pause reminders' }).click();
  await expect(card.getByRole('alert')).toHaveText('Choose 11 Mar 2026 or later.');
  expect(
    (nuzzle.call('reminders:status') as { pausedUntil: string | null }).pausedUntil,
  ).toBeNull();
  await until.fill('2026-03-11');
  await card.getByRole('button', { name: 'Pause reminders' }).click();
  await expect(card.getByText('Reminders are quiet until 11 Mar 2026')).toBeVisible();
});

test('the partner-computer card shows only when your partner has their own computer', async ({
  nuzzle,
  page,
}) => {
  seedHistory(nuzzle, 'week', { mode: 'both' });
  await nuzzle.open('settings');
  await page.getByRole('heading', { name: 'Daily reminder' }).waitFor();
  await expect(page.getByRole('heading', { name: 'Your partner’s computer' })).toHaveCount(0);
  // Switching to "just me" brings it back once saved.
  await page.getByRole('radio', { name: 'Just me' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('heading', { name: 'Your partner’s computer' })).toBeVisible();
});

test('in a high-contrast (forced colours) palette every radio and checkbox is drawn', async ({
  nuzzle,
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  seedHistory(nuzzle, 'week');
  await nuzzle.open('settings');
  await page.getByRole('heading', { name: 'Daily reminder' }).waitFor();
  const sizes = await page
    .locator('input[type="radio"], input[type="checkbox"]')
    .evaluateAll((inputs) => inputs.map((i) => i.getBoundingClientRect().width));
  expect(sizes.length).toBeGreaterThan(5);
  for (const width of sizes) expect(width).toBeGreaterThanOrEqual(12);
});
