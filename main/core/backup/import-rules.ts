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

type ValueCheck = (value: unknown) => RowProblem;

/**
 * The rules that apply to one column, worked out once per column rather than once per
 * value: an export holds tens of thousands of rows, and most columns need one test or none.
 */
function rulesFor(table: string, column: string): ValueCheck[] {
  const rules: ValueCheck[] = [];
  if (!(table === 'changes' && column === 'payload')) {
    rules.push((v) =>
      typeof v === 'string' && v.length > TEXT_MAX_UNITS
        ? `${what(table)} holds far more text than Nuzzle ever saves.`
        : null,
    );
  }
  if (ID_COLUMNS.has(column)) {
    rules.push((v) =>
      typeof v === 'string' && !UUID.test(v)
        ? `${what(table)} has a reference Nuzzle can’t read (“${v.slice(0, 40)}”).`
        : null,
    );
  }
  if (DATE_COLUMNS.has(column)) {
    rules.push((v) => {
      const year = typeof v === 'string' ? Number(v.slice(0, 4)) : NaN;
      return !isLocalDate(v) || year < YEAR_MIN || year > YEAR_MAX
        ? `${what(table)} has a date that isn’t a real day (“${(typeof v === 'string' ? v : '?').slice(0, 20)}”).`
        : null;
    });
  }
  if (INSTANT_COLUMN.test(column) && column !== 'day_ends_at') {
    rules.push((v) =>
      isSaneInstant(v)
        ? null
        : `${what(table)} has a time that can’t be right (before 1970 or after ${String(YEAR_MAX)}).`,
    );
  }
  if (column === 'time_zone') {
    rules.push((v) =>
      isValidTimeZone(v)
        ? null
        : `${what(table)} has a time zone this computer doesn’t know (“${(typeof v === 'string' ? v : '?').slice(0, 40)}”).`,
    );
  }
  const limit = TEXT_LIMITS[table]?.[column];
  if (limit !== undefined) {
    rules.push((v) =>
      typeof v === 'string' && !withinCharacters(v, limit)
        ? `${what(table)} has a text longer than Nuzzle allows (up to ${String(limit)} characters).`
        : null,
    );
  }
  if (table === 'notes' && column === 'body') {
    rules.push((v) => {
      if (typeof v !== 'string' || v === '') return null;
      const checked = validateNoteText(v);
      return checked.ok ? null : `A note in that export can’t be kept: ${checked.message}`;
    });
  }
  if (column === 'schedule') {
    rules.push((v) =>
      isSchedule(v)
        ? null
        : 'A commitment in that export has days it comes up that Nuzzle can’t read.',
    );
  }
  if (table === 'commitments' && column === 'text') {
    rules.push((v) => {
      if (typeof v !== 'string') return null;
      const checked = validateCommitmentText(v);
      return checked.ok ? null : `A commitment in that export can’t be kept: ${checked.message}`;
    });
  }
  return rules;
}

const columnRules = new Map<string, Map<string, ValueCheck[]>>();

function checkValue(table: string, column: string, value: unknown): RowProblem {
  let byColumn = columnRules.get(table);
  if (!byColumn) {
    byColumn = new Map();
    columnRules.set(table, byColumn);
  }
  let rules = byColumn.get(column);
  if (!rules) {
    rules = rulesFor(table, column);
    // Only the table's own columns get this far (checkRow); kept bounded all the same.
    if (byColumn.size < 256) byColumn.set(column, rules);
  }
  // Null (and a field left out) is the database's to refuse where a value is required.
  if (value === null || value === undefined) return null;
  for (const rule of rules) {
    const problem = rule(value);
    if (problem) return problem;
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
  for (const column in row) {
    const problem = checkValue(table, column, row[column]);
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
