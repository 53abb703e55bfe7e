// Tells the screens, the tray and the reminder when the local day or the computer's time
// zone changes (midnight, travel, waking up on a new day), so "today" never goes stale.

import { addDays, instantAt, localDateOf } from '../../shared/local-day.ts';
import type { Core } from '../core/core.ts';

export function watchDayRollover(core: Core): { check: () => void; stop: () => void } {
  const { clock } = core.context;
  let day = localDateOf(clock.now(), clock.timeZone());
  let zone = clock.timeZone();
  let timer: NodeJS.Timeout | undefined;

  const check = () => {
    const now = clock.now();
    const today = localDateOf(now, clock.timeZone());
    if (today !== day || clock.timeZone() !== zone) {
      day = today;
      zone = clock.timeZone();
      core.context.emit('changed', { topics: ['clock'] });
    }
    clearTimeout(timer);
    const midnight = instantAt(addDays(today, 1), '00:00', clock.timeZone());
    // Re-check every few minutes too: timers drift across sleep, and zones change silently.
    timer = setTimeout(check, Math.min(Math.max(midnight - now + 1000, 1000), 5 * 60_000));
  };
  check();
  return { check, stop: () => clearTimeout(timer) };
}
