// Knows when tables may have changed, so a store can keep what it read in memory and still
// never serve stale data, whatever writes the rows: the store itself, sync applying the
// partner's changes, a rejoin re-keying ids, restore, import, "delete all".
//
// Connection-local TEMP triggers (never stored in the file, so no migration) call back into
// JS on every insert, update or delete of a watched table and bump that table's counter. The app has one
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
/** Writes per table, so a save to one table leaves what was read from the others kept. */
const writes = new WeakMap<Database, Map<string, number>>();

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function countersFor(db: Database): Map<string, number> {
  let counters = writes.get(db);
  if (!counters) {
    const made = new Map<string, number>();
    db.function(FUNCTION, { deterministic: false }, (table: unknown) => {
      const name = String(table);
      made.set(name, (made.get(name) ?? 0) + 1);
      return null;
    });
    writes.set(db, made);
    counters = made;
  }
  return counters;
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Watches `tables` (which must exist) on this connection. */
export function watchTables(db: Database, tables: readonly string[]): TableWatch {
  const counters = countersFor(db);
  for (const table of tables) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`nuzzle_watch_${table}_${op.toLowerCase()}`)}
         AFTER ${op} ON main.${quote(table)} BEGIN SELECT ${FUNCTION}(${literal(table)}); END`,
      );
    }
  }
  return {
    stamp: () => {
      if (db.inTransaction) return null;
      let sum = 0;
      for (const table of tables) sum += counters.get(table) ?? 0;
      return sum;
    },
  };
}
