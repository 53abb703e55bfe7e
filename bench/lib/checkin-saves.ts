// The check-in save every bench times: today's check-in through the real IPC dispatcher,
// taking turns between the given partners, the mood changing each time so every save
// writes. A refused save throws: a bench must never time an error answer.

import type { Core } from '../../main/core/core.ts';
import { FIXTURE_TODAY } from '../fixtures/history.ts';

const PAGE = { url: 'app://nuzzle/', isMainFrame: true };

export function checkinSaves(
  core: Core,
  partnerIds: readonly string[],
): { save: () => void; count: () => number } {
  let n = 0;
  const save = () => {
    n += 1;
    const r = core.dispatch(
      'checkins:save',
      {
        partnerId: partnerIds[n % partnerIds.length] ?? '',
        localDate: FIXTURE_TODAY,
        mood: ((n % 5) + 1) as 1,
        closeness: 4,
        settled: 3,
      },
      PAGE,
    );
    if (!r.ok) throw new Error(r.error.message);
  };
  return { save, count: () => n };
}
