// When one computer joins another, both must call the two partners by the same ids. The
// joiner adopts the inviter's: every occurrence of its own two partner ids, in every table
// and column (references, the outbox's payloads, local settings), is rewritten in the caller's
// transaction. Foreign keys are checked at commit, once everything agrees again.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { quoteId } from '../backup/data-tables.ts';

export function rekeyPartners(db: Database, mapping: readonly [string, string][]): void {
  const changes = mapping.filter(([from, to]) => from !== to);
  if (changes.length === 0) return;
  db.pragma('defer_foreign_keys = ON');
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL%'`,
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const columns = (
      db.prepare(`PRAGMA table_info(${quoteId(table)})`).all() as { name: string; type: string }[]
    )
      .filter((c) => c.type.toUpperCase() === 'TEXT')
      .map((c) => c.name);
    for (const column of columns) {
      const col = quoteId(column);
      // Through placeholders first, so mappings that swap two ids can't collide.
      changes.forEach(([from], i) => {
        db.prepare(
          `UPDATE ${quoteId(table)} SET ${col} = replace(${col}, ?, ?) WHERE instr(${col}, ?) > 0`,
        ).run(from, `{{nuzzle-rekey-${String(i)}}}`, from);
      });
      changes.forEach(([, to], i) => {
        const mark = `{{nuzzle-rekey-${String(i)}}}`;
        db.prepare(
          `UPDATE ${quoteId(table)} SET ${col} = replace(${col}, ?, ?) WHERE instr(${col}, ?) > 0`,
        ).run(mark, to, mark);
      });
    }
  }
}
