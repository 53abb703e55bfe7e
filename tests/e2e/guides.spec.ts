// Guides in the app: opened the way the tray opens them, cross-links, search, reading progress
// that survives a reload, the safety panel (its link goes out only through main's allowlist),
// and the apology builder with its drafts.

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { guideTrayInfo } from '../../main/core/guides/tray-info.ts';
import { HOTLINE } from '../../shared/guides-catalog.ts';
import { expect, test } from './harness/nuzzle.ts';
// The shell's decision on which links may leave for the system browser.
import { isAllowedExternalUrl } from '../../main/shell/decisions/external-links.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

const RECEIVING = "When you're on the receiving end";

test('open a guide the way the tray does, follow a cross-link, and find a phrase by search', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('today');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  // The tray's "Guides ▸" lists the guides; choosing one sends the window to its route.
  const tray = guideTrayInfo(nuzzle.core.context);
  expect(tray.continue).toBeNull();
  const sorry = tray.guides.find((g) => g.title === 'Saying sorry');
  if (!sorry) throw new Error('Saying sorry is not in the tray');
  nuzzle.core.context.emit('navigate', { route: `guides?guide=${sorry.slug}` });

  await expect(page.getByRole('heading', { name: 'Saying sorry', level: 1 })).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveCount(10);
  await expect(toc.getByRole('link', { name: 'Try this today' })).toBeVisible();
  // Opening it made it the guide to continue from the tray.
  await expect.poll(() => guideTrayInfo(nuzzle.core.context).continue?.slug).toBe('saying-sorry');

  // A cross-link inside the guide opens the other guide in the app.
  const article = page.getByRole('article');
  await article.getByRole('link', { name: 'Rebuilding trust', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Rebuilding trust', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/guides\?guide=rebuilding-trust$/);
  await expect(page.getByRole('heading', { name: 'Rebuilding trust', level: 1 })).toBeFocused();
  // This guide carries the safety panel, in its safety section.
  await expect(
    page.getByRole('region', { name: 'Safety comes first' }).getByTestId('safety-panel'),
  ).toBeVisible();

  // Search finds a phrase from another guide and jumps straight to it.
  await page.getByLabel('Search the guides').fill('MISTAKES were made');
  await expect(page.getByRole('status').filter({ hasText: 'in the guides' })).toHaveText(
    '1 place in the guides mentions “MISTAKES were made”.',
  );
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('mark')).toHaveText('Mistakes were made');
  await results.getByRole('link', { name: 'Saying sorry › Phrases that undo an apology' }).click();
  await expect(page.getByRole('heading', { name: 'Saying sorry', level: 1 })).toBeVisible();
  const phrases = page.getByRole('heading', { name: 'Phrases that undo an apology', level: 2 });
  await expect(phrases).toBeFocused();
  await expect(phrases).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Search results' })).toHaveCount(0);

  // Nothing found is said kindly.
  await page.getByLabel('Search the guides').fill('zeppelin');
  await expect(page.getByText('Nothing in the guides mentions “zeppelin”.').first()).toBeVisible();

  // "Try this today" actions lead into the app.
  await page.getByLabel('Search the guides').fill('');
  await page.getByRole('link', { name: 'Open the apology builder' }).click();
  await expect(page.getByRole('heading', { name: 'Apology builder', level: 1 })).toBeVisible();
});

test('reading progress is kept per partner and survives a reload', async ({ nuzzle, page }) => {
  const settings = nuzzle.onboard({ mode: 'both' });
  const me = settings.partners.find((p) => p.role === 'me');
  if (!me) throw new Error('no me');
  await nuzzle.open('guides');
  await expect(page.getByRole('heading', { name: 'Guides', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pick up where you left off' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Reading as' }).getByLabel('Alex')).toBeChecked();

  await page.getByRole('link', { name: 'Saying sorry', exact: true }).click();
  const savedPlace = () =>
    nuzzle.query<{ section_id: string }>(
      "SELECT section_id FROM guide_progress WHERE slug = 'saying-sorry' AND author_id = ?",
      me.id,
    );
  await expect.poll(savedPlace).toEqual([{ section_id: '' }]);

  // Jumping from the contents remembers the place at once…
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Phrases that undo an apology' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Phrases that undo an apology', level: 2 }),
  ).toBeInViewport();
  await expect.poll(savedPlace).toEqual([{ section_id: 'phrases-that-undo-an-apology' }]);

  // …and so does reading on: scroll until the next-but-one section reaches the top.
  const section = page.getByRole('heading', { name: RECEIVING, level: 2 });
  await section.evaluate((heading) => window.scrollBy(0, heading.getBoundingClientRect().top - 8));
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: RECEIVING }),
  ).toHaveAttribute('aria-current', 'location');
  await expect.poll(savedPlace).toEqual([{ section_id: 'when-youre-on-the-receiving-end' }]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Saying sorry', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'back where you left off' })).toHaveText(
    `You’re back where you left off, at “${RECEIVING}”. Start from the top`,
  );
  await expect(section).toBeInViewport();

  // The list offers to continue, for the person reading; Sam hasn't started anything.
  await page.getByRole('link', { name: '← All guides' }).click();
  const pickUp = page.getByRole('region', { name: 'Pick up where you left off' });
  await expect(pickUp).toContainText(`Continue: Saying sorry — at “${RECEIVING}”`);
  await page.getByRole('group', { name: 'Reading as' }).getByLabel('Sam').check();
  await expect(pickUp).toHaveCount(0);
  await page.getByRole('group', { name: 'Reading as' }).getByLabel('Alex').check();
  await pickUp.getByRole('link', { name: 'Continue: Saying sorry' }).click();
  await expect(section).toBeInViewport();
  expect(guideTrayInfo(nuzzle.core.context).continue).toEqual({
    slug: 'saying-sorry',
    title: 'Saying sorry',
  });

  // Finishing it: the app and the tray stop offering to continue it.
  await page.getByRole('button', { name: 'Mark as finished' }).click();
  await expect(page.getByText('Marked as finished.')).toBeVisible();
  await expect.poll(() => guideTrayInfo(nuzzle.core.context).continue).toBeNull();
  await page.getByRole('link', { name: '← All guides' }).click();
  await expect(page.getByRole('heading', { name: 'All guides' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pick up where you left off' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'Saying sorry' })).toContainText(
    'Finished',
  );
});

test('the safety panel: copyable number, and the hotline link leaves only through the allowlist', async ({
  nuzzle,
  page,
  context,
}) => {
  // No network in tests: anything the popup asks of the hotline's site is answered locally.
  await context.route('https://www.thehotline.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>stand-in</title>' }),
  );
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('guides?guide=deal-breakers');

  const panel = page
    .getByRole('region', { name: 'Safety comes before repair' })
    .getByRole('complementary', { name: 'If you don’t feel safe' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(HOTLINE.phone);
  await expect(panel).toContainText('Text START to 88788');
  await expect(panel).toContainText('In immediate danger, call 911');
  await expect(panel).toContainText('Outside the US, call your local emergency number');

  await panel.getByRole('button', { name: 'Copy number' }).click();
  await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText(`Copied ${HOTLINE.phone}.`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(HOTLINE.phone);

  const link = panel.getByRole('link', { name: 'thehotline.org' });
  const href = await link.getAttribute('href');
  expect(href).toBe('https://www.thehotline.org/');
  expect(isAllowedExternalUrl(href)).toBe(true);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noreferrer');

  const guideUrl = page.url();
  const popupOpened = page.waitForEvent('popup');
  await link.click();
  // A new window is asked for (Electron's window-open handler gets exactly this URL and, as it
  // is allowlisted, hands it to the system browser); the app itself doesn't navigate.
  const popup = await popupOpened;
  await popup.waitForLoadState();
  expect(isAllowedExternalUrl(popup.url())).toBe(true);
  expect(page.url()).toBe(guideUrl);
  await expect(page.getByRole('heading', { name: 'Deal breakers', level: 1 })).toBeVisible();
  await popup.close();

  // The same panel is in Help on the guides page, and not on guides that don't call for it.
  await nuzzle.open('guides?guide=monogamy');
  await expect(page.getByRole('heading', { name: 'What monogamy asks of both' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Safety comes first' }).getByTestId('safety-panel'),
  ).toBeVisible();
  await nuzzle.open('guides?guide=after-a-fight');
  await expect(page.getByRole('heading', { name: 'After a fight', level: 1 })).toBeVisible();
  await expect(page.getByTestId('safety-panel')).toHaveCount(0);
  await nuzzle.open('guides');
  await expect(
    page.getByRole('region', { name: 'Help' }).getByRole('complementary', {
      name: 'If you don’t feel safe',
    }),
  ).toContainText(HOTLINE.phone);
});

test('the apology builder flags deflections kindly, saves drafts locally, and deletes them', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'just-me' });
  await nuzzle.open('guides?guide=saying-sorry');
  await page
    .getByRole('region', { name: 'Try this today' })
    .getByRole('link', { name: 'Open the apology builder' })
    .click();
  await expect(page.getByRole('heading', { name: 'Apology builder', level: 1 })).toBeVisible();

  const happened = page.getByRole('textbox', { name: 'What happened' });
  await happened.fill('I told you I was at work on Thursday when I wasn’t.');
  const wrong = page.getByRole('textbox', { name: 'That it was wrong' });
  await wrong.fill('I’m sorry if you felt hurt, but you never ask about my day.');
  const notes = page.getByRole('status', { name: 'Notes on “That it was wrong”' });
  await expect(notes).toContainText('“if you felt hurt”');
  await expect(notes).toContainText('An “if” makes the hurt sound uncertain');
  await expect(notes).toContainText('“but you never ask about my day”');
  await expect(page.getByRole('status', { name: 'Notes on “What happened”' })).toHaveText('');
  await expect(page.getByRole('region', { name: 'Read it through' }).locator('mark')).toHaveText([
    'if you felt hurt',
    'but you never ask about my day',
  ]);

  // Rewriting it plainly clears the notes.
  await wrong.fill('That was wrong of me.');
  await expect(notes).toHaveText('');

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(
    page.getByText('Draft saved on this computer. Nothing has been sent.'),
  ).toBeVisible();
  expect(
    nuzzle.query('SELECT happened, wrong FROM apology_drafts WHERE deleted_at IS NULL'),
  ).toEqual([
    {
      happened: 'I told you I was at work on Thursday when I wasn’t.',
      wrong: 'That was wrong of me.',
    },
  ]);
  // Nothing is queued for the partner's computer.
  expect(nuzzle.query("SELECT entity FROM changes WHERE entity <> 'partner'")).toEqual([]);

  await page.reload();
  const drafts = page.getByRole('region', { name: 'Saved drafts' });
  await drafts.getByRole('button', { name: /I told you I was at work/ }).click();
  await expect(happened).toHaveValue('I told you I was at work on Thursday when I wasn’t.');

  await page.getByRole('button', { name: 'Delete draft' }).click();
  const confirm = page.getByRole('group', { name: /Delete this draft\?/ });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(happened).toHaveValue('I told you I was at work on Thursday when I wasn’t.');
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(
    page.getByText('Draft deleted. Its words are gone from this computer.'),
  ).toBeVisible();
  await expect(happened).toHaveValue('');
  await expect(drafts).toContainText('No saved drafts.');
  expect(nuzzle.query('SELECT happened, wrong, harm, different FROM apology_drafts')).toEqual([
    { happened: '', wrong: '', harm: '', different: '' },
  ]);
});

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`guides, search, the safety panel and the apology builder pass axe (${colorScheme})`, async ({
    nuzzle,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    nuzzle.onboard({ mode: 'both' });
    await nuzzle.open('guides');
    await page.getByLabel('Search the guides').fill('sorry');
    await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await nuzzle.open('guides?guide=rebuilding-trust');
    await expect(page.getByTestId('safety-panel')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await nuzzle.open('apology');
    await page
      .getByRole('textbox', { name: 'That it was wrong' })
      .fill('Mistakes were made, but you never listen.');
    await expect(page.getByRole('region', { name: 'Read it through' }).locator('mark')).toHaveCount(
      2,
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
}
