// Every text field stops at its limit and says so next to the field: a long paste (100,000
// characters) is cut at the limit, the message is tied to the field for screen readers,
// the page stays alive, and what was kept saves.

import type { Locator, Page } from '@playwright/test';
import { FIELD_LIMITS, type FieldLimit } from '../../shared/field-limits.ts';
import { expect, test } from './harness/nuzzle.ts';

const LONG = 'Long words, pasted. '.repeat(5_000);
/** What a save keeps of a field cut at `max` (saves trim the ends). */
const saved = (max: number, before = '') => (before + LONG).slice(0, max).trim().length;

/** Pastes LONG at the end of the field and checks it stopped at the limit, politely. */
async function pasteLong(page: Page, box: Locator, limit: FieldLimit): Promise<void> {
  await box.click();
  await box.press('Control+End');
  const before = await box.inputValue();
  await page.keyboard.insertText(LONG);
  await expect(box).toHaveValue(before + LONG.slice(0, limit.max - before.length));
  const words = `That’s the ${limit.max.toLocaleString('en-US')}-character limit for ${limit.what}.`;
  await expect(box).toHaveAccessibleDescription(new RegExp(words.replace('.', '\\.')));
  // One more key changes nothing.
  await page.keyboard.type('!');
  expect((await box.inputValue()).length).toBe(limit.max);
}

test('names at onboarding and in Settings stop at 40 characters, and save', async ({
  nuzzle,
  page,
}) => {
  await nuzzle.open();
  await pasteLong(page, page.getByLabel('Your name'), FIELD_LIMITS.name);
  await pasteLong(page, page.getByLabel('Your partner’s name'), FIELD_LIMITS.name);
  await page.getByLabel('Both of us, on this computer').check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const names = nuzzle.query<{ n: number }>('SELECT length(name) AS n FROM partners');
  expect(names).toEqual([{ n: saved(40) }, { n: saved(40) }]);

  await nuzzle.open('settings');
  const mine = page.getByLabel('Your name');
  await mine.fill('Robin');
  await pasteLong(page, mine, FIELD_LIMITS.name);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const me = nuzzle.query<{ name: string }>("SELECT name FROM partners WHERE role = 'me'");
  expect(me[0]?.name).toBe(('Robin' + LONG).slice(0, 40));
});

test('a check-in’s note and what I share stop at their limits, and the check-in saves', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('today');
  const alex = page.getByRole('form', { name: 'Alex’s check-in' });
  await alex.getByLabel('Mood: 4 of 5, Good').check();
  await alex.getByLabel('Closeness: 3 of 5, In between').check();
  await alex.getByLabel('How settled I feel about us: 2 of 5, Uneasy').check();
  await alex.getByText('A few words').click();
  await pasteLong(page, alex.getByLabel('A short note'), FIELD_LIMITS.checkinNote);
  await pasteLong(
    page,
    alex.getByLabel('Something I’m sharing before being asked'),
    FIELD_LIMITS.checkinShared,
  );
  await alex.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByTestId('status-me')).toContainText('checked in');
  expect(
    nuzzle.query('SELECT length(note) AS note, length(shared) AS shared FROM checkins'),
  ).toEqual([{ note: saved(280), shared: saved(500) }]);
});

test('the quick window’s check-in and answer stop at their limits', async ({ nuzzle, page }) => {
  nuzzle.onboard({ mode: 'just-me' });
  await page.setViewportSize({ width: 360, height: 520 });
  await nuzzle.open('quick?view=question');
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await pasteLong(page, answer, FIELD_LIMITS.answer);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('question-status')).toContainText('waiting for Sam');
  expect(nuzzle.query('SELECT id FROM question_answers')).toHaveLength(1);
});

test('a note stops at 1,000 characters: a counter near the end, a word at the limit, and it sends', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('notes');
  const text = page.getByLabel('Your note to Sam');
  await text.fill('a'.repeat(995));
  await pasteLong(page, text, FIELD_LIMITS.note);
  await page.getByRole('button', { name: 'Send to Sam' }).click();
  await expect(page.getByText('Sent. Sam will find it in their notes.')).toBeVisible();
  expect(nuzzle.query('SELECT length(body) AS n FROM notes')).toEqual([
    { n: saved(1000, 'a'.repeat(995)) },
  ]);
});

test('a paste in the middle keeps the words after it; the counter shows near the limit', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('commitments');
  const form = page.getByRole('form', { name: /A new commitment/ }).first();
  const box = form.getByLabel('What will you do?');
  await box.fill('I will text you. Thank you.');
  await expect(form.getByText(/characters left/)).toHaveCount(0);
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(16, 16));
  await page.keyboard.insertText(' '.padEnd(500, 'x'));
  const kept = await box.inputValue();
  expect(kept.startsWith('I will text you. x')).toBe(true);
  expect(kept.endsWith(' Thank you.')).toBe(true);
  expect(kept).toHaveLength(200);
  await expect(box).toHaveAccessibleDescription(/200-character limit for a commitment/);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(form.getByText('2 characters left')).toBeVisible();
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(box).toHaveValue('');
  expect(nuzzle.query('SELECT length(text) AS n FROM commitments')).toEqual([{ n: 198 }]);
});

test('guides: the search and every part of the apology builder stop at their limits', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('guides');
  await pasteLong(page, page.getByLabel('Search the guides'), FIELD_LIMITS.search);
  await nuzzle.open('apology');
  for (const label of ['What happened', 'That it was wrong']) {
    await pasteLong(page, page.getByLabel(label, { exact: true }), FIELD_LIMITS.apology);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('questions search, pause reason, pairing code and the delete word stop at their limits', async ({
  nuzzle,
  page,
}) => {
  // Just me on this computer: the partner-computer card (with its code field) only shows then.
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('questions');
  await pasteLong(page, page.getByLabel('Search questions and answers'), FIELD_LIMITS.search);
  await nuzzle.open('history');
  await pasteLong(page, page.getByLabel(/Reason/), FIELD_LIMITS.pauseReason);
  await nuzzle.open('settings');
  await page.getByRole('button', { name: 'I have a code' }).click();
  await pasteLong(
    page,
    page.getByLabel('The code shown on your partner’s computer'),
    FIELD_LIMITS.syncCode,
  );
  await pasteLong(page, page.getByLabel(/To delete every check-in/), FIELD_LIMITS.confirmWord);
  expect(nuzzle.query('SELECT 1 FROM partners')).toHaveLength(2);
});
