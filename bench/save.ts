// A check-in save (the whole IPC call: validation, checks, the row, the outbox) against the cheapest possible write: one better-sqlite3 insert of a row of the
// same shape in its own transaction, on the same disk. Interleaved, at forty years.
//   synchronous OFF: no fsync, so the ratio is the CPU the app adds (goal ≤ 3×);
//   synchronous FULL: what the user waits for on this disk (goal ≤ 1.5×).
// The save answers before the work it sets off (the reminder re-plan, shipping soon, the
// running marker), which runs on the next turn; this loop never yields, so that work is run
// by hand after each save in a second cell: "answered" is what the screen waits for, "with
// what it sets off" is all the CPU one save costs.
// Nuzzle's file is encrypted at rest (AEGIS-256: every page written is encrypted and tagged),
// so the raw insert is made twice: into a plain file, and into a file under the same cipher
// and key. Both ratios are printed; the second is the cost the app's own code adds.

import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../main/core/core.ts';
import { connect } from '../main/core/db/connect.ts';
import { uuidv7 } from '../main/core/ids.ts';
import { FIXTURE_TODAY, fixtureClock, historyCopy } from './fixtures/history.ts';
import { checkinSaves } from './lib/checkin-saves.ts';
import { interleave, line, ratio, verdict } from './lib/measure.ts';

export function benchSave(rounds = 300, years = 40): string[] {
  const copy = historyCopy(years);
  const clock = fixtureClock();
  const core = createCore({ dataDir: copy.dataDir, clock });
  const plain = new Database(join(copy.dataDir, 'raw.sqlite3'));
  const encrypted = connect(join(copy.dataDir, 'raw-encrypted.sqlite3'), {
    key: core.databaseKey,
  });
  const inserter = (raw: Database.Database) => {
    raw.pragma('journal_mode = WAL');
    raw.exec(`CREATE TABLE rows (id TEXT PRIMARY KEY, author_id TEXT NOT NULL,
      local_date TEXT NOT NULL, time_zone TEXT NOT NULL, mood INTEGER NOT NULL,
      note TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT`);
    const insert = raw.prepare('INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)');
    return raw.transaction((i: number) =>
      insert.run(uuidv7(clock.now()), 'author', FIXTURE_TODAY, 'UTC', (i % 5) + 1, '', i),
    );
  };
  try {
    const rawPlain = inserter(plain);
    const rawEncrypted = inserter(encrypted);
    const partners = core.context.settings.partners().map((p) => p.id);
    const { save, count } = checkinSaves(core, partners);
    const out = [
      `save vs a raw insert in its own transaction (${String(years)} y, ${String(rounds)} rounds each):`,
    ];
    for (const [mode, goal] of [
      ['OFF', 3],
      ['FULL', 1.5],
    ] as const) {
      for (const db of [core.context.db, plain, encrypted]) db.pragma(`synchronous = ${mode}`);
      const cells = interleave(
        [
          // A second a sample, as a person would: nothing gets to reuse the same instant.
          { name: 'plain', before: () => clock.advance(1000), run: () => rawPlain(count()) },
          {
            name: 'encrypted',
            before: () => clock.advance(1000),
            run: () => rawEncrypted(count()),
          },
          { name: 'save', before: () => clock.advance(1000), run: save },
          {
            name: 'whole',
            before: () => clock.advance(1000),
            run: () => {
              save();
              core.settle();
            },
          },
        ],
        mode === 'OFF' ? rounds : Math.ceil(rounds / 2),
      );
      const p = cells.get('plain');
      const e = cells.get('encrypted');
      const s = cells.get('save');
      const w = cells.get('whole');
      if (!p || !e || !s || !w) continue;
      const against = (x: typeof s, r: typeof s) =>
        `${ratio(x.p50, r.p50)} p50, ${ratio(x.p99, r.p99)} p99 (goal ≤ ${String(goal)}×: ${verdict(x.p50 / r.p50 <= goal)})`;
      out.push(line(`synchronous ${mode}: raw insert, plain`, p));
      out.push(line(`synchronous ${mode}: raw insert, encrypted`, e));
      for (const [label, x] of [
        ['check-in save, answered', s],
        ['… with what it sets off', w],
      ] as const) {
        out.push(line(`synchronous ${mode}: ${label}`, x));
        out.push(`    vs the plain insert:     ${against(x, p)}`);
        out.push(`    vs the encrypted insert: ${against(x, e)}`);
      }
    }
    return out;
  } finally {
    plain.close();
    encrypted.close();
    core.close();
    copy.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const l of benchSave()) console.log(l);
}
