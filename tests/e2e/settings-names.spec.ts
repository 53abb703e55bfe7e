// The pipeline proof: a form in the renderer → IPC → SQLite → back on screen after a reload.

import { expect, test } from './harness/nuzzle.ts';

test('names typed in Settings survive a reload and are read back from the database', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ me: 'Alex', partner: 'Sam' });
  await nuzzle.open('settings');

  await page.getByLabel('Your name').fill('Robin');
  await page.getByLabel('Your partner’s name').fill('Kai');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Robin');
  await expect(page.getByLabel('Your partner’s name')).toHaveValue('Kai');
  const rows = nuzzle.query<{ role: string; name: string }>(
    'SELECT role, name FROM partners ORDER BY role',
  );
  expect(rows).toEqual([
    { role: 'me', name: 'Robin' },
    { role: 'partner', name: 'Kai' },
  ]);
  // Each rename went to the outbox for partner sync.
  expect(
    nuzzle.query('SELECT 1 FROM changes WHERE entity = ?', 'partner').length,
  ).toBeGreaterThanOrEqual(4);
});

test('a bad payload sent straight to the bridge gets a clear error and changes nothing', async ({
  nuzzle,
}) => {
  nuzzle.onboard({ me: 'Alex', partner: 'Sam' });
  await nuzzle.open('settings');
  const before = nuzzle.query('SELECT * FROM partners ORDER BY role');
  const changesBefore = nuzzle.query('SELECT * FROM changes');

  const tooLong = await nuzzle.invokeFromPage('settings:save', { myName: 'x'.repeat(500) });
  expect(tooLong).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'Names can be up to 40 characters.' },
  });

  const wrongType = await nuzzle.invokeFromPage('settings:save', { partnerName: 42 });
  expect(wrongType).toMatchObject({ ok: false, error: { code: 'bad-request' } });

  const extraKey = await nuzzle.invokeFromPage('settings:save', { myName: 'Robin', isAdmin: true });
  expect(extraKey).toEqual({
    ok: false,
    error: {
      code: 'bad-request',
      message: 'Nuzzle got something it didn’t expect (isAdmin), so nothing was changed.',
    },
  });

  const unknown = await nuzzle.invokeFromPage('settings:drop', {});
  expect(unknown).toEqual({
    ok: false,
    error: {
      code: 'unknown-channel',
      message: 'Nuzzle doesn’t know how to do that (“settings:drop”), so nothing was changed.',
    },
  });

  expect(nuzzle.query('SELECT * FROM partners ORDER BY role')).toEqual(before);
  expect(nuzzle.query('SELECT * FROM changes')).toEqual(changesBefore);
});

test('a frame that is not the app’s own page is refused', async ({ nuzzle, page }) => {
  nuzzle.onboard();
  await nuzzle.open('settings');
  // An iframe inside the app page: same bridge binding, but not a top-level app frame.
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>embedded</p>';
    document.body.append(frame);
  });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no iframe');
  await frame.waitForLoadState();
  const result = await frame.evaluate(() =>
    (
      window as unknown as { __nuzzleInvoke: (c: string, p: unknown) => Promise<unknown> }
    ).__nuzzleInvoke('settings:save', { myName: 'Mallory' }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(nuzzle.query<{ name: string }>("SELECT name FROM partners WHERE role = 'me'")).toEqual([
    { name: 'Alex' },
  ]);
});
