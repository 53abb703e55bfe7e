// History as a desktop window: charts fill their cards with readable labels, say each day or
// week in words on hover and from the keyboard, keep their tables for screen readers without
// the blank space, and the record leads with what was kept.

import { expect, test } from './harness/nuzzle.ts';
import { seedHistory } from './support/history-data.ts';

for (const size of [
  { width: 980, height: 720 },
  { width: 800, height: 600 },
] as const) {
  test(`${String(size.width)}×${String(size.height)}: charts are sized to their cards, labels at least 11 px`, async ({
    nuzzle,
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    seedHistory(nuzzle, 'year');
    await nuzzle.open('history');
    for (const name of ['Kept days over the last twelve months', 'How settled each of you']) {
      const svg = page.getByRole('img', { name: new RegExp(name) });
      await expect(svg).toBeVisible();
      const card = page.locator('section.card', { has: svg });
      const [svgBox, cardBox] = await Promise.all([svg.boundingBox(), card.boundingBox()]);
      if (!svgBox || !cardBox) throw new Error('chart not rendered');
      // Padding aside, the chart uses the card's width.
      expect(svgBox.width).toBeGreaterThanOrEqual(cardBox.width * 0.9);
      // The hidden table adds no height: the card is the chart plus its heading and words.
      expect(cardBox.height).toBeLessThan(svgBox.height + 220);
      // The label's font size as drawn on screen: its CSS size times the SVG's scale.
      const sizes = await svg
        .locator('text')
        .evaluateAll((texts) =>
          texts.map(
            (t) =>
              parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')?.getScreenCTM()?.a ?? 1),
          ),
        );
      expect(sizes.length).toBeGreaterThan(0);
      for (const px of sizes) expect(px).toBeGreaterThanOrEqual(11);
    }
    // Day squares big enough to point at and tell apart (the year wraps into two rows when
    // one row would make them smaller).
    const cell = await page.locator('rect.day').first().boundingBox();
    expect(cell?.width ?? 0).toBeGreaterThanOrEqual(12);
    // Nothing pushes the window sideways, and the page is the cards, not blank table space.
    const page_ = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      height: document.documentElement.scrollHeight,
    }));
    expect(page_.scrollWidth).toBeLessThanOrEqual(page_.clientWidth);
    const cards = await page
      .locator('.app-main section.card')
      .evaluateAll((all) => all.reduce((sum, el) => sum + el.getBoundingClientRect().height, 0));
    // The page is its cards plus the header and the gaps between them: no hidden blank.
    expect(page_.height).toBeLessThan(cards + 300);
    // The screen-reader tables are still there.
    await expect(page.getByRole('table', { name: 'Kept days by month' })).toHaveCount(1);
    await expect(page.getByRole('table', { name: 'Average “settled” by week' })).toHaveCount(1);
  });
}

test('each day and week can be read from the keyboard and by pointing', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(90_000);
  seedHistory(nuzzle, 'year');
  await nuzzle.open('history');
  const calendar = page.getByRole('group', { name: /Kept days calendar/ });
  await calendar.focus();
  const detail = page.getByTestId('heatmap-detail');
  await expect(detail).toHaveText(/^10 Mar 2026: /);
  await page.keyboard.press('ArrowLeft');
  await expect(detail).toHaveText(/^3 Mar 2026: /);
  await page.keyboard.press('ArrowUp');
  await expect(detail).toHaveText(/^2 Mar 2026: (kept|one of you|no check-in|paused)/);
  await page.locator('rect[data-date="2026-01-05"]').hover();
  await expect(detail).toHaveText(/^5 Jan 2026: /);

  const settled = page.getByRole('group', { name: /Settled chart/ });
  await settled.focus();
  const week = page.getByTestId('settled-detail');
  await expect(week).toHaveText(/^Week of 9 Mar 2026: Alex (\d\.\d|no rating), Sam /);
  await page.keyboard.press('ArrowLeft');
  await expect(week).toHaveText(/^Week of 2 Mar 2026: /);
  await page.keyboard.press('Home');
  await expect(week).toHaveText(/^Week of \d+ \w+ 2025: /);
});

test('after a gap the record on History leads with the pattern and kept days, never a 0', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(90_000);
  seedHistory(nuzzle, 'year');
  // Nobody checks in on the day after: the run is reset.
  await nuzzle.open('history');
  const card = page.getByRole('region', { name: 'Your record together' });
  await expect(card.getByTestId('consistency')).toBeVisible();
  const terms = await card.locator('dt').allTextContents();
  expect(terms[0]).toBe('Your pattern');
  expect(terms[1]).toBe('Kept in the last 30 days');
  await expect(card.getByTestId('kept-30')).toHaveText(/^\d+ days?$/);
  for (const dd of await card.locator('dd').allTextContents()) expect(dd.trim()).not.toBe('0');
});

test('in a high-contrast (forced colours) palette the calendar and its legend keep their meaning', async ({
  nuzzle,
  page,
}) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ forcedColors: 'active' });
  seedHistory(nuzzle, 'year');
  await nuzzle.open('history');
  await expect(
    page.getByRole('img', { name: /Kept days over the last twelve months/ }),
  ).toBeVisible();
  const fills = await page.evaluate(() =>
    Object.fromEntries(
      ['kept', 'one', 'none'].map((state) => {
        const day = document.querySelector(`rect.day-${state}`);
        const key = document.querySelector(`.key-${state}`);
        return [
          state,
          {
            day: day ? getComputedStyle(day).fill : '',
            key: key ? getComputedStyle(key).backgroundColor : '',
          },
        ];
      }),
    ),
  );
  // Three states, three different system colours, and each swatch matches its squares.
  expect(new Set(Object.values(fills).map((f) => f.day)).size).toBe(3);
  for (const f of Object.values(fills)) expect(f.key).toBe(f.day);
});
