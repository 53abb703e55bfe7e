// The daily question as people meet it: on one shared computer and across two synced
// computers; sealed until both answer, then side by side with a heart and a reply; the
// archive; the quick window; keyboard only; axe-clean in both themes.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../../main/core/clock.ts';
import { createCore } from '../../main/core/core.ts';
import type { Settings } from '../../shared/domain.ts';
import { expect, test } from './harness/nuzzle.ts';

const ALEX = 'The evening we got lost and found the little bakery';
const SAM = 'Our first snow walk, when you lent me your scarf';

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ') ?? ''}`)).toEqual(
    [],
  );
}

/** Types an answer into a labelled box and sends it with Ctrl+Enter, keyboard only. */
async function answerByKeyboard(page: Page, label: string, text: string) {
  const box = page.getByRole('textbox', { name: label });
  await box.focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
}

test('on a shared computer neither answer shows until both are in; then both, a heart and the archive', async ({
  nuzzle,
  page,
}) => {
  nuzzle.onboard({ mode: 'both' });
  await nuzzle.open('today');
  const card = page.getByTestId('question-card');
  await expect(card.getByRole('heading', { name: 'Today’s question' })).toBeVisible();
  await answerByKeyboard(page, 'Alex’s answer', ALEX);
  await expect(card.getByTestId('question-status')).toContainText(
    'Alex answered · waiting for Sam',
  );
  // Sam is at the same screen: Alex's words are nowhere on it.
  await expect(page.getByText(ALEX)).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Ask for another question' })).toHaveCount(0);

  await answerByKeyboard(page, 'Sam’s answer', SAM);
  await expect(card.getByText(ALEX)).toBeVisible();
  await expect(card.getByText(SAM)).toBeVisible();

  // Sam sends Alex a heart and a short reply, from the keyboard.
  const toAlex = card.getByRole('form', { name: 'Reply to Alex' });
  await toAlex.getByRole('button', { name: '♡ Send a heart' }).focus();
  await page.keyboard.press('Enter');
  await expect(toAlex.getByRole('button', { name: '♥ Hearted' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await toAlex.getByRole('textbox', { name: 'A short reply to Alex' }).focus();
  await page.keyboard.type('I remember the smell of bread');
  await page.keyboard.press('Enter');
  await expect(card.getByText('Sam: I remember the smell of bread')).toBeVisible();

  await card.getByRole('link', { name: 'Past questions' }).click();
  await expect(page.getByRole('heading', { name: 'Questions', level: 1 })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search questions and answers' });
  await search.fill('bakery');
  await expect(page.getByTestId('archive-count')).toHaveText('1 day match “bakery”.');
  await search.fill('volcano');
  await expect(page.getByTestId('archive-count')).toHaveText('0 days match “volcano”.');
  // The record is about showing up: answering made no kept day.
  expect(nuzzle.query('SELECT count(*) AS n FROM checkins')).toEqual([{ n: 0 }]);
});

test('across two synced computers the partner’s answer opens only after both answered', async ({
  nuzzle,
  page,
}) => {
  const shared = mkdtempSync(join(tmpdir(), 'nuzzle-e2e-q-'));
  const otherDir = mkdtempSync(join(tmpdir(), 'nuzzle-e2e-q-other-'));
  const other = createCore({
    dataDir: otherDir,
    clock: manualClock(Date.parse('2026-03-10T20:06:00-04:00'), 'America/New_York'),
    syncFolders: { chooseFolder: () => shared },
    sync: { kdfLogN: 8 },
  });
  const from = { url: 'app://nuzzle/', isMainFrame: true };
  try {
    other.dispatch(
      'onboarding:complete',
      {
        myName: 'Sam',
        partnerName: 'Alex',
        computerMode: 'just-me',
        reminderTime: '20:00',
        launchAtLogin: false,
      },
      from,
    );
    nuzzle.onboard({ mode: 'just-me' });
    nuzzle.picks.folder = shared;
    const code = nuzzle.core.sync.invite().code ?? '';
    await nuzzle.core.sync.idle();
    other.sync.join(code);
    await other.sync.idle();
    // Both people compare the four words and say they match.
    nuzzle.core.sync.pollNow();
    nuzzle.core.sync.confirm(true);
    other.sync.confirm(true);
    nuzzle.core.sync.pollNow();
    const settle = () => {
      for (let i = 0; i < 3; i += 1) {
        nuzzle.core.sync.pollNow();
        other.sync.pollNow();
      }
    };
    settle();
    const sam = (other.dispatch('settings:get', undefined, from) as { ok: true; value: Settings })
      .value.partners[0];
    const samToday = other.dispatch('questions:today', undefined, from) as {
      ok: true;
      value: { today: string };
    };
    other.dispatch(
      'questions:answer',
      { partnerId: sam?.id ?? '', localDate: samToday.value.today, text: SAM },
      from,
    );
    settle();

    await nuzzle.open('today');
    const card = page.getByTestId('question-card');
    await expect(card.getByTestId('question-status')).toContainText('Sam answered · waiting');
    await expect(page.getByText(SAM)).toHaveCount(0);
    await answerByKeyboard(page, 'Your answer', ALEX);
    await expect(card.getByText(ALEX)).toBeVisible();
    await expect(card.getByText(SAM)).toHaveCount(0);
    settle();
    await expect(card.getByText(SAM)).toBeVisible();
    await expect(card.getByTestId('question-status')).toHaveText(
      'You’ve both answered. Here they are, side by side.',
    );
    // Sam's computer shows both too.
    const onSam = other.dispatch('questions:today', undefined, from) as {
      ok: true;
      value: { day: { phase: string; answers: { text: string | null }[] } };
    };
    expect(onSam.value.day.phase).toBe('revealed');
    expect(onSam.value.day.answers.map((a) => a.text)).toEqual([SAM, ALEX]);
    expect(nuzzle.trayAction({ kind: 'open-question' })).toEqual({
      show: 'quick',
      route: 'quick?view=question',
    });
  } finally {
    other.close();
    rmSync(shared, { recursive: true, force: true });
    rmSync(otherDir, { recursive: true, force: true });
  }
});

test('answers from the quick window, with a clear limit', async ({ nuzzle, page }) => {
  nuzzle.onboard({ mode: 'just-me' });
  await page.setViewportSize({ width: 360, height: 520 });
  await nuzzle.open('quick?view=question');
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await expect(box).toBeFocused();
  await page.keyboard.type('x'.repeat(301));
  await expect(page.getByText('301 / 300 — a little over')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'An answer can be up to 300 characters — this one is 301.',
  );
  await box.fill('A quiet breakfast together');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('A quiet breakfast together')).toBeVisible();
  await expect(page.getByTestId('question-status')).toContainText('waiting for Sam');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the question card is axe-clean while open, sealed and revealed (${colorScheme})`, async ({
    nuzzle,
    page,
  }) => {
    // Four full axe scans in one test: give it the slow-test allowance.
    test.slow();
    const settings = nuzzle.onboard({ mode: 'both' });
    await page.emulateMedia({ colorScheme });
    await nuzzle.open('today');
    await expect(page.getByTestId('question-card')).toBeVisible();
    await axeClean(page);
    const [me, partner] = settings.partners;
    const localDate = '2026-03-10';
    nuzzle.call('questions:answer', { partnerId: me?.id ?? '', localDate, text: ALEX });
    await expect(page.getByTestId('question-status')).toContainText('waiting for Sam');
    await axeClean(page);
    nuzzle.call('questions:answer', { partnerId: partner?.id ?? '', localDate, text: SAM });
    await expect(page.getByText(SAM)).toBeVisible();
    await axeClean(page);
    await nuzzle.open('quick?view=question');
    await expect(page.getByRole('heading', { name: 'Today’s question' })).toBeVisible();
    await axeClean(page);
  });
}
