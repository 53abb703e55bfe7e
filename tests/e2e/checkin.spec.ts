// The heart of Nuzzle: onboarding, both partners checking in, the kept day and its record.

import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

test('onboarding, then both partners check in: a kept day with a run of 1 that survives a reload', async ({
  nuzzle,
  page,
}) => {
  await nuzzle.open();
  await expect(page.getByRole('heading', { name: 'Welcome to Nuzzle' })).toBeVisible();
  await page.getByLabel('Your name').fill('Alex');
  await page.getByLabel('Your partner’s name').fill('Sam');
  await page.getByLabel('Both of us, on this computer').check();
  await expect(page.getByLabel('Daily reminder')).toHaveValue('20:00');
  await page.getByRole('button', { name: 'Start' }).click();

  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByTestId('today-date')).toHaveText('Tuesday 10 March');

  const alex = page.getByRole('form', { name: 'Alex’s check-in' });
  await alex.getByLabel('Mood: 4 of 5, Good').check();
  await alex.getByLabel('Closeness: 3 of 5, In between').check();
  await alex.getByLabel('How settled I feel about us: 2 of 5, Uneasy').check();
  await alex.getByText('A few words').click();
  await alex
    .getByLabel('Something I’m sharing before being asked')
    .fill('I had lunch with my ex’s brother.');
  await alex.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByTestId('status-me')).toContainText('checked in');
  // The confirmation stays, and focus moves on to the other partner's turn.
  await expect(alex.getByRole('status')).toHaveText('Checked in. Thank you for showing up today.');
  await expect(page.getByTestId('glance-lead')).toContainText('Your first one starts the pattern');
  await expect(alex.getByRole('button', { name: 'Now Sam’s turn' })).toBeFocused();
  await page.keyboard.press('Enter');

  const sam = page.getByRole('form', { name: 'Sam’s check-in' });
  await expect(sam.getByLabel('Mood: 1 of 5, Low')).toBeFocused();
  await sam.getByLabel('Mood: 3 of 5, Okay').check();
  await sam.getByLabel('Closeness: 4 of 5, Close').check();
  await sam.getByLabel('How settled I feel about us: 3 of 5, Unsure').check();
  await sam.getByRole('button', { name: 'Check in' }).click();

  await expect(page.getByText('Today is a kept day — you both showed up.')).toBeVisible();
  await expect(sam.getByRole('status')).toBeFocused();
  await expect(page.getByTestId('glance-lead')).toHaveText('1 kept day in the last 30');

  await page.reload();
  await expect(page.getByTestId('glance-lead')).toHaveText('1 kept day in the last 30');
  await expect(page.getByTestId('status-partner')).toContainText('checked in');
  await expect(
    page
      .getByRole('form', { name: 'Alex’s check-in' })
      .getByLabel('Something I’m sharing before being asked'),
  ).toHaveValue('I had lunch with my ex’s brother.');

  const rows = nuzzle.query<{ local_date: string; time_zone: string }>(
    'SELECT local_date, time_zone FROM checkins',
  );
  expect(rows).toEqual([
    { local_date: '2026-03-10', time_zone: 'America/New_York' },
    { local_date: '2026-03-10', time_zone: 'America/New_York' },
  ]);

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(page.locator('rect[data-date="2026-03-10"]')).toHaveAttribute('data-state', 'kept');
  await expect(
    page.getByRole('img', { name: /Kept days over the last twelve months/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Kept days by month' })
      .getByRole('row', { name: /March 2026/ }),
  ).toContainText('1');
});

test('the quick window: digits pick, Enter saves, Esc closes', async ({ nuzzle, page }) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('quick');
  await expect(page.getByRole('heading', { name: 'Check in, Alex' })).toBeVisible();
  await expect(page.getByLabel('Mood: 1 of 5, Low')).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('3');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __nuzzleClosed: number }).__nuzzleClosed),
    )
    .toBe(1);
  expect(nuzzle.query('SELECT mood, closeness, settled FROM checkins')).toEqual([
    { mood: 4, closeness: 3, settled: 5 },
  ]);

  await page.keyboard.press('Escape');
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __nuzzleClosed: number }).__nuzzleClosed),
    )
    .toBe(2);
});

test('tray quick check-in records the mood in one click, then offers details', async ({
  nuzzle,
  page,
}) => {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const me = settings.partners.find((p) => p.role === 'me');
  if (!me) throw new Error('no me');
  await nuzzle.open('today');
  await expect(page.getByTestId('status-me')).toContainText('no check-in yet');

  const followUp = nuzzle.trayAction({ kind: 'quick-checkin', partnerId: me.id, mood: 5 });
  // The open main window updates by itself.
  await expect(page.getByTestId('status-me')).toContainText('checked in');
  expect(followUp).toEqual({ show: 'quick', route: `quick?after=mood&partner=${me.id}` });

  await nuzzle.open(followUp.show === 'quick' ? followUp.route : '');
  await expect(page.getByRole('heading', { name: 'Mood saved. Add a little more?' })).toBeVisible();
  await expect(page.getByLabel('Mood: 5 of 5, Bright')).toBeChecked();
  await expect(page.getByLabel('Closeness: 1 of 5, Distant')).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
  expect(nuzzle.query('SELECT mood, closeness, settled FROM checkins')).toEqual([
    { mood: 5, closeness: 4, settled: 4 },
  ]);
});

test('bad check-ins get a clear error and change nothing', async ({ nuzzle }) => {
  const settings = nuzzle.onboard({ mode: 'both' });
  const me = settings.partners.find((p) => p.role === 'me');
  if (!me) throw new Error('no me');
  await nuzzle.open('today');
  const good = { partnerId: me.id, localDate: '2026-03-10', mood: 3, closeness: 3, settled: 3 };

  expect(await nuzzle.invokeFromPage('checkins:save', { ...good, mood: 9 })).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'Mood is a number from 1 to 5.' },
  });
  expect(
    await nuzzle.invokeFromPage('checkins:save', { ...good, localDate: '2026-03-11' }),
  ).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'That day hasn’t come yet — check-ins are for today.' },
  });
  const noAuthor: Partial<typeof good> = { ...good };
  delete noAuthor.partnerId;
  expect(await nuzzle.invokeFromPage('checkins:save', noAuthor)).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'Who is checking in is missing.' },
  });
  expect(
    await nuzzle.invokeFromPage('checkins:save', { ...good, localDate: '2026-03-09' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'read-only' },
  });
  expect(nuzzle.query('SELECT * FROM checkins')).toEqual([]);
  expect(nuzzle.query("SELECT * FROM changes WHERE entity = 'checkin'")).toEqual([]);
});

test('the day rolls over at midnight; flying east, once it has ended back home too', async ({
  nuzzle,
  page,
}) => {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const me = settings.partners.find((p) => p.role === 'me');
  if (!me) throw new Error('no me');
  nuzzle.setNow('2026-03-10T23:30:00-04:00');
  nuzzle.call('checkins:quick', { partnerId: me.id, localDate: '2026-03-10', mood: 4 });
  // Flew to London: 00:10 there is already Wednesday, but Tuesday is still running back in
  // New York, so it stays my day (no day vanishes on a flight east) until it ends there.
  nuzzle.clock.setTimeZone('Europe/London');
  nuzzle.setNow('2026-03-11T00:10:00Z');
  await nuzzle.open('today');
  await expect(page.getByTestId('today-date')).toHaveText('Tuesday 10 March');
  nuzzle.setNow('2026-03-11T04:10:00Z');
  await page.reload();
  await expect(page.getByTestId('today-date')).toHaveText('Wednesday 11 March');
  await expect(page.getByTestId('status-me')).toContainText('no check-in yet');
  nuzzle.call('checkins:quick', { partnerId: me.id, localDate: '2026-03-11', mood: 3 });
  expect(nuzzle.query('SELECT local_date, time_zone FROM checkins ORDER BY local_date')).toEqual([
    { local_date: '2026-03-10', time_zone: 'America/New_York' },
    { local_date: '2026-03-11', time_zone: 'Europe/London' },
  ]);
});
