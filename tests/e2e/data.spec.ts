// Keeping the record safe, as the user sees it in Settings: back up, restore, export,
// import, and delete everything.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

test('back up now, then restore it after a later check-in', async ({ nuzzle, page }) => {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const me = settings.partners[0];
  if (!me) throw new Error('no me');
  await nuzzle.open('settings');
  await expect(page.getByText('No backups yet — the first one is made today.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backups = page.getByRole('list', { name: 'Backups' });
  await expect(backups.getByRole('listitem')).toHaveCount(1);

  nuzzle.call('checkins:quick', { partnerId: me.id, localDate: '2026-03-10', mood: 4 });
  expect(nuzzle.query('SELECT id FROM checkins')).toHaveLength(1);

  await backups.getByRole('button', { name: /Restore from the backup/ }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/Restored the backup from/)).toBeVisible();
  expect(nuzzle.query('SELECT id FROM checkins')).toHaveLength(0);
  // A copy of "now" was kept first, so the restore can itself be undone.
  await expect(backups.getByRole('listitem')).toHaveCount(2);
  await expect(backups).toContainText('(before a restore)');
});

test('export writes the chosen file; importing it again adds nothing', async ({ nuzzle, page }) => {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const me = settings.partners[0];
  if (!me) throw new Error('no me');
  nuzzle.call('checkins:quick', { partnerId: me.id, localDate: '2026-03-10', mood: 4 });
  const file = join(nuzzle.dataDir, 'my-export.json');
  nuzzle.picks.exportPath = file;
  await nuzzle.open('settings');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByLabel('Plain JSON').check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByText(/Exported\. Keep the file somewhere private/)).toBeVisible();
  expect(existsSync(file)).toBe(true);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'nuzzle-export' });

  nuzzle.picks.importPath = file;
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(
    page.getByText('Imported — everything in that file was already here.'),
  ).toBeVisible();
});

test('a bad import file is refused with a clear message', async ({ nuzzle, page }) => {
  nuzzle.onboard({ mode: 'just-me' });
  nuzzle.picks.importPath = join(nuzzle.dataDir, '..', 'does-not-exist.json');
  await nuzzle.open('settings');
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Nuzzle couldn’t read that file. Nothing was changed.',
  );
});

test('delete all my data asks for the typed phrase, then starts afresh', async ({
  nuzzle,
  page,
}) => {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const me = settings.partners[0];
  if (!me) throw new Error('no me');
  nuzzle.call('checkins:quick', { partnerId: me.id, localDate: '2026-03-10', mood: 4 });
  await nuzzle.open('settings');
  const button = page.getByRole('button', { name: 'Delete everything' });
  await expect(button).toBeDisabled();
  await page.getByLabel(/type “delete my data”/).fill('delete my data');
  await button.click();
  await expect(page.getByRole('heading', { name: 'Welcome to Nuzzle' })).toBeVisible();
  expect(nuzzle.query('SELECT id FROM checkins')).toEqual([]);
});
