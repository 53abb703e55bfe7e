// Shared settings and an explicit-instant helper for the reminder tests.
import type { ReminderSettings } from '../../../main/core/reminders/types.ts';

export const NEW_YORK = 'America/New_York';
export const LONDON = 'Europe/London';
export const LORD_HOWE = 'Australia/Lord_Howe';
export const KOLKATA = 'Asia/Kolkata';

export const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;

export function evening(time = '20:00', weekdays: readonly number[] = EVERY_DAY): ReminderSettings {
  return { enabled: true, time, weekdays };
}

/** An instant written with its offset, e.g. `t('2025-06-10T20:00-04:00')`. */
export function t(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Bad instant in test: ${iso}`);
  return ms;
}
