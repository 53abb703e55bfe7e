// Planned pauses: how far back one may start, and when it counts as added afterwards.

import type { LocalDate } from './local-day.ts';

/** How far back a pause may start: a week, so a trip can be noted on return, no further. */
export const PAUSE_BACKDATE_DAYS = 7;

/** The pause covers days that had already passed on the day it was added. */
export function addedAfterwards(p: { startDate: LocalDate; addedOn: LocalDate | null }): boolean {
  return p.addedOn !== null && p.startDate < p.addedOn;
}
