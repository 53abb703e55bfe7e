// Appreciation notes as the two of you see them: writing on a shared computer, the other's
// inbox, read and favourite marks that survive a reload, taking a note back, clear refusals,
// the small note window with its draft, and the gentle nudge.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Nuzzle } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

const ARRIVED = 'Nuzzle: A new note is waiting for you in Nuzzle';

function partners(nuzzle: Nuzzle, mode: 'both' | 'just-me') {
  const settings = nuzzle.onboard({ mode });
  const me = settings.partners.find((p) => p.role === 'me');
  const partner = settings.partners.find((p) => p.role === 'partner');
  if (!me || !partner) throw new Error('partners missing');
  return { me: me.id, partner: partner.id };
}

const closeRequests = (page: Page) =>
  page.evaluate(() => (window as unknown as { __nuzzleClosed: number }).__nuzzleClosed);

test('a note from Alex reaches Sam’s inbox unread; Sam marks it read; Alex takes another back', async ({
  nuzzle,
  page,
}) => {
  partners(nuzzle, 'both');
  await nuzzle.open('notes');
  await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible();
  const who = page.getByRole('group', { name: 'Writing and reading as' });
  await expect(who.getByRole('radio', { name: 'Alex' })).toBeChecked();

  // Alex writes two notes to Sam.
  const text = page.getByLabel('Your note to Sam');
  await text.fill('Thank you for making coffee before my early shift.');
  await page.getByRole('button', { name: 'Send to Sam' }).click();
  await expect(page.getByText('Sent. Sam will find it in their notes.')).toBeVisible();
  await expect(text).toHaveValue('');
  await text.fill('I noticed you kept your word about calling when you were late.');
  await text.press('Control+Enter');
  await expect(
    page.getByRole('list', { name: 'Notes you wrote' }).getByRole('listitem'),
  ).toHaveCount(2);
  // A generic notification for Sam, who uses this computer too: no names, no words.
  expect(nuzzle.notifications.filter((n) => n === ARRIVED)).toHaveLength(2);
  expect(nuzzle.notifications.join(' ')).not.toContain('coffee');

  // Not in Alex's own inbox.
  await expect(page.getByRole('heading', { name: 'Notes for Alex' })).toBeVisible();
  await expect(
    page.getByText('No notes for you yet. When Sam writes one, it will be here.'),
  ).toBeVisible();

  // Sam is here now.
  await who.getByRole('radio', { name: 'Sam (2 new)' }).check();
  await expect(page.getByRole('heading', { name: 'Notes for Sam' })).toBeVisible();
  const inbox = page.getByRole('list', { name: 'Notes for Sam' });
  const coffee = inbox.getByRole('listitem').filter({ hasText: 'coffee' });
  await expect(inbox.getByRole('listitem')).toHaveCount(2);
  // Newest first.
  await expect(inbox.getByRole('listitem').first()).toContainText('kept your word');
  await expect(coffee.getByText('New', { exact: true })).toBeVisible();
  await expect(coffee.getByRole('heading', { name: 'From Alex · 10 Mar 2026' })).toBeVisible();
  await expect(page.getByTestId('notes-unread')).toHaveText('2 new notes to read.');

  await coffee.getByRole('button', { name: 'Mark as read' }).click();
  await expect(coffee.getByText('New', { exact: true })).toHaveCount(0);
  await expect(coffee.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  await coffee.getByRole('button', { name: 'Keep as favourite' }).click();
  await expect(coffee.getByRole('button', { name: 'Keep as favourite' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('notes-unread')).toHaveText('1 new note to read.');

  // A reload keeps who is here and what was marked.
  await page.reload();
  await expect(who.getByRole('radio', { name: 'Sam (1 new)' })).toBeChecked();
  await expect(coffee.getByText('New', { exact: true })).toHaveCount(0);
  await expect(coffee.getByRole('button', { name: 'Keep as favourite' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('radio', { name: 'Favourites (1)' }).check();
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await expect(inbox).toContainText('coffee');
  await page.getByRole('radio', { name: 'All notes' }).check();
  expect(
    nuzzle.query<{ read: number; favourite: number }>(
      'SELECT read_at IS NOT NULL AS read, favourite FROM note_states',
    ),
  ).toEqual([{ read: 1, favourite: 1 }]);

  // Alex takes the second note back: gone for both.
  await who.getByRole('radio', { name: 'Alex' }).check();
  const sent = page.getByRole('list', { name: 'Notes you wrote' });
  const second = sent.getByRole('listitem').filter({ hasText: 'kept your word' });
  await second.getByRole('button', { name: 'Delete…' }).click();
  await expect(second.getByText('Delete this note? It will disappear for Sam too.')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await second.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText('Deleted. It’s gone for both of you.')).toBeVisible();
  await expect(sent.getByRole('listitem')).toHaveCount(1);
  await expect(sent).not.toContainText('kept your word');

  await who.getByRole('radio', { name: /^Sam/ }).check();
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await expect(inbox).not.toContainText('kept your word');
  await expect(page.getByTestId('notes-unread')).toHaveText('All read.');

  // Deleting is a recorded change, not a silent removal; the words are wiped.
  expect(
    nuzzle.query<{ op: string }>("SELECT op FROM changes WHERE entity = 'note' ORDER BY seq"),
  ).toEqual([{ op: 'upsert' }, { op: 'upsert' }, { op: 'delete' }]);
  expect(nuzzle.query('SELECT body FROM notes WHERE deleted_at IS NOT NULL')).toEqual([
    { body: '' },
  ]);
});

test('empty notes are refused, a 1,001st character isn’t taken; nothing is stored', async ({
  nuzzle,
  page,
}) => {
  const { me } = partners(nuzzle, 'both');
  await nuzzle.open('notes');
  const text = page.getByLabel('Your note to Sam');
  const send = page.getByRole('button', { name: 'Send to Sam' });

  await send.click();
  await expect(page.getByRole('alert')).toHaveText('Write a few words first.');
  await text.fill('   \n  ');
  await send.click();
  await expect(page.getByRole('alert')).toHaveText('Write a few words first.');

  // The box stops at the limit and says so; the bridge still refuses a longer text.
  await text.fill('a'.repeat(1001));
  await expect(text).toHaveValue('a'.repeat(1000));
  await expect(page.getByText('That’s the 1,000-character limit for a note.')).toBeVisible();
  await text.fill('');

  // The same rules hold for any caller of the bridge.
  expect(await nuzzle.invokeFromPage('notes:send', { authorId: me, text: '' })).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'Write a few words first.' },
  });
  expect(
    await nuzzle.invokeFromPage('notes:send', { authorId: me, text: 'é'.repeat(1001) }),
  ).toEqual({
    ok: false,
    error: {
      code: 'bad-request',
      message: 'Notes can be up to 1,000 characters — this one is 1,001.',
    },
  });
  expect(nuzzle.query('SELECT * FROM notes')).toEqual([]);
  expect(nuzzle.query("SELECT * FROM changes WHERE entity LIKE 'note%'")).toEqual([]);
  expect(nuzzle.notifications).not.toContain(ARRIVED);

  // Trimmed to exactly 1,000, it goes.
  await text.fill('a'.repeat(1000));
  await send.click();
  await expect(page.getByText('Sent. Sam will find it in their notes.')).toBeVisible();
  expect(nuzzle.query<{ n: number }>('SELECT length(body) AS n FROM notes')).toEqual([{ n: 1000 }]);
});

test('the note window: a starting line, a draft that survives closing, Ctrl+Enter sends', async ({
  nuzzle,
  page,
}) => {
  partners(nuzzle, 'both');
  await nuzzle.open('note');
  await expect(page.getByRole('heading', { name: 'A note for Sam', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Alex' })).toBeChecked();
  const text = page.getByLabel('Your note to Sam');
  await expect(text).toBeFocused();

  await page.getByRole('button', { name: 'Need a starting line?' }).click();
  const prompt = (await page.getByTestId('note-prompt').textContent()) ?? '';
  expect(prompt.length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Another one' }).click();
  await expect(page.getByTestId('note-prompt')).not.toHaveText(prompt);
  const starter = (await page.getByTestId('note-prompt').textContent()) ?? '';
  await page.getByRole('button', { name: 'Use this line' }).click();
  await expect(text).toBeFocused();
  const begun = `${starter.replace(/…$/, '').trimEnd()} `;
  await expect(text).toHaveValue(begun);
  await text.press('End');
  await text.pressSequentially('the dishes');

  // Esc keeps the draft and closes; the next time the window opens, the words are back.
  await page.keyboard.press('Escape');
  await expect.poll(() => closeRequests(page)).toBe(1);
  await page.reload();
  await expect(page.getByLabel('Your note to Sam')).toHaveValue(`${begun}the dishes`);
  // Drafts stay on this computer: nothing for the outbox.
  expect(nuzzle.query("SELECT * FROM changes WHERE entity LIKE 'note%'")).toEqual([]);

  // Sam's draft is Sam's own.
  await page.getByRole('radio', { name: 'Sam' }).check();
  await expect(page.getByRole('heading', { name: 'A note for Alex', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Your note to Alex')).toHaveValue('');
  await page.getByRole('radio', { name: 'Alex' }).check();

  await page.getByLabel('Your note to Sam').press('Control+Enter');
  await expect(page.getByText('Sent. Sam will find it in their notes.')).toBeVisible();
  // (The reload above started the count again.) The window closes by itself after sending.
  await expect.poll(() => closeRequests(page)).toBe(1);
  expect(nuzzle.query<{ body: string }>('SELECT body FROM notes')).toEqual([
    { body: `${begun}the dishes`.trim() },
  ]);
  expect(nuzzle.query('SELECT * FROM note_drafts')).toEqual([]);
  await page.reload();
  await expect(page.getByLabel('Your note to Sam')).toHaveValue('');
});

test('just me: I write to my partner; my inbox honestly waits for sync', async ({
  nuzzle,
  page,
}) => {
  partners(nuzzle, 'just-me');
  await nuzzle.open('notes');
  await expect(page.getByRole('group', { name: 'Writing and reading as' })).toHaveCount(0);
  await expect(
    page.getByText(
      'Notes Sam writes to you will show up here once your two Nuzzles are connected. Until then this stays empty — nothing is missing.',
    ),
  ).toBeVisible();
  await page.getByLabel('Your note to Sam').fill('Thanks for the call at lunch.');
  await page.getByRole('button', { name: 'Send to Sam' }).click();
  await expect(
    page.getByText('Sent. It’s kept here and will reach Sam once your two Nuzzles are connected.'),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notes you wrote' })).toContainText(
    'Thanks for the call at lunch.',
  );
  // Sam isn't on this computer: no notification here.
  expect(nuzzle.notifications).not.toContain(ARRIVED);
  await expect(page.getByTestId('notes-flow-summary')).toHaveText(
    'Over these 12 weeks, 1 note went between you.',
  );
  await expect(page.getByRole('img', { name: /Notes between you, week by week/ })).toBeVisible();
  // One count per week for the two of you: never who wrote more.
  const table = page.getByRole('table', { name: 'Notes between you by week' });
  await expect(table.getByRole('row', { name: '9 Mar 2026 1' })).toHaveCount(1);
  await expect(table.getByRole('columnheader')).toHaveText(['Week of', 'Notes between you']);
  await expect(page.locator('.notes-flow')).not.toContainText(/From you|written|received/);
});

test('a gentle nudge on Today after a quiet stretch: "Not today" sets it aside; settings move it', async ({
  nuzzle,
  page,
}) => {
  const { me } = partners(nuzzle, 'just-me');
  nuzzle.call('notes:send', { authorId: me, text: 'Thank you for Sunday.' });
  await nuzzle.open('today');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByTestId('note-nudge')).toHaveCount(0);

  nuzzle.setNow('2026-03-13T09:00:00-04:00'); // three days on
  const card = page.getByRole('region', { name: 'A note, maybe?' });
  await expect(card).toContainText(
    'A few kind words for Sam? One small thing you noticed lately is plenty.',
  );
  await card.getByRole('button', { name: 'Not today' }).click();
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByTestId('note-nudge')).toHaveCount(0);

  nuzzle.setNow('2026-03-14T09:00:00-04:00'); // a new day: offered again
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: 'Write to Sam' }).click();
  await expect(page.getByRole('heading', { name: 'Write to Sam' })).toBeVisible();

  const days = page.getByLabel('Nudge after this many quiet days');
  await expect(days).toHaveValue('3');
  await days.fill('31');
  await page.getByRole('button', { name: 'Save note settings' }).click();
  await expect(page.getByRole('alert')).toHaveText('The nudge can come after 1 to 30 days.');
  await days.fill('7');
  await page.getByRole('button', { name: 'Save note settings' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByTestId('note-nudge')).toHaveCount(0);
  expect(nuzzle.call('notes:settings')).toEqual({
    nudgeEnabled: true,
    nudgeAfterDays: 7,
    notifyOnArrival: true,
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Notes screen passes an accessibility scan in ${colorScheme} mode`, async ({
    nuzzle,
    page,
  }) => {
    const { me, partner } = partners(nuzzle, 'both');
    nuzzle.call('notes:send', { authorId: me, text: 'Thank you for the walk.' });
    const note = nuzzle.call('notes:send', { authorId: partner, text: 'You made me laugh.' }) as {
      id: string;
    };
    nuzzle.call('notes:favourite', { id: note.id, readerId: me, favourite: true });
    await page.emulateMedia({ colorScheme });
    await nuzzle.open('notes');
    await expect(page.getByRole('list', { name: 'Notes for Alex' })).toContainText('laugh');
    await page.getByRole('button', { name: 'Write a note' }).click();
    await page.getByRole('button', { name: 'Need a starting line?' }).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}
