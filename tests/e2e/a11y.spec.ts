// An axe-core scan of every screen, in the light and the dark theme: zero violations
// (WCAG 2.2 A and AA rules, contrast included).

import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './harness/nuzzle.ts';
import { SCREENS } from './screens.ts';

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const screen of SCREENS) {
      test(`${screen.name} has no accessibility violations`, async ({ nuzzle, page }) => {
        await screen.open(nuzzle, page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          nodes: v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
        }));
        expect(summary).toEqual([]);
      });
    }
  });
}
