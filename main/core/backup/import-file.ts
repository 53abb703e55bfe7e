// Import: merge an export into this database by id. Importing the same file twice changes
// nothing. A bad, foreign, truncated or newer file is refused with a plain message and the
// data is left exactly as it was (everything happens in one transaction).

import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { currentVersion, LATEST_VERSION } from '../db/migrations.ts';
import { AppError } from '../errors.ts';
import { dataTables, quoteId, type TableInfo } from './data-tables.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-file.ts';
import { checkImportedRow } from './import-rules.ts';

export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;

const refuse = (why: string): never => {
  throw new AppError('bad-request', `${why} Nothing was changed.`);
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function parseExportText(text: string): Record<string, unknown> {
  if (text.length > IMPORT_MAX_BYTES) refuse('That file is far larger than any Nuzzle export.');
  let parsed: unknown;
  try {
    // Notepad and some editors save UTF-8 with a byte-order mark in front.
    parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return refuse('That file isn’t a complete Nuzzle export (it may be cut short or damaged).');
  }
  if (!isPlainObject(parsed) || parsed.format !== EXPORT_FORMAT) {
    return refuse('That file isn’t a Nuzzle export.');
  }
  return parsed;
}

export interface ImportSummary {
  added: Record<string, number>;
  total: number;
  /** Records whose id is here already with different content: the local one was kept. */
  conflicts: number;
}

const isVersion = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

/** Checks a parsed export against this database and merges it; throws AppError when refused. */
export function importExport(db: Database, data: Record<string, unknown>): ImportSummary {
  const formatVersion = data.formatVersion;
  const schemaVersion = data.schemaVersion;
  if (!isVersion(formatVersion) || !isVersion(schemaVersion) || !isPlainObject(data.tables)) {
    refuse('That file isn’t a complete Nuzzle export (its version marks are missing or damaged).');
  }
  if (
    (formatVersion as number) > EXPORT_FORMAT_VERSION ||
    (schemaVersion as number) > LATEST_VERSION
  ) {
    refuse(
      'That export was made by a newer version of Nuzzle. Update Nuzzle, then import it again.',
    );
  }
  if (currentVersion(db) !== LATEST_VERSION)
    refuse('Nuzzle’s own data isn’t ready for an import yet.');
  const tables = new Map(dataTables(db).map((t) => [t.name, t]));
  const incoming = data.tables as Record<string, unknown>;
  for (const [name, rows] of Object.entries(incoming)) {
    const table = tables.get(name);
    if (!table)
      refuse(`That export holds something this Nuzzle doesn’t know (“${name.slice(0, 40)}”).`);
    if (!Array.isArray(rows)) refuse(`The “${name.slice(0, 40)}” part of that export is damaged.`);
    for (const row of rows as unknown[]) checkRow(table as TableInfo, row);
  }
  checkOutbox(db, incoming);

  const run = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    adoptPartners(db, incoming);
    const added: Record<string, number> = {};
    let conflicts = 0;
    // Parents before children keeps foreign keys happy even before the deferred check.
    for (const name of ['partners', ...[...tables.keys()].filter((n) => n !== 'partners')]) {
      const table = tables.get(name);
      const rows = incoming[name];
      if (!table || !Array.isArray(rows)) continue;
      const result = insertRows(db, table, rows as Record<string, unknown>[]);
      added[name] = result.added;
      conflicts += result.conflicts;
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) refuse('That export refers to records it doesn’t contain.');
    return { added, conflicts };
  });
  let result: { added: Record<string, number>; conflicts: number };
  try {
    result = run();
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuse('Some records in that export aren’t valid Nuzzle data.');
  }
  const { added, conflicts } = result;
  return { added, total: Object.values(added).reduce((a, b) => a + b, 0), conflicts };
}

/** Every outbox row must be about a record in the file or already here. */
function checkOutbox(db: Database, incoming: Record<string, unknown>): void {
  const rows = incoming.changes;
  if (!Array.isArray(rows) || rows.length === 0) return;
  const ids = new Set<unknown>();
  for (const [name, list] of Object.entries(incoming)) {
    if (name === 'changes' || !Array.isArray(list)) continue;
    for (const row of list as Record<string, unknown>[]) ids.add(row.id);
  }
  const lookups = dataTables(db)
    .filter((t) => t.name !== 'changes' && t.columns.some((c) => c.name === 'id'))
    .map((t) => db.prepare(`SELECT 1 FROM ${quoteId(t.name)} WHERE id = ?`));
  for (const row of rows as Record<string, unknown>[]) {
    const target = row.entity_id;
    if (ids.has(target)) continue;
    if (lookups.some((q) => q.get(target) !== undefined)) continue;
    refuse('That export lists changes to records it doesn’t contain.');
  }
}

function checkRow(table: TableInfo, row: unknown): void {
  if (!isPlainObject(row)) refuse(`A record in “${table.name}” is damaged.`);
  const record = row as Record<string, unknown>;
  const known = new Set([...table.columns.map((c) => c.name), ...table.local]);
  for (const [key, value] of Object.entries(record)) {
    if (!known.has(key)) refuse(`A record in “${table.name}” has an unexpected field.`);
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
      refuse(`A record in “${table.name}” has a value Nuzzle can’t store.`);
    }
    if (typeof value === 'number' && !Number.isFinite(value))
      refuse(`A record in “${table.name}” is damaged.`);
  }
  const problem = checkImportedRow(table.name, record);
  if (problem) refuse(problem);
  for (const column of table.columns) {
    if (column.required && (record[column.name] === undefined || record[column.name] === null)) {
      refuse(`A record in “${table.name}” is missing “${column.name}”.`);
    }
  }
}

/**
 * Inserts with one prepared statement per set of columns (an export's rows all have the same
 * columns, so that is one statement per table), reused across rows — no SQL built per row.
 */
function insertRows(
  db: Database,
  table: TableInfo,
  rows: readonly Record<string, unknown>[],
): { added: number; conflicts: number } {
  const statements = new Map<string, Statement>();
  const keyOnly = table.key.length > 0;
  const select = keyOnly
    ? db.prepare(
        `SELECT * FROM ${quoteId(table.name)} WHERE ${table.key.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`,
      )
    : null;
  let added = 0;
  let conflicts = 0;
  for (const row of rows) {
    const cols = table.columns.map((c) => c.name).filter((c) => row[c] !== undefined);
    const signature = cols.join('\u0000');
    let insert = statements.get(signature);
    if (!insert) {
      const conflict = keyOnly ? ' ON CONFLICT DO NOTHING' : '';
      insert = db.prepare(
        `INSERT INTO ${quoteId(table.name)} (${cols.map(quoteId).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})${conflict}`,
      );
      statements.set(signature, insert);
    }
    const values = cols.map((c) => row[c] as string | number | null);
    const changed = insert.run(...values).changes;
    added += changed;
    // Already here (same id), or a different record for the same slot (e.g. a check-in for a
    // day that already has one): the local record stays — and a different one is reported.
    if (changed === 0 && select && isDifferent(select, table, row)) conflicts += 1;
  }
  return { added, conflicts };
}

function isDifferent(select: Statement, table: TableInfo, row: Record<string, unknown>): boolean {
  const here = select.get(...table.key.map((k) => row[k])) as Record<string, unknown> | undefined;
  if (!here) return true; // a different record holds the same slot
  return table.columns.some((c) => row[c.name] !== undefined && row[c.name] !== here[c.name]);
}

/**
 * The two people in an export must be the two people here. A Nuzzle that holds nothing yet
 * (a new computer, or after "delete all my data") takes on the export's people.
 */
function adoptPartners(db: Database, incoming: Record<string, unknown>): void {
  const rows = incoming.partners;
  if (!Array.isArray(rows) || rows.length === 0) return;
  const fileIds = new Set((rows as Record<string, unknown>[]).map((r) => r.id));
  const here = db.prepare('SELECT id FROM partners').pluck().all() as string[];
  if (here.length > 0 && here.every((id) => fileIds.has(id))) return;
  const hasData = dataTables(db).some(
    (t) =>
      !['partners', 'settings', 'changes'].includes(t.name) &&
      db.prepare(`SELECT 1 FROM ${quoteId(t.name)} LIMIT 1`).get() !== undefined,
  );
  if (hasData) {
    refuse('That export belongs to a different Nuzzle (its two people aren’t the ones here).');
  }
  db.prepare('DELETE FROM changes').run();
  db.prepare('DELETE FROM partners').run();
}
