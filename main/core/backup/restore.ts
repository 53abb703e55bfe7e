// Restoring a backup into the open database: the backup is checked with integrity_check,
// brought up to the current schema in a scratch copy, then copied over table by table in
// one transaction — so the live connection (and everything holding it) stays valid, and a
// failure part-way leaves the data exactly as it was.

import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../db/open-database.ts';
import { AppError } from '../errors.ts';
import { checkBackup } from './backups.ts';
import { dataTables, quoteId } from './data-tables.ts';

export function restoreInto(
  db: Database,
  backupFile: string,
  scratchDir: string,
  key: Buffer,
  nativeBinding?: string,
): void {
  const check = checkBackup(backupFile, key, nativeBinding);
  if (!check.ok) {
    throw new AppError(
      'bad-request',
      check.reason === 'newer'
        ? 'That backup was made by a newer version of Nuzzle, so it can’t be restored here. Nothing was changed.'
        : check.reason === 'foreign'
          ? 'That file isn’t one of Nuzzle’s backups, so it wasn’t restored. Nothing was changed.'
          : 'That backup didn’t pass its health check, so it wasn’t restored. Nothing was changed.',
    );
  }
  const scratch = join(scratchDir, '.restore-scratch.sqlite3');
  const cleanup = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true });
  };
  cleanup();
  copyFileSync(backupFile, scratch);
  try {
    openDatabase({ file: scratch, key, ...(nativeBinding ? { nativeBinding } : {}) }).close(); // migrate the copy
    // Attached without its own KEY, the copy is read with the live database's key.
    db.prepare('ATTACH DATABASE ? AS src').run(scratch);
    try {
      const sourceTables = new Set(
        db
          .prepare("SELECT name FROM src.sqlite_master WHERE type = 'table'")
          .pluck()
          .all() as string[],
      );
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        for (const table of dataTables(db)) {
          db.prepare(`DELETE FROM main.${quoteId(table.name)}`).run();
          if (!sourceTables.has(table.name)) continue;
          const cols = [...table.local, ...table.columns.map((c) => c.name)]
            .map(quoteId)
            .join(', ');
          db.prepare(
            `INSERT INTO main.${quoteId(table.name)} (${cols}) SELECT ${cols} FROM src.${quoteId(table.name)}`,
          ).run();
        }
      })();
    } finally {
      db.prepare('DETACH DATABASE src').run();
    }
  } finally {
    cleanup();
  }
}

/** "Delete all my data": every row of every table, in one transaction. */
export function deleteAllRows(db: Database): void {
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const table of dataTables(db)) db.prepare(`DELETE FROM ${quoteId(table.name)}`).run();
  })();
}
