// Knows when tables may have changed, so a store can keep what it read in memory and still
// never serve stale data, whatever writes the rows: the store itself, sync applying the
// partner's changes, a rejoin re-keying ids, restore, import, "delete all".
//
// Connection-local TEMP triggers (never stored in the file, so no migration) call back into
// JS on every insert, update or delete of a watched table and bump a counter. The app has one
// connection per database file (restore and import write through it, never around it), so
// the counter sees every write; a table dropped and made again would lose its triggers, but
// also every prepared statement on it, so no store outlives that.

import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface TableWatch {
  /**
   * A stamp that changes whenever a watched table may have changed. Null while a transaction
   * is open: what it reads may yet be rolled back, so it must not be kept.
   */
  stamp(): number | null;
}

const FUNCTION = 'nuzzle_table_written';
const writes = new WeakMap<Database, { count: number }>();

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function counterFor(db: Database): { count: number } {
  let counter = writes.get(db);
  if (!counter) {
    const made = { count: 0 };
    db.function(FUNCTION, { deterministic: false }, () => {
      made.count += 1;
      return null;
    });
    writes.set(db, made);
    counter = made;
  }
  return counter;
}

/** Watches `tables` (which must exist) on this connection. */
export function watchTables(db: Database, tables: readonly string[]): TableWatch {
  const counter = counterFor(db);
  for (const table of tables) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`nuzzle_watch_${table}_${op.toLowerCase()}`)}
         AFTER ${op} ON main.${quote(table)} BEGIN SELECT ${FUNCTION}(); END`,
      );
    }
  }
  return {
    stamp: () => (db.inTransaction ? null : counter.count),
  };
}
