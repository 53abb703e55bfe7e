// Looking for an answer's words everywhere a curious partner could: every row of every
// table, the raw database files on disk (WAL included), the sync folder's bytes, and the
// sync folder opened with the pairing key.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { quoteId } from '../../../main/core/backup/data-tables.ts';
import { openSegment, subKeys } from '../../../main/core/sync/crypto.ts';
import type { QuestionTodayView } from '../../../shared/questions/daily.ts';
import type { Side } from '../sync/helpers.ts';
import { filesUnder } from '../sync/helpers.ts';

/** Rows anywhere in the database whose any column contains `text`. */
export function rowsContaining(s: Side, text: string): string[] {
  const db = s.core.context.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const hits: string[] = [];
  for (const table of tables) {
    const columns = (
      db.prepare(`PRAGMA table_info(${quoteId(table)})`).all() as { name: string }[]
    ).map((c) => c.name);
    for (const column of columns) {
      const n = db
        .prepare(
          `SELECT count(*) FROM ${quoteId(table)} WHERE instr(CAST(${quoteId(column)} AS TEXT), ?) > 0`,
        )
        .pluck()
        .get(text) as number;
      if (n > 0) hits.push(`${table}.${column}`);
    }
  }
  return hits;
}

/** Whether the database's files on disk hold `text` anywhere (free pages and the WAL too). */
export function diskContains(s: Side, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(s.dir)
    .filter((f) => f.startsWith('nuzzle.sqlite3'))
    .some((f) => readFileSync(join(s.dir, f)).includes(needle));
}

/** Whether any file in the folder holds `text`, as bytes or once opened with the pairing key. */
export function folderContains(folder: string, s: Side, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  const state = s.core.context.settings.readLocal<{ link: { key: string | null } } | null>(
    'sync',
    null,
  );
  const key = state?.link.key;
  if (!key) throw new Error('not paired');
  const keys = subKeys(Buffer.from(key, 'base64'));
  let opened = 0;
  for (const f of filesUnder(folder)) {
    const path = join(folder, f);
    if (!statSync(path).isFile()) continue;
    const data = readFileSync(path);
    if (data.includes(needle)) return true;
    const result = openSegment(keys, data);
    if (result.ok) {
      opened += 1;
      if (result.plaintext.includes(needle)) return true;
    }
  }
  if (opened === 0) throw new Error('no segment could be opened: the search proves nothing');
  return false;
}

export const todayOf = (s: Side) => s.ok<QuestionTodayView>('questions:today');

export function answer(s: Side, text: string, partnerId = s.ids().me): QuestionTodayView {
  return s.ok<QuestionTodayView>('questions:answer', {
    partnerId,
    localDate: todayOf(s).today,
    text,
  });
}
