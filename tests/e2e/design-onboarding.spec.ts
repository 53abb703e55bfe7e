// Onboarding as a desktop window: a centred welcome with the app's mark, using the window
// (no third of it left empty), with the whole form in view without scrolling, at the default
// size and at 800×600; clean under axe in both themes.

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './harness/nuzzle.ts';

for (const size of [
  { width: 980, height: 720 },
  { width: 800, height: 600 },
] as const) {
  test(`${String(size.width)}×${String(size.height)}: a centred welcome with the mark, all in view`, async ({
    nuzzle,
    page,
  }) => {
    await page.setViewportSize(size);
    await nuzzle.open('today');
    await page.getByRole('heading', { name: 'Welcome to Nuzzle' }).waitFor();
    const mark = page.locator('.onboarding svg.mark');
    await expect(mark).toBeVisible();
    const box = await page.locator('.screen.onboarding').boundingBox();
    if (!box) throw new Error('onboarding not rendered');
    const left = box.x;
    const right = size.width - (box.x + box.width);
    const top = box.y;
    const bottom = size.height - (box.y + box.height);
    // Centred both ways (within a few pixels), and all of it in the window.
    expect(Math.abs(left - right)).toBeLessThanOrEqual(8);
    expect(Math.abs(top - bottom)).toBeLessThanOrEqual(8);
    expect(top).toBeGreaterThanOrEqual(0);
    // No third of the window empty, across or down.
    expect(box.width).toBeGreaterThan(size.width * (2 / 3));
    expect(box.height).toBeGreaterThan(size.height / 2);
    for (const control of [
      page.getByLabel('Your name'),
      page.getByRole('radio', { name: /Both of us/ }),
      page.getByRole('button', { name: 'Start' }),
    ]) {
      const b = await control.boundingBox();
      expect((b?.y ?? Infinity) + (b?.height ?? 0)).toBeLessThanOrEqual(size.height);
    }
    const scroll = await page.evaluate(() => ({
      down: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      across: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(scroll).toEqual({ down: 0, across: 0 });
    await expect(page.getByLabel('Your name')).toBeFocused();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`onboarding passes an axe scan in the ${colorScheme} theme`, async ({ nuzzle, page }) => {
    await page.emulateMedia({ colorScheme });
    await nuzzle.open('today');
    await page.getByRole('heading', { name: 'Welcome to Nuzzle' }).waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${String(v.nodes.length)}`)).toEqual([]);
  });
}
