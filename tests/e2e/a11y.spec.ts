// An axe-core scan of every screen in the light and the dark theme, and in forced colours
// (Windows high contrast) over each: zero violations of the WCAG 2.2 A and AA rules (contrast
// included), and landmarks that can be told apart (no two unnamed regions, one main).

import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './harness/nuzzle.ts';
import { A11Y_SCREENS } from './a11y-screens.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best-practice rules about landmarks: what a screen-reader user moves between. */
const LANDMARKS = ['landmark-unique', 'landmark-no-duplicate-main', 'landmark-one-main'];

const MODES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours, light', colorScheme: 'light', forcedColors: 'active' },
  { name: 'forced colours, dark', colorScheme: 'dark', forcedColors: 'active' },
] as const;

for (const mode of MODES) {
  test.describe(mode.name, () => {
    for (const screen of A11Y_SCREENS) {
      test(`${screen.name} has no accessibility violations`, async ({ nuzzle, page }) => {
        await page.emulateMedia({ colorScheme: mode.colorScheme, forcedColors: mode.forcedColors });
        await screen.open(nuzzle, page);
        const [wcag, landmarks] = [
          await new AxeBuilder({ page }).withTags(WCAG).analyze(),
          await new AxeBuilder({ page }).withRules(LANDMARKS).analyze(),
        ];
        const summary = [...wcag.violations, ...landmarks.violations].map((v) => ({
          rule: v.id,
          impact: v.impact,
          nodes: v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
        }));
        expect(summary).toEqual([]);
        // The landmark rules did look at this screen (they pass, rather than not apply).
        expect(landmarks.passes.map((r) => r.id)).toContain('landmark-unique');
      });
    }
  });
}
