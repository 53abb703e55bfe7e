// Everything in a database as one comparable value: "nothing changed" means equal dumps.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { dataTables, orderClause, quoteId } from '../../../main/core/backup/data-tables.ts';

export function dumpAll(db: Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of dataTables(db)) {
    out[table.name] = db.prepare(`SELECT * FROM ${quoteId(table.name)}${orderClause(table)}`).all();
  }
  return out;
}
