// Encrypted exports as a person meets them in Settings: the export is encrypted with a
// passphrase unless they choose plain JSON (which says plainly what that means); importing
// the file asks for the passphrase, refuses a wrong one in words with nothing changed, and
// imports with the right one. Passphrases are pasted, as from a password manager.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './harness/nuzzle.ts';
import { paste } from './support/paste.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

const PASSPHRASE = 'blue kettle on a Sunday';
const NOTE = 'We walked to the river and talked';

test('an encrypted export asks for its passphrase on import: wrong refused, right imports', async ({
  nuzzle,
  page,
}) => {
  const me = nuzzle.onboard({ mode: 'just-me' }).partners[0];
  if (!me) throw new Error('no me');
  nuzzle.call('checkins:save', {
    partnerId: me.id,
    localDate: '2026-03-10',
    mood: 4,
    closeness: 4,
    settled: 3,
    note: NOTE,
  });
  const file = join(nuzzle.dataDir, 'sealed-export.json');
  nuzzle.picks.exportPath = file;
  await nuzzle.open('settings');

  await page.getByRole('button', { name: 'Export…' }).click();
  const form = page.getByRole('form', { name: 'Export your data' });
  await expect(form.getByLabel('Encrypted with a passphrase')).toBeChecked();
  await form.getByLabel('Passphrase', { exact: true }).fill('too short');
  await form.getByLabel('The same passphrase again').fill('too short');
  await form.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'A passphrase needs at least 10 characters — a few words you’ll remember work well.',
  );
  expect(existsSync(file)).toBe(false);

  await form.getByLabel('Passphrase', { exact: true }).clear();
  await form.getByLabel('The same passphrase again').clear();
  await paste(page, '#export-passphrase', PASSPHRASE);
  await paste(page, '#export-passphrase-again', PASSPHRASE);
  await form.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByText(/^Exported, encrypted\./)).toBeVisible();
  const written = readFileSync(file, 'utf8');
  expect(JSON.parse(written)).toMatchObject({
    format: 'nuzzle-export-encrypted',
    kdf: { name: 'scrypt', N: 2 ** 17 },
  });
  expect(written).not.toContain(NOTE);

  // The check-in goes missing; the export brings it back.
  nuzzle.quietly(() => nuzzle.core.context.db.prepare('DELETE FROM checkins').run());
  nuzzle.picks.importPath = file;
  await page.getByRole('button', { name: 'Import…' }).click();
  const prompt = page.getByRole('form', { name: 'Open the encrypted export' });
  await expect(prompt).toContainText('This export is encrypted.');
  await prompt.getByLabel('The export’s passphrase').fill('blue kettle on a Monday');
  await prompt.getByRole('button', { name: 'Open and import' }).click();
  await expect(prompt.getByRole('alert')).toHaveText(
    /^That passphrase doesn’t open this export\. Check it and try again.*Nothing was changed\.$/,
  );
  expect(nuzzle.query('SELECT id FROM checkins')).toEqual([]);
  // Not even a safety copy was made for the refused try.
  await expect(page.getByText('No backups yet — the first one is made today.')).toBeVisible();

  await prompt.getByLabel('The export’s passphrase').clear();
  await paste(page, '#import-passphrase', PASSPHRASE);
  await prompt.getByRole('button', { name: 'Open and import' }).click();
  await expect(page.getByText('Imported 1 new records.')).toBeVisible();
  await expect(prompt).toHaveCount(0);
  expect(nuzzle.query<{ note: string }>('SELECT note FROM checkins')).toEqual([{ note: NOTE }]);
});

test('plain JSON says what it means, and writes a file anyone can read', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  const file = join(nuzzle.dataDir, 'plain-export.json');
  nuzzle.picks.exportPath = file;
  await nuzzle.open('settings');
  await page.getByRole('button', { name: 'Export…' }).click();
  const form = page.getByRole('form', { name: 'Export your data' });
  await form.getByLabel('Plain JSON').check();
  await expect(form).toContainText(
    'anyone who gets it — on this computer, in an email, on a USB stick — can read every check-in and note in it',
  );
  await expect(form.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('.data-card').analyze();
  expect(axe.violations).toEqual([]);

  await form.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByText(/^Exported\. Keep the file somewhere private/)).toBeVisible();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'nuzzle-export' });
});
