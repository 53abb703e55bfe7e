// What the database holds, read from SQLite itself, so export, import, restore and delete
// cover every table — including ones added by later migrations — without a list to forget.

import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface TableInfo {
  name: string;
  columns: { name: string; required: boolean; pk: boolean }[];
  /** Columns identifying a row across computers (the primary key; `id` for the outbox). */
  key: string[];
  /** Columns not carried between databases (local row numbers). */
  local: string[];
}

/** The outbox's `seq` is this database's own order; the change `id` is what identifies it. */
const LOCAL_COLUMNS: Record<string, string[]> = { changes: ['seq'] };
const KEY_OVERRIDES: Record<string, string[]> = { changes: ['id'] };
/** Derived from the other tables and rebuilt from them (migration 12): never carried. */
const DERIVED = new Set(['record_ledger']);

export function dataTables(db: Database): TableInfo[] {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const carried = names.filter((name) => !DERIVED.has(name));
  return carried.map((name) => {
    const info = db.prepare(`PRAGMA table_info(${quoteId(name)})`).all() as {
      name: string;
      notnull: number;
      dflt_value: unknown;
      pk: number;
    }[];
    const local = LOCAL_COLUMNS[name] ?? [];
    const columns = info
      .filter((c) => !local.includes(c.name))
      .map((c) => ({
        name: c.name,
        required: c.notnull === 1 && c.dflt_value === null,
        pk: c.pk > 0,
      }));
    const key =
      KEY_OVERRIDES[name] ??
      info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
    return { name, columns, key, local };
  });
}

export function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Rows in a stable order: by the local sequence where there is one, else by key. */
export function orderClause(table: TableInfo): string {
  const by = table.local.length > 0 ? table.local : table.key;
  return by.length > 0 ? ` ORDER BY ${by.map(quoteId).join(', ')}` : '';
}
