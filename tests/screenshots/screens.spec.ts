// `npm run screenshots`: a PNG of every screen in both themes, through the e2e harness,
// into docs/screenshots/ (the README shows the main ones), at the default window size with a
// year of history.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '../e2e/harness/nuzzle.ts';
import { SCREENS } from '../e2e/screens.ts';

const OUT = join(process.cwd(), 'docs', 'screenshots');

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ colorScheme: theme, viewport: { width: 980, height: 720 } });
    for (const screen of SCREENS) {
      test(`${screen.name} (${theme})`, async ({ nuzzle, page }) => {
        await screen.open(nuzzle, page);
        mkdirSync(OUT, { recursive: true });
        await page.screenshot({ path: join(OUT, `${screen.name}-${theme}.png`), fullPage: true });
      });
    }
  });
}
