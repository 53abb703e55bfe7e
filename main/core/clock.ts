// The core never reads the system clock or zone directly: tests and the e2e harness inject a
// controlled one, and the shell passes the real one.

import { localDateOf, type LocalDate } from '../../shared/local-day.ts';

export interface Clock {
  now(): number;
  /** The IANA zone the computer is in right now. */
  timeZone(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export function todayOf(clock: Clock): LocalDate {
  return localDateOf(clock.now(), clock.timeZone());
}

/** A clock for tests and the harness: starts at `start`, moved by hand. */
export function manualClock(start: number, timeZone: string) {
  let now = start;
  let zone = timeZone;
  return {
    now: () => now,
    timeZone: () => zone,
    set(instant: number) {
      now = instant;
    },
    advance(ms: number) {
      now += ms;
    },
    setTimeZone(next: string) {
      zone = next;
    },
  };
}
