// This computer's note settings and "not today" choices, kept with the other local settings
// (never synced). Stored values are checked on the way out, so a hand-edited or older value
// falls back to the default rather than nagging daily or switching notifications on.

import type { LocalDate } from '../../../shared/local-day.ts';
import {
  DEFAULT_NOTE_SETTINGS,
  NUDGE_AFTER_DAYS_MAX,
  NUDGE_AFTER_DAYS_MIN,
  type NoteSettings,
} from '../../../shared/notes.ts';
import type { CoreContext } from '../context.ts';

const SETTINGS_KEY = 'notes.settings';
const DISMISSED_KEY = 'notes.nudgeDismissed';

export function readNoteSettings(ctx: CoreContext): NoteSettings {
  const stored = ctx.settings.readLocal<Partial<Record<keyof NoteSettings, unknown>> | null>(
    SETTINGS_KEY,
    null,
  );
  const days = stored?.nudgeAfterDays;
  return {
    nudgeEnabled:
      typeof stored?.nudgeEnabled === 'boolean'
        ? stored.nudgeEnabled
        : DEFAULT_NOTE_SETTINGS.nudgeEnabled,
    nudgeAfterDays:
      typeof days === 'number' &&
      Number.isInteger(days) &&
      days >= NUDGE_AFTER_DAYS_MIN &&
      days <= NUDGE_AFTER_DAYS_MAX
        ? days
        : DEFAULT_NOTE_SETTINGS.nudgeAfterDays,
    notifyOnArrival:
      typeof stored?.notifyOnArrival === 'boolean'
        ? stored.notifyOnArrival
        : DEFAULT_NOTE_SETTINGS.notifyOnArrival,
  };
}

export function writeNoteSettings(
  ctx: CoreContext,
  change: Partial<NoteSettings>,
  now: number,
): NoteSettings {
  const current = readNoteSettings(ctx);
  const next: NoteSettings = {
    nudgeEnabled: change.nudgeEnabled ?? current.nudgeEnabled,
    nudgeAfterDays: change.nudgeAfterDays ?? current.nudgeAfterDays,
    notifyOnArrival: change.notifyOnArrival ?? current.notifyOnArrival,
  };
  ctx.settings.writeLocal(SETTINGS_KEY, next, now);
  return next;
}

/** The day each person last said "not today" to the nudge. */
export function readDismissed(ctx: CoreContext): Record<string, LocalDate> {
  const stored = ctx.settings.readLocal<unknown>(DISMISSED_KEY, {});
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(
    Object.entries(stored).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

export function dismissNudge(
  ctx: CoreContext,
  partnerId: string,
  today: LocalDate,
  now: number,
): void {
  ctx.settings.writeLocal(DISMISSED_KEY, { ...readDismissed(ctx), [partnerId]: today }, now);
}
