// Drafts survive navigation, everywhere text is typed: half-written words come back after
// Ctrl+2 and back, or a sidebar click and back, and are gone once saved. Ctrl+1…7 never fire
// while the focus is in a text field. Locking forgets every draft in the window.

import type { Locator, Page } from '@playwright/test';
import type { CommitmentView } from '../../shared/commitments.ts';
import type { Settings } from '../../shared/domain.ts';
import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

const TODAY = '2026-03-10';

/** Ctrl+2 (History) and back with Ctrl+<key>; the focus leaves the field first, as a person
 *  tabbing or clicking out of it would, since shortcuts never fire while typing. */
async function awayAndBack(page: Page, key: string, heading: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const away = key === '2' ? '1' : '2';
  await page.keyboard.press(`Control+${away}`);
  await expect(
    page.getByRole('heading', { name: away === '2' ? 'History' : 'Today', level: 1 }),
  ).toBeVisible();
  await page.keyboard.press(`Control+${key}`);
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** The same by the sidebar: a click on another screen's link, and one back. */
async function clickAwayAndBack(page: Page, link: string, heading: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: /^History/ }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await nav.getByRole('link', { name: new RegExp(`^${link}`) }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

function form(page: Page, name: string): Locator {
  return page.getByRole('form', { name });
}

test('Ctrl+2 while typing stays with the typing; the check-in note and the daily answer come back after Ctrl+2, Ctrl+1', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('today');
  const checkin = form(page, 'Your check-in');
  await checkin.getByText('A few words').click();
  const note = checkin.getByLabel('A short note');
  await note.fill('Long day, but a good talk at dinner.');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(note).toBeFocused();

  await checkin.getByLabel('Mood: 4 of 5, Good').check();
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('The walk by the river, when it rained.');

  await awayAndBack(page, '1', 'Today');
  await expect(checkin.getByLabel('A short note')).toHaveValue(
    'Long day, but a good talk at dinner.',
  );
  await expect(checkin.getByLabel('Mood: 4 of 5, Good')).toBeChecked();
  await expect(answer).toHaveValue('The walk by the river, when it rained.');

  await clickAwayAndBack(page, 'Today', 'Today');
  await expect(answer).toHaveValue('The walk by the river, when it rained.');

  // Once answered, the words are the answer, not a draft: nothing waits in the box.
  await page.getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(page.getByText('Your answer (only you can see it for now)')).toBeVisible();
  expect(nuzzle.query('SELECT COUNT(*) AS n FROM question_answers')).toEqual([{ n: 1 }]);
});

test('a note to the partner survives the sidebar and Ctrl+3, and is gone once sent', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('notes');
  const text = page.getByLabel('Your note to Sam');
  await text.fill('Thank you for the tea this morning.');
  await clickAwayAndBack(page, 'Notes', 'Notes');
  await expect(text).toHaveValue('Thank you for the tea this morning.');
  await awayAndBack(page, '3', 'Notes');
  await expect(text).toHaveValue('Thank you for the tea this morning.');

  await page.getByRole('button', { name: 'Send to Sam' }).click();
  await expect(page.getByText(/^Sent\./)).toBeVisible();
  await awayAndBack(page, '3', 'Notes');
  // With a note on the screen the composer waits behind its button; opened, it is empty.
  await page.getByRole('button', { name: 'Write a note' }).click();
  await expect(text).toHaveValue('');
});

test('commitments: a new one, new wording and "I noticed" words all wait while you look elsewhere', async ({
  nuzzle,
  page,
}) => {
  const settings = nuzzle.onboard({ mode: 'both' });
  const [alex, sam] = settings.partners;
  if (!alex || !sam) throw new Error('two partners');
  nuzzle.call('commitments:create', {
    actorId: alex.id,
    text: 'I’ll text if I’m running late',
    schedule: { kind: 'daily' },
    startDate: TODAY,
    reviewDate: null,
  });
  const samsOwn = nuzzle.call('commitments:create', {
    actorId: sam.id,
    text: 'I’ll put my phone away at dinner',
    schedule: { kind: 'daily' },
    startDate: TODAY,
    reviewDate: null,
  }) as CommitmentView;
  nuzzle.call('commitments:mark', {
    actorId: sam.id,
    commitmentId: samsOwn.id,
    localDate: TODAY,
    value: 'kept',
  });
  await nuzzle.open('commitments');

  await page.getByRole('button', { name: 'New commitment…' }).click();
  await page.getByLabel('What will you do?').fill('I’ll say when I need a break');
  const mine = page.getByRole('article', { name: 'I’ll text if I’m running late' });
  await mine.getByText('Change, pause or retire').click();
  await mine.getByLabel('Wording', { exact: true }).fill('I’ll text if I’m over ten minutes late');
  const noticed = page.getByPlaceholder('I noticed');
  await noticed.fill('Dinner felt like ours again.');

  await awayAndBack(page, '4', 'Commitments');
  await expect(page.getByLabel('What will you do?')).toHaveValue('I’ll say when I need a break');
  await expect(mine.getByLabel('Wording', { exact: true })).toHaveValue(
    'I’ll text if I’m over ten minutes late',
  );
  await expect(noticed).toHaveValue('Dinner felt like ours again.');

  await clickAwayAndBack(page, 'Commitments', 'Commitments');
  await expect(noticed).toHaveValue('Dinner felt like ours again.');

  // Saved: each is stored, and coming back starts from what is stored.
  await page.getByRole('button', { name: 'I noticed', exact: true }).click();
  await expect(page.getByText('Dinner felt like ours again.')).toBeVisible();
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('article', { name: 'I’ll say when I need a break' })).toBeVisible();
  await mine.getByRole('button', { name: 'Save changes' }).click();
  const reworded = page.getByRole('article', { name: 'I’ll text if I’m over ten minutes late' });
  await expect(reworded).toBeVisible();

  await awayAndBack(page, '4', 'Commitments');
  await expect(page.getByRole('button', { name: 'New commitment…' })).toBeVisible();
  await expect(page.getByLabel('What will you do?')).toHaveCount(0);
  await expect(page.getByPlaceholder('I noticed')).toHaveCount(0);
  await reworded.getByText('Change, pause or retire').click();
  await expect(reworded.getByLabel('Wording', { exact: true })).toHaveValue(
    'I’ll text if I’m over ten minutes late',
  );
});

test('guide search, the apology builder, question search, settings names and a pause reason survive leaving the screen', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('guides');
  const search = page.getByLabel('Search the guides');
  await search.fill('sorry');
  await awayAndBack(page, '5', 'Guides');
  await expect(search).toHaveValue('sorry');
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();

  await page.getByRole('link', { name: 'Open the apology builder' }).click();
  const happened = page.getByRole('textbox', { name: 'What happened' });
  await happened.fill('I said I was at work when I wasn’t.');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Apology builder', level: 1 })).toBeVisible();
  await clickAwayAndBack(page, 'Guides', 'Guides');
  await page.getByRole('link', { name: 'Open the apology builder' }).click();
  await expect(happened).toHaveValue('I said I was at work when I wasn’t.');

  await page.keyboard.press('Control+7');
  const questionSearch = page.getByLabel('Search questions and answers');
  await questionSearch.fill('walk');
  await awayAndBack(page, '7', 'Questions');
  await expect(questionSearch).toHaveValue('walk');

  await page.keyboard.press('Control+6');
  const myName = page.getByLabel('Your name');
  await myName.fill('Alexandra');
  await awayAndBack(page, '6', 'Settings');
  await expect(myName).toHaveValue('Alexandra');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  // Saved, so no draft is left to cover a later change made elsewhere.
  const saved = nuzzle.call('settings:get') as Settings;
  nuzzle.call('settings:save', {
    myName: 'Alex',
    partnerName: 'Sam',
    computerMode: saved.computerMode,
    reminder: saved.reminder,
    launchAtLogin: saved.launchAtLogin,
  });
  await awayAndBack(page, '6', 'Settings');
  await expect(myName).toHaveValue('Alex');

  await page.keyboard.press('Control+2');
  const reason = page.getByRole('textbox', { name: /Reason/ });
  await reason.fill('Visiting my sister');
  await awayAndBack(page, '2', 'History');
  await expect(reason).toHaveValue('Visiting my sister');
});

test('locking forgets every draft', async ({ nuzzle, page }) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('today');
  await nuzzle.invokeFromPage('lock:set-passcode', {
    passcode: 'quiet harbour 27',
    understood: true,
  });
  const checkin = form(page, 'Your check-in');
  await checkin.getByText('A few words').click();
  await checkin.getByLabel('A short note').fill('Not for anyone unlocking later.');
  await page.getByRole('textbox', { name: 'Your answer' }).fill('Nor this.');

  nuzzle.call('lock:now');
  await expect(page.getByRole('heading', { name: 'Nuzzle is locked' })).toBeVisible();
  await page.getByLabel('Passcode').fill('quiet harbour 27');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await checkin.getByText('A few words').click();
  await expect(checkin.getByLabel('A short note')).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('');
});
