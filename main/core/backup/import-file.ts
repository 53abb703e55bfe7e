// Import: merge an export into this database by id (an encrypted export is opened first, in
// data-service.ts, and its content comes here the same way). Importing the same file twice
// changes nothing. A bad, foreign, truncated or newer file is refused with a plain message and the
// data is left exactly as it was (everything happens in one transaction).

import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { currentVersion, LATEST_VERSION } from '../db/migrations.ts';
import { AppError } from '../errors.ts';
import { dataTables, quoteId, type TableInfo } from './data-tables.ts';
import { looksEncrypted } from './export-envelope.ts';
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

function parseJsonText(text: string): unknown {
  if (text.length > IMPORT_MAX_BYTES) refuse('That file is far larger than any Nuzzle export.');
  try {
    // Notepad and some editors save UTF-8 with a byte-order mark in front.
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
  } catch {
    return refuse('That file isn’t a complete Nuzzle export (it may be cut short or damaged).');
  }
}

/** A plain export's content, or a refusal in words. */
export function parseExportText(text: string): Record<string, unknown> {
  const parsed = parseJsonText(text);
  if (!isPlainObject(parsed) || parsed.format !== EXPORT_FORMAT) {
    return refuse('That file isn’t a Nuzzle export.');
  }
  return parsed;
}

export type ImportFile =
  | { kind: 'plain'; data: Record<string, unknown> }
  /** Still to be checked (readEnvelope) and opened with the passphrase. */
  | { kind: 'encrypted'; envelope: Record<string, unknown> };

/** Tells an encrypted export from a plain one; anything else is refused in words. */
export function parseImportText(text: string): ImportFile {
  const parsed = parseJsonText(text);
  if (isPlainObject(parsed) && looksEncrypted(parsed))
    return { kind: 'encrypted', envelope: parsed };
  if (!isPlainObject(parsed) || parsed.format !== EXPORT_FORMAT) {
    return refuse('That file isn’t a Nuzzle export.');
  }
  return { kind: 'plain', data: parsed };
}

export interface ImportSummary {
  added: Record<string, number>;
  total: number;
  /** Records whose id is here already with different content: the local one was kept. */
  conflicts: number;
}

const isVersion = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

export interface ImportOptions {
  /** Runs just before the first write (a safety copy); not at all when nothing is new. */
  beforeWrite?: () => void;
}

/** Checks a parsed export against this database and merges it; throws AppError when refused. */
export function importExport(
  db: Database,
  data: Record<string, unknown>,
  options: ImportOptions = {},
): ImportSummary {
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
    const known = knownFields(table as TableInfo);
    for (const row of rows as unknown[]) checkRow(table as TableInfo, known, row);
  }
  checkOutbox(db, incoming);

  // Parents before children keeps foreign keys happy even before the deferred check.
  const order = ['partners', ...[...tables.keys()].filter((n) => n !== 'partners')]
    .map((name) => tables.get(name))
    .filter((t): t is TableInfo => t !== undefined && Array.isArray(incoming[t.name]));
  const adopting = mustAdoptPartners(db, incoming);
  // Nothing new (the same file again): nothing is written and no safety copy is needed.
  const plan = adopting ? null : planImport(db, order, incoming);
  if (plan && plan.every((p) => p.fresh.length === 0)) return summarize(plan, {});
  options.beforeWrite?.();

  const run = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    if (adopting) clearForAdoption(db);
    const steps = plan ?? planImport(db, order, incoming);
    const added: Record<string, number> = {};
    for (const step of steps) added[step.table.name] = insertFresh(db, step);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) refuse('That export refers to records it doesn’t contain.');
    return summarize(steps, added);
  });
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuse('Some records in that export aren’t valid Nuzzle data.');
  }
}

type Row = Record<string, unknown>;

/** One table's part of an import: the rows not here yet, and how many differ from ours. */
interface TableStep {
  table: TableInfo;
  fresh: Row[];
  conflicts: number;
  /** Fresh rows that found their slot taken by a different record (counted on insert). */
  taken: number;
}

function summarize(steps: readonly TableStep[], added: Record<string, number>): ImportSummary {
  const counts: Record<string, number> = {};
  for (const step of steps) counts[step.table.name] = added[step.table.name] ?? 0;
  return {
    added: counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    conflicts: steps.reduce((n, step) => n + step.conflicts + step.taken, 0),
  };
}

/**
 * The rows already here are read once per table, by key: a row here already and the same
 * costs a map lookup and a compare, one here with other content is a conflict (the local
 * record stays), and only rows not here yet are left to insert.
 */
function planImport(db: Database, order: readonly TableInfo[], incoming: Row): TableStep[] {
  return order.map((table) => {
    const rows = incoming[table.name] as Row[];
    if (table.key.length === 0 || rows.length === 0) {
      return { table, fresh: rows, conflicts: 0, taken: 0 };
    }
    const here = rowsByKey(db, table);
    const fresh: Row[] = [];
    let conflicts = 0;
    for (const row of rows) {
      const existing = here.get(keyOf(table, row));
      if (!existing) fresh.push(row);
      else if (isDifferent(table, row, existing)) conflicts += 1;
    }
    return { table, fresh, conflicts, taken: 0 };
  });
}

const keyOf = (table: TableInfo, row: Row): string =>
  table.key.map((k) => String(row[k])).join('\u0000');

/** This database's rows of one table, as plain value lists in column order, by key. */
function rowsByKey(db: Database, table: TableInfo): Map<string, unknown[]> {
  const select = db.prepare(
    `SELECT ${table.columns.map((c) => quoteId(c.name)).join(', ')} FROM ${quoteId(table.name)}`,
  );
  const at = table.key.map((k) => table.columns.findIndex((c) => c.name === k));
  const rows = select.raw().all() as unknown[][];
  return new Map(rows.map((values) => [at.map((i) => String(values[i])).join('\u0000'), values]));
}

function isDifferent(table: TableInfo, row: Row, here: unknown[]): boolean {
  return table.columns.some((c, i) => {
    const mine = row[c.name];
    return mine !== undefined && !sameStored(mine, here[i]);
  });
}

/** A file's 0 in a text column is stored as '0' (SQLite's column affinity): the same value. */
function sameStored(file: unknown, stored: unknown): boolean {
  if (file === stored) return true;
  const text = (v: unknown): string | null =>
    typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
  const a = text(file);
  return a !== null && a === text(stored);
}

/**
 * Inserts with one prepared statement per set of columns (an export's rows all have the same
 * columns, so that is one statement per table), reused across rows — no SQL built per row.
 */
function insertFresh(db: Database, step: TableStep): number {
  const { table } = step;
  const statements = new Map<number, Statement>();
  const keyed = table.key.length > 0;
  const names = table.columns.map((c) => c.name);
  let select: Statement | undefined;
  let added = 0;
  // Exact as a double up to 2^52: every Nuzzle table has far fewer columns.
  if (names.length > 52) throw new Error(`${table.name} has too many columns to import`);
  const values: (string | number | null)[] = [];
  for (const row of step.fresh) {
    // Which columns the row has, as a bit per column.
    values.length = 0;
    let signature = 0;
    for (let i = 0, bit = 1; i < names.length; i += 1, bit *= 2) {
      const v = row[names[i] ?? ''];
      if (v === undefined) continue;
      values.push(v as string | number | null);
      signature += bit;
    }
    let insert = statements.get(signature);
    if (!insert) {
      const cols = names.filter((c) => row[c] !== undefined);
      const conflict = keyed ? ' ON CONFLICT DO NOTHING' : '';
      insert = db.prepare(
        `INSERT INTO ${quoteId(table.name)} (${cols.map(quoteId).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})${conflict}`,
      );
      statements.set(signature, insert);
    }
    const changed = insert.run(values).changes;
    added += changed;
    // Not inserted: the same row twice in the file (nothing to report), or a different
    // record in the same slot (e.g. a check-in for a day that already has one): the local
    // record stays, and the difference is reported. Rare, so looked up one by one.
    if (changed === 0 && keyed) {
      select ??= db.prepare(
        `SELECT * FROM ${quoteId(table.name)} WHERE ${table.key.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`,
      );
      const here = select.get(...table.key.map((k) => row[k])) as Row | undefined;
      if (
        !here ||
        isDifferent(
          table,
          row,
          table.columns.map((c) => here[c.name]),
        )
      )
        step.taken += 1;
    }
  }
  return added;
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

const knownFields = (table: TableInfo): ReadonlySet<string> =>
  new Set([...table.columns.map((c) => c.name), ...table.local]);

function checkRow(table: TableInfo, known: ReadonlySet<string>, row: unknown): void {
  if (!isPlainObject(row)) refuse(`A record in “${table.name}” is damaged.`);
  const record = row as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
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
 * The two people in an export must be the two people here. A Nuzzle that holds nothing yet
 * (a new computer, or after "delete all my data") takes on the export's people: true when
 * that is about to happen. Another Nuzzle's export is refused.
 */
function mustAdoptPartners(db: Database, incoming: Row): boolean {
  const rows = incoming.partners;
  if (!Array.isArray(rows) || rows.length === 0) return false;
  const fileIds = new Set((rows as Row[]).map((r) => r.id));
  const here = db.prepare('SELECT id FROM partners').pluck().all() as string[];
  if (here.length > 0 && here.every((id) => fileIds.has(id))) return false;
  const hasData = dataTables(db).some(
    (t) =>
      !['partners', 'settings', 'changes'].includes(t.name) &&
      db.prepare(`SELECT 1 FROM ${quoteId(t.name)} LIMIT 1`).get() !== undefined,
  );
  if (hasData) {
    refuse('That export belongs to a different Nuzzle (its two people aren’t the ones here).');
  }
  return true;
}

function clearForAdoption(db: Database): void {
  db.prepare('DELETE FROM changes').run();
  db.prepare('DELETE FROM partners').run();
}
