// Commitments end to end: write one, the check-in asks about it, mark it, read the record,
// the partner notices, and everything is still there after a reload. Bad input is refused
// with a clear message and writes nothing.

import { AxeBuilder } from '@axe-core/playwright';
import { UNEXPECTED_ERROR } from '../../shared/call-failed.ts';
import { expect, test, type Nuzzle } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

const PROMISE = 'I’ll text if I’m running more than 15 minutes late.';

test('create → the check-in asks → kept → 1 of 1 → the partner notices → a reload keeps it all', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('commitments');
  await expect(page.getByRole('heading', { name: 'Commitments', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Alex' })).toBeChecked();
  await expect(page.getByText('Sam hasn’t written a commitment yet.')).toBeVisible();

  const form = page.getByRole('form', { name: 'A new commitment for Alex' });
  await form.getByLabel('What will you do?').fill(PROMISE);
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(form.getByRole('status')).toContainText('Added.');
  await expect(form.getByLabel('What will you do?')).toHaveValue('');

  const card = page.getByRole('article', { name: PROMISE });
  await expect(card).toContainText('Alex’s · Every day · started today');
  await expect(card.getByTestId('rate-7')).toHaveText('Nothing marked yet');

  // Today: Alex's check-in asks; Sam's doesn't (it isn't Sam's commitment).
  await page.getByRole('link', { name: 'Today' }).click();
  const alex = page.getByRole('form', { name: 'Alex’s check-in' });
  const ask = alex.getByRole('group', { name: PROMISE });
  await expect(ask).toBeVisible();
  const kept = ask.getByRole('button', { name: 'Kept', exact: true });
  await expect(kept).toHaveAttribute('aria-pressed', 'false');
  await kept.click();
  await expect(kept).toHaveAttribute('aria-pressed', 'true');
  await expect(alex.getByText('Marked kept.')).toBeVisible();
  // The mark saved by itself; the check-in wasn't submitted with it.
  expect(nuzzle.query('SELECT * FROM checkins')).toEqual([]);
  expect(nuzzle.query('SELECT local_date, value FROM commitment_marks')).toEqual([
    { local_date: '2026-03-10', value: 'kept' },
  ]);
  await page.getByRole('radio', { name: /^Sam/ }).check();
  const sam = page.getByRole('form', { name: 'Sam’s check-in' });
  await expect(sam.getByRole('heading', { name: 'Sam’s check-in' })).toBeVisible();
  await expect(sam.getByRole('group', { name: PROMISE })).toHaveCount(0);

  // The record shows it; Sam, viewing as themselves, notices the kept day.
  await page.getByRole('link', { name: 'Commitments' }).click();
  await expect(card.getByTestId('rate-7')).toHaveText('1 of 1 day kept');
  await expect(card.getByTestId('rate-90')).toHaveText('1 of 1 day kept');
  await expect(card.locator('li[data-date="2026-03-10"]')).toHaveAttribute('data-state', 'kept');
  await expect(card.getByRole('list', { name: 'The last 14 days' })).toContainText(
    'Tuesday 10 March: kept',
  );
  await expect(card.getByRole('group', { name: 'Kept today?' })).toBeVisible();

  await page.getByRole('radio', { name: 'Sam' }).check();
  await expect(page.getByRole('form', { name: 'A new commitment for Sam' })).toBeVisible();
  // Sam can't mark Alex's commitment, only notice it.
  await expect(card.getByRole('group', { name: 'Kept today?' })).toHaveCount(0);
  await card.getByLabel(/Kept on Tuesday 10 March/).fill('I noticed. Thank you.');
  await card.getByRole('button', { name: 'I noticed' }).click();
  await expect(card.getByRole('status')).toHaveText('Thank you for noticing.');
  await expect(card.getByText('You noticed Tuesday 10 March: I noticed. Thank you.')).toBeVisible();

  await page.reload();
  // Back as Alex (the default): the mark, the record and Sam's words are all still there.
  await expect(page.getByRole('radio', { name: 'Alex' })).toBeChecked();
  await expect(card.getByTestId('rate-7')).toHaveText('1 of 1 day kept');
  await expect(card.getByText('Sam noticed Tuesday 10 March: I noticed. Thank you.')).toBeVisible();
  await expect(card.getByRole('list', { name: 'The last 14 days' })).toContainText(
    'Tuesday 10 March: kept, noticed',
  );
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(
    alex.getByRole('group', { name: PROMISE }).getByRole('button', { name: 'Kept', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');

  expect(
    nuzzle.query<{ entity: string }>(
      "SELECT entity FROM changes WHERE entity LIKE 'commitment%' ORDER BY seq",
    ),
  ).toEqual([
    { entity: 'commitment' },
    { entity: 'commitment-mark' },
    { entity: 'commitment-ack' },
  ]);
});

test('years on, the card says the year and roughly how long, and counts days not marked yet', async ({
  nuzzle,
  page,
}) => {
  const me = nuzzle.onboard({ mode: 'just-me' }).partners.find((p) => p.role === 'me');
  if (!me) throw new Error('no partner on this computer');
  nuzzle.call('commitments:create', {
    actorId: me.id,
    text: PROMISE,
    schedule: { kind: 'daily' },
    startDate: '2026-03-10',
  });
  nuzzle.setNow('2036-02-20T20:00:00-05:00');
  await nuzzle.open('commitments');
  const card = page.getByRole('article', { name: PROMISE });
  await expect(card).toContainText('started 10 Mar 2026, about ten years ago');
  await expect(card).not.toContainText(/\d{3,} days ago/);
  // Nothing was ever marked: no "0 of 0", and no count that hides the strip's open days.
  await expect(card.getByTestId('rate-7')).toHaveText('Nothing marked yet');
});

test('empty words and a schedule with no days are refused with a clear message', async ({
  nuzzle,
  page,
}) => {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const me = settings.partners.find((p) => p.role === 'me');
  if (!me) throw new Error('no me');
  await nuzzle.open('commitments');
  // "Just me": no "Viewing as", and an honest word about the partner's commitments.
  await expect(page.getByRole('radio')).toHaveCount(2); // only "how often"
  await expect(page.getByText('Sam writes their commitments on their own computer.')).toBeVisible();

  const form = page.getByRole('form', { name: 'A new commitment' });
  const add = form.getByRole('button', { name: 'Add commitment' });
  await form.getByLabel('What will you do?').fill('   ');
  await add.click();
  await expect(form.getByRole('alert')).toHaveText('Write what you’ll do — a few words is enough.');

  await form.getByLabel('What will you do?').fill('Put my phone away at dinner.');
  await form.getByLabel('On the days I choose').check();
  await add.click();
  await expect(form.getByRole('alert')).toHaveText('Choose at least one day for this commitment.');
  expect(nuzzle.query('SELECT * FROM commitments')).toEqual([]);

  // Straight through the bridge, too.
  const good = {
    actorId: me.id,
    text: 'Put my phone away at dinner.',
    schedule: { kind: 'daily' },
    startDate: '2026-03-10',
  };
  expect(await nuzzle.invokeFromPage('commitments:create', { ...good, text: '' })).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'Write what you’ll do — a few words is enough.' },
  });
  expect(
    await nuzzle.invokeFromPage('commitments:create', {
      ...good,
      schedule: { kind: 'weekdays', days: [] },
    }),
  ).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'Choose at least one day for this commitment.' },
  });
  expect(nuzzle.query('SELECT * FROM commitments')).toEqual([]);
  expect(nuzzle.query("SELECT * FROM changes WHERE entity LIKE 'commitment%'")).toEqual([]);

  // With a day chosen it goes in. Tuesday 10 March isn't one of them, so today's check-in
  // doesn't ask about it.
  await form.getByLabel('Monday').check();
  await form.getByLabel('Thursday').check();
  await add.click();
  await expect(form.getByRole('status')).toContainText('Added.');
  const card = page.getByRole('article', { name: 'Put my phone away at dinner.' });
  await expect(card).toContainText('Mondays and Thursdays');
  await expect(card.getByRole('group', { name: 'Kept today?' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('form', { name: 'Your check-in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Commitments — kept today?' })).toHaveCount(0);
});

test('rewording keeps the earlier words; a pause rests it; retiring keeps its record', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('commitments');
  const form = page.getByRole('form', { name: 'A new commitment' });
  await form.getByLabel('What will you do?').fill('Text if late.');
  await form.getByRole('button', { name: 'Add commitment' }).click();
  let card = page.getByRole('article', { name: 'Text if late.' });
  await card.getByRole('button', { name: 'Not kept', exact: true }).click();
  await expect(card.getByText('Thank you for being honest')).toBeVisible();
  await expect(card.getByTestId('rate-7')).toHaveText('0 of 1 day kept');
  await expect(card.locator('li[data-date="2026-03-10"]')).toHaveAttribute(
    'data-state',
    'not-kept',
  );

  // Reword it the next day.
  nuzzle.setNow('2026-03-11T09:00:00-04:00');
  await card.getByText('Change, pause or retire').click();
  await card.getByRole('textbox', { name: 'Wording' }).fill(PROMISE);
  await card.getByRole('button', { name: 'Save changes' }).click();
  card = page.getByRole('article', { name: PROMISE });
  await expect(card.getByText('Saved. Earlier wording stays in its history.')).toBeVisible();
  await card.getByText('Earlier wording (1)').click();
  await expect(card.getByRole('listitem').filter({ hasText: 'Text if late.' })).toContainText(
    'from 10 Mar until reworded on 11 Mar',
  );
  // Today (11 March) is due and not marked yet: the count says so, as the strip does.
  await expect(card.getByTestId('rate-7')).toHaveText('0 of 2 days kept · 1 day not marked yet');

  // Pause from today: nothing to mark; the check-in doesn't ask.
  await card.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(card.getByText('Resting until Tuesday 17 March.').first()).toBeVisible();
  await expect(card.getByRole('group', { name: 'Kept today?' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Resume from today' }).click();
  await expect(card.getByRole('status')).toHaveText('Welcome back — it comes up again from today.');
  await expect(card.getByRole('group', { name: 'Kept today?' })).toBeVisible();

  // Retire: it moves to "Retired", keeps its record, and stops coming up.
  await card.getByRole('button', { name: 'Retire this commitment' }).click();
  await card.getByRole('button', { name: 'Yes, retire it' }).click();
  const retired = page.getByRole('region', { name: 'Retired' });
  await expect(retired).toBeVisible();
  await expect(page.getByText('None yet.')).toBeVisible();
  await retired.getByText('Show the retired commitment').click();
  const old = retired.getByRole('article', { name: PROMISE });
  await expect(old.getByTestId('rate-7')).toHaveText('0 of 1 day kept');
  await expect(old).toContainText('Its record stays.');
  await expect(old.getByText('Change, pause or retire')).toHaveCount(0);

  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('form', { name: 'Your check-in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Commitments — kept today?' })).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    test('the Commitments screen and the check-in, with a record, pass an axe scan', async ({
      nuzzle,
      page,
    }) => {
      const settings = nuzzle.onboard({ mode: 'both' });
      const [alex, sam] = settings.partners;
      if (!alex || !sam) throw new Error('partners missing');
      nuzzle.setNow('2026-03-01T21:00:00-05:00');
      const made = nuzzle.call('commitments:create', {
        actorId: alex.id,
        text: PROMISE,
        schedule: { kind: 'daily' },
        startDate: '2026-03-01',
        reviewDate: '2026-03-10',
      }) as { id: string };
      const other = nuzzle.call('commitments:create', {
        actorId: alex.id,
        text: 'Old promise, now retired.',
        schedule: { kind: 'weekdays', days: [1, 3, 5] },
        startDate: '2026-03-01',
      }) as { id: string };
      nuzzle.call('commitments:create', {
        actorId: sam.id,
        text: 'Put my phone away at dinner.',
        schedule: { kind: 'daily' },
        startDate: '2026-03-01',
      });
      const values = ['kept', 'not-kept', 'not-applicable', 'kept', 'kept'] as const;
      values.forEach((value, i) => {
        const date = `2026-03-0${String(i + 1)}`;
        nuzzle.setNow(`${date}T21:00:00-05:00`);
        nuzzle.call('commitments:mark', {
          actorId: alex.id,
          commitmentId: made.id,
          localDate: date,
          value,
        });
      });
      nuzzle.call('commitments:acknowledge', {
        actorId: sam.id,
        commitmentId: made.id,
        localDate: '2026-03-04',
        text: 'I noticed',
      });
      nuzzle.call('commitments:pause', {
        actorId: alex.id,
        commitmentId: made.id,
        startDate: '2026-03-06',
        endDate: '2026-03-07',
      });
      nuzzle.call('commitments:retire', { actorId: alex.id, commitmentId: other.id });
      nuzzle.setNow('2026-03-10T20:05:00-04:00');
      nuzzle.call('commitments:mark', {
        actorId: alex.id,
        commitmentId: made.id,
        localDate: '2026-03-10',
        value: 'kept',
      });

      const scan = async () => {
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        return results.violations.map((v) => ({
          rule: v.id,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      };

      await nuzzle.open('commitments');
      const card = page.getByRole('article', { name: PROMISE });
      await expect(card).toContainText('started 1 Mar, 9 days ago');
      // The pause (6–7 March) counts neither way; the unmarked 8–9 March are named, as the
      // strip shows them, never hidden inside "3 of 3".
      await expect(card.getByTestId('rate-7')).toHaveText(
        '3 of 5 days kept · 2 days not marked yet',
      );
      await expect(card.getByTestId('rate-30')).toHaveText(
        '4 of 7 days kept · 2 days not marked yet · 1 day didn’t come up',
      );
      await expect(card).toContainText('It’s the review day you chose.');
      await card.getByText('Change, pause or retire').click();
      await page.getByText('Show the retired commitment').click();
      expect(await scan()).toEqual([]);

      await page.getByRole('radio', { name: 'Sam' }).check();
      await expect(card.getByRole('button', { name: 'I noticed' }).first()).toBeVisible();
      expect(await scan()).toEqual([]);

      await page.getByRole('link', { name: 'Today' }).click();
      await expect(page.getByRole('heading', { name: 'Commitments — kept today?' })).toHaveCount(1);
      expect(await scan()).toEqual([]);
    });
  });
}

/** Twelve retired over the years (newest last), and one still kept. */
function twelveRetired(nuzzle: Nuzzle): void {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const alex = settings.partners[0];
  if (!alex) throw new Error('partners missing');
  for (let i = 1; i <= 12; i += 1) {
    const made = nuzzle.call('commitments:create', {
      actorId: alex.id,
      text: `Retired promise number ${String(i)}`,
      schedule: { kind: 'daily' },
      startDate: '2026-03-10',
    }) as { id: string };
    nuzzle.call('commitments:retire', { actorId: alex.id, commitmentId: made.id });
  }
  nuzzle.call('commitments:create', {
    actorId: alex.id,
    text: PROMISE,
    schedule: { kind: 'daily' },
    startDate: '2026-03-10',
  });
}

test('years of retired commitments open a page at a time; "Show older" brings the rest', async ({
  nuzzle,
  page,
}) => {
  twelveRetired(nuzzle);
  await nuzzle.open('commitments');
  await expect(page.getByRole('article', { name: PROMISE })).toBeVisible();
  const retired = page.getByRole('region', { name: 'Retired' });
  await retired.getByText('Show 12 retired commitments').click();
  const cards = retired.getByRole('article');
  // The newest ten first; the two oldest wait behind the button.
  await expect(cards).toHaveCount(10);
  await expect(cards.first()).toHaveAccessibleName('Retired promise number 12');
  await expect(retired.getByRole('article', { name: 'Retired promise number 2' })).toHaveCount(0);
  await retired.getByRole('button', { name: 'Show older' }).click();
  await expect(cards).toHaveCount(12);
  await expect(cards.last()).toHaveAccessibleName('Retired promise number 1');
  await expect(retired.getByRole('button', { name: 'Show older' })).toHaveCount(0);
});

test('if the older page can’t be read, the screen says so in plain words', async ({
  nuzzle,
  page,
}) => {
  twelveRetired(nuzzle);
  await nuzzle.open('commitments');
  const retired = page.getByRole('region', { name: 'Retired' });
  await retired.getByText('Show 12 retired commitments').click();
  await expect(retired.getByRole('article')).toHaveCount(10);

  nuzzle.breakChannel('commitments:list', {
    throws: new TypeError("Cannot read properties of undefined (reading 'id')"),
  });
  await retired.getByRole('button', { name: 'Show older' }).click();
  await expect(page.getByRole('alert')).toHaveText(UNEXPECTED_ERROR);
});
