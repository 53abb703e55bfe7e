// A commitment's record in words that match what the strip shows: its start date carries the
// year once it is in another year, long spans read in months or years, and days not marked
// are said, not hidden behind "15 of 15 days kept".

import type { CommitmentView } from '../../shared/commitments.ts';
import { expect, test } from './harness/nuzzle.ts';

test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });

test('a ten-year-old commitment says its year, and the record mentions days not marked', async ({
  nuzzle,
  page,
}) => {
  const settings = nuzzle.onboard({ mode: 'just-me' });
  const me = settings.partners.find((p) => p.role === 'me');
  if (!me) throw new Error('no me');
  nuzzle.setNow('2016-03-12T20:05:00-05:00');
  const made = nuzzle.call('commitments:create', {
    actorId: me.id,
    text: 'I’ll text if I’m running late',
    schedule: { kind: 'daily' },
    startDate: '2016-03-12',
    reviewDate: null,
  }) as CommitmentView;
  // Marks are made on their own day (earlier days stay as they were).
  for (const localDate of ['2026-03-07', '2026-03-09', '2026-03-10']) {
    nuzzle.setNow(`${localDate}T20:05:00-0${localDate === '2026-03-07' ? 5 : 4}:00`);
    nuzzle.call('commitments:mark', {
      actorId: me.id,
      commitmentId: made.id,
      localDate,
      value: 'kept',
    });
  }
  await nuzzle.open('commitments');
  const card = page.getByRole('article', { name: 'I’ll text if I’m running late' });
  await expect(card).toContainText('started 12 Mar 2016, about ten years ago');
  await expect(card.getByTestId('rate-7')).toHaveText('3 of 7 days kept · 4 days not marked yet');
  // The strip shows the same four days of the last seven as not marked.
  for (const day of ['4 Mar', '5 Mar', '6 Mar', '8 Mar']) {
    await expect(card.locator(`[title="${day}: not marked"]`)).toHaveCount(1);
  }
});
