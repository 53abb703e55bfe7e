// Tells the screens and the tray when the local day changes (midnight, or waking up on a
// new day), so "today" never goes stale on a computer that stays on.

import { addDays, instantAt, localDateOf } from '../../shared/local-day.ts';
import type { Core } from '../core/core.ts';

export function watchDayRollover(core: Core): { check: () => void; stop: () => void } {
  const { clock } = core.context;
  let day = localDateOf(clock.now(), clock.timeZone());
  let timer: NodeJS.Timeout | undefined;

  const check = () => {
    const now = clock.now();
    const today = localDateOf(now, clock.timeZone());
    if (today !== day) {
      day = today;
      core.context.emit('changed', { topics: ['clock'] });
    }
    clearTimeout(timer);
    const midnight = instantAt(addDays(today, 1), '00:00', clock.timeZone());
    // Re-check at least hourly: timers drift across sleep and zone changes.
    timer = setTimeout(check, Math.min(Math.max(midnight - now + 1000, 1000), 3_600_000));
  };
  check();
  return { check, stop: () => clearTimeout(timer) };
}
