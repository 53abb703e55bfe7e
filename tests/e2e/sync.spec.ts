import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../../main/core/clock.ts';
import { createCore } from '../../main/core/core.ts';
import { expect, test } from './harness/nuzzle.ts';

const CARD = 'Your partner’s computer';

test('connects with the partner’s computer, compares words, and disconnects', async ({
  nuzzle,
  page,
}) => {
  const shared = mkdtempSync(join(tmpdir(), 'nuzzle-e2e-shared-'));
  const otherDir = mkdtempSync(join(tmpdir(), 'nuzzle-e2e-other-'));
  const other = createCore({
    dataDir: otherDir,
    clock: manualClock(Date.parse('2026-03-10T20:06:00-04:00'), 'America/New_York'),
    syncFolders: { chooseFolder: () => shared },
    sync: { kdfLogN: 8 },
  });
  try {
    const page0 = { url: 'app://nuzzle/', isMainFrame: true };
    other.dispatch(
      'onboarding:complete',
      {
        myName: 'Sam',
        partnerName: 'Alex',
        computerMode: 'just-me',
        reminderTime: '20:00',
        launchAtLogin: false,
      },
      page0,
    );
    nuzzle.onboard({ mode: 'just-me' });
    nuzzle.picks.folder = shared;
    await nuzzle.open('settings');
    const card = page.getByRole('region', { name: CARD });
    await card.getByRole('button', { name: 'Connect with my partner’s computer' }).click();
    const code = card.getByRole('status', { name: 'Pairing code' });
    await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);

    await nuzzle.core.sync.idle();
    other.sync.join((await code.textContent()) ?? '');
    await other.sync.idle();
    const joined = other.sync.status();
    expect(joined.state).toBe('confirm');
    await card.getByRole('button', { name: 'Check now' }).click();
    await expect(
      card.getByRole('group', { name: 'Do both screens show the same words?' }),
    ).toContainText(joined.phrase ?? '');
    await card.getByRole('button', { name: 'The words match' }).click();
    other.sync.confirm(true);
    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(card).toContainText(
      `Check that Sam’s computer shows the same words: ${joined.phrase ?? ''}`,
    );
    await expect(card).toContainText('Last heard from Sam’s computer:');

    await card.getByRole('button', { name: 'Disconnect…' }).click();
    await expect(
      card.getByLabel('Also remove this computer’s files from the shared folder'),
    ).toBeChecked();
    await card.getByRole('button', { name: 'Disconnect', exact: true }).click();
    await expect(
      card.getByRole('button', { name: 'Connect with my partner’s computer' }),
    ).toBeVisible();
  } finally {
    other.close();
    rmSync(shared, { recursive: true, force: true });
    rmSync(otherDir, { recursive: true, force: true });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sync card passes an accessibility scan in ${colorScheme} mode`, async ({
    nuzzle,
    page,
  }) => {
    const shared = mkdtempSync(join(tmpdir(), 'nuzzle-e2e-shared-'));
    try {
      nuzzle.onboard({ mode: 'just-me' });
      nuzzle.picks.folder = shared;
      await page.emulateMedia({ colorScheme });
      await nuzzle.open('settings');
      const card = page.getByRole('region', { name: CARD });
      await card.getByRole('button', { name: 'I have a code' }).click();
      await card.getByLabel('The code shown on your partner’s computer').fill('AAAA-BBBB');
      await card.getByRole('button', { name: 'Choose the folder and connect' }).click();
      // A mistyped code is refused in plain words, and nothing changes.
      await expect(card.getByRole('alert')).toContainText('five groups of four');
      let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      await card.getByRole('button', { name: 'Cancel' }).click();
      await card.getByRole('button', { name: 'Connect with my partner’s computer' }).click();
      await expect(card.getByRole('status', { name: 'Pairing code' })).toBeVisible();
      results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
}
