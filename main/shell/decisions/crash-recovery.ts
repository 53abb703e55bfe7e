// A crashed or killed page: reload it, but not forever. Three reloads within ten minutes,
// then a plain message instead of a crash loop.

export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 10 * 60_000;

export function afterRenderCrash(
  recentCrashes: readonly number[],
  now: number,
): { action: 'reload' | 'give-up'; recent: number[] } {
  const recent = [...recentCrashes.filter((at) => now - at < RELOAD_WINDOW_MS), now];
  return { action: recent.length <= MAX_RELOADS ? 'reload' : 'give-up', recent };
}

/** Reasons that are not crashes: the app itself closed the page. */
export function isCrash(reason: string): boolean {
  return reason !== 'clean-exit';
}
