// Export: everything in one versioned JSON file. Only the user's explicit act writes it.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { currentVersion } from '../db/migrations.ts';
import { dataTables, orderClause, quoteId } from './data-tables.ts';

export const EXPORT_FORMAT = 'nuzzle-export';
export const EXPORT_FORMAT_VERSION = 1;

export type ExportRow = Record<string, string | number | null>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, ExportRow[]>;
}

export function buildExport(db: Database, now: number): ExportFile {
  const tables: Record<string, ExportRow[]> = {};
  for (const table of dataTables(db)) {
    const cols = table.columns.map((c) => quoteId(c.name)).join(', ');
    tables[table.name] = db
      .prepare(`SELECT ${cols} FROM ${quoteId(table.name)}${orderClause(table)}`)
      .all() as ExportRow[];
  }
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion: currentVersion(db),
    exportedAt: new Date(now).toISOString(),
    tables,
  };
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}
