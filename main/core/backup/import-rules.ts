// Every imported row passes the same rules as the app's own channels: ids Nuzzle makes,
// real calendar dates in a sane range, zones this computer knows, texts within the limits
// the forms and channels keep, settings Nuzzle has, outbox rows about records that exist.
// A rule that fails names what is wrong in words; the whole file is then refused.

import { validateCommitmentText, validateSchedule } from '../../../shared/commitments.ts';
import {
  CHECKIN_NOTE_MAX,
  CHECKIN_SHARED_MAX,
  NAME_MAX,
  PAUSE_REASON_MAX,
} from '../../../shared/limits.ts';
import { isLocalDate, isValidTimeZone } from '../../../shared/local-day.ts';
import { validateNoteText } from '../../../shared/notes.ts';
import { beyondAnyCount, countCharacters } from '../../../shared/text-length.ts';

/**
 * The settings keys Nuzzle keeps. A feature adding a setting adds its key here, so an
 * edited export can't plant a key nothing asked for.
 */
export const IMPORTABLE_SETTINGS: ReadonlySet<string> = new Set([
  'onboarded',
  'computerMode',
  'reminder',
  'reminderState',
  'launchAtLogin',
  'notes.settings',
  'notes.nudgeDismissed',
  'sync',
  'syncDevice',
  'syncProblem',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_COLUMNS = new Set([
  'id',
  'author_id',
  'recipient_id',
  'commitment_id',
  'mark_id',
  'note_id',
  'entity_id',
  'change_id',
]);
const DATE_COLUMNS = new Set([
  'local_date',
  'start_date',
  'end_date',
  'review_date',
  'retired_on',
  'effective_date',
]);
/** Years a real record can carry: before Nuzzle existed or centuries ahead is an edit. */
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
/** Moments (milliseconds since 1970) end in `_at`; `day_ends_at` is an hour, not a moment. */
const INSTANT_COLUMN = /_at$/;
const INSTANT_MAX = Date.UTC(YEAR_MAX + 1, 0, 1);
const isSaneInstant = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < INSTANT_MAX;
/** Any other text column: far above what any form allows. */
const TEXT_MAX_UNITS = 20_000;

const TEXT_LIMITS: Record<string, Record<string, number>> = {
  partners: { name: NAME_MAX },
  checkins: { note: CHECKIN_NOTE_MAX, shared: CHECKIN_SHARED_MAX },
  pauses: { reason: PAUSE_REASON_MAX },
};

export type RowProblem = string | null;

const what = (table: string) => `A record in “${table.slice(0, 40)}”`;

function withinCharacters(value: string, max: number): boolean {
  // Every character is at least one UTF-16 unit: most texts are within without counting.
  if (value.length <= max) return true;
  return !beyondAnyCount(value, max) && countCharacters(value, max) <= max;
}

function checkValue(table: string, column: string, value: unknown): RowProblem {
  if (
    typeof value === 'string' &&
    value.length > TEXT_MAX_UNITS &&
    !(table === 'changes' && column === 'payload')
  ) {
    return `${what(table)} holds far more text than Nuzzle ever saves.`;
  }
  if (value === null || value === undefined) return null;
  if (ID_COLUMNS.has(column) && typeof value === 'string' && !UUID.test(value)) {
    return `${what(table)} has a reference Nuzzle can’t read (“${value.slice(0, 40)}”).`;
  }
  if (DATE_COLUMNS.has(column)) {
    const year = typeof value === 'string' ? Number(value.slice(0, 4)) : NaN;
    if (!isLocalDate(value) || year < YEAR_MIN || year > YEAR_MAX) {
      return `${what(table)} has a date that isn’t a real day (“${(typeof value === 'string' ? value : '?').slice(0, 20)}”).`;
    }
  }
  if (INSTANT_COLUMN.test(column) && column !== 'day_ends_at' && !isSaneInstant(value)) {
    return `${what(table)} has a time that can’t be right (before 1970 or after ${String(YEAR_MAX)}).`;
  }
  if (column === 'time_zone' && !isValidTimeZone(value)) {
    return `${what(table)} has a time zone this computer doesn’t know (“${(typeof value === 'string' ? value : '?').slice(0, 40)}”).`;
  }
  const limit = TEXT_LIMITS[table]?.[column];
  if (limit !== undefined && typeof value === 'string' && !withinCharacters(value, limit)) {
    return `${what(table)} has a text longer than Nuzzle allows (up to ${String(limit)} characters).`;
  }
  if (table === 'notes' && column === 'body' && typeof value === 'string' && value !== '') {
    const checked = validateNoteText(value);
    if (!checked.ok) return `A note in that export can’t be kept: ${checked.message}`;
  }
  if (column === 'schedule' && !isSchedule(value)) {
    return `A commitment in that export has days it comes up that Nuzzle can’t read.`;
  }
  if (table === 'commitments' && column === 'text' && typeof value === 'string') {
    const checked = validateCommitmentText(value);
    if (!checked.ok) return `A commitment in that export can’t be kept: ${checked.message}`;
  }
  return null;
}

/** The first problem with one imported row, in words; null when it is fine. */
export function checkImportedRow(table: string, row: Record<string, unknown>): RowProblem {
  if (table === 'settings' && typeof row.key === 'string' && !IMPORTABLE_SETTINGS.has(row.key)) {
    return `That export holds a setting Nuzzle doesn’t have (“${row.key.slice(0, 40)}”).`;
  }
  if (table === 'settings' && !isJsonText(row.value)) {
    return 'That export holds a setting whose value Nuzzle can’t read.';
  }
  for (const [column, value] of Object.entries(row)) {
    const problem = checkValue(table, column, value);
    if (problem) return problem;
  }
  return null;
}

/** Settings values are stored as JSON text; anything else would break the app when read. */
function isJsonText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** A commitment's schedule is JSON the commitment screens read: only what the app writes. */
function isSchedule(value: unknown): boolean {
  if (typeof value !== 'string' || !isJsonText(value)) return false;
  return validateSchedule(JSON.parse(value) as unknown).ok;
}
