// Import: merge an export into this database by id. Importing the same file twice changes
// nothing. A bad, foreign, truncated or newer file is refused with a plain message and the
// data is left exactly as it was (everything happens in one transaction).

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { currentVersion, LATEST_VERSION } from '../db/migrations.ts';
import { AppError } from '../errors.ts';
import { dataTables, quoteId, type TableInfo } from './data-tables.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-file.ts';

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
    parsed = JSON.parse(text);
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
}

/** Checks a parsed export against this database and merges it; throws AppError when refused. */
export function importExport(db: Database, data: Record<string, unknown>): ImportSummary {
  const formatVersion = data.formatVersion;
  const schemaVersion = data.schemaVersion;
  if (
    typeof formatVersion !== 'number' ||
    typeof schemaVersion !== 'number' ||
    !isPlainObject(data.tables)
  ) {
    refuse('That file isn’t a complete Nuzzle export.');
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

  const run = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    adoptPartners(db, incoming);
    const added: Record<string, number> = {};
    // Parents before children keeps foreign keys happy even before the deferred check.
    for (const name of ['partners', ...[...tables.keys()].filter((n) => n !== 'partners')]) {
      const table = tables.get(name);
      const rows = incoming[name];
      if (!table || !Array.isArray(rows)) continue;
      added[name] = insertRows(db, table, rows as Record<string, unknown>[]);
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) refuse('That export refers to records it doesn’t contain.');
    return added;
  });
  let added: Record<string, number>;
  try {
    added = run();
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuse('Some records in that export aren’t valid Nuzzle data.');
  }
  return { added, total: Object.values(added).reduce((a, b) => a + b, 0) };
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
  for (const column of table.columns) {
    if (column.required && (record[column.name] === undefined || record[column.name] === null)) {
      refuse(`A record in “${table.name}” is missing “${column.name}”.`);
    }
  }
}

function insertRows(
  db: Database,
  table: TableInfo,
  rows: readonly Record<string, unknown>[],
): number {
  let added = 0;
  for (const row of rows) {
    const cols = table.columns.map((c) => c.name).filter((c) => row[c] !== undefined);
    const values = cols.map((c) => row[c] as string | number | null);
    const conflict = table.key.length > 0 ? ` ON CONFLICT DO NOTHING` : '';
    const sql = `INSERT INTO ${quoteId(table.name)} (${cols.map(quoteId).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})${conflict}`;
    // Already here (same id), or a different record for the same slot (e.g. a check-in for a
    // day that already has one): the local record stays.
    added += db.prepare(sql).run(...values).changes;
  }
  return added;
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
