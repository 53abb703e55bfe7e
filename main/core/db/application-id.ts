// Nuzzle's mark in the SQLite header (PRAGMA application_id, bytes 68–71), so a file that
// belongs to another app is recognised before anything writes to it. Files made before the
// stamp existed carry 0; they are Nuzzle's when their schema is.

import type { Database } from 'better-sqlite3-multiple-ciphers';

/** "NZLE" in ASCII. */
export const NUZZLE_APPLICATION_ID = 0x4e5a4c45;

/** Tables every Nuzzle database has had since its first schema step. */
const NUZZLE_CORE_TABLES: Record<string, readonly string[]> = {
  partners: ['id', 'role', 'name', 'author_id', 'created_at', 'updated_at'],
  settings: ['key', 'value', 'updated_at'],
  changes: ['seq', 'id', 'entity', 'entity_id', 'op', 'author_id', 'payload', 'created_at'],
};

export function applicationIdOf(db: Database): number {
  return Number(db.pragma('application_id', { simple: true }));
}

/** Whether an unstamped database has Nuzzle's own tables (an older Nuzzle's file). */
export function hasNuzzleSchema(db: Database): boolean {
  for (const [table, columns] of Object.entries(NUZZLE_CORE_TABLES)) {
    const have = new Set(
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name),
    );
    if (!columns.every((c) => have.has(c))) return false;
  }
  return true;
}

/** Whether the database holds any table at all (a new, empty file holds none). */
export function hasAnyTable(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;
}

export function stampApplicationId(db: Database): void {
  if (applicationIdOf(db) !== NUZZLE_APPLICATION_ID) {
    db.pragma(`application_id = ${String(NUZZLE_APPLICATION_ID)}`);
  }
}
