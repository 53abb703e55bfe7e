// What encryption at rest costs (issue #19): a check-in save and the Today and History reads
// on the encrypted store, against the very same core on an unencrypted copy (same driver,
// the key removed with the driver's `rekey = ''`), and against a raw insert. Interleaved on
// copies of the same fixture. Goal: encryption costs ≤ 20% on a save.
//   synchronous FULL: what the user waits for (the app's setting);
//   synchronous OFF: no fsync, so only the CPU the cipher adds shows.

import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore, DATABASE_FILE, type Core } from '../main/core/core.ts';
import { isPlainDatabaseFile } from '../main/core/db/connect.ts';
import { uuidv7 } from '../main/core/ids.ts';
import { FIXTURE_TODAY, fixtureClock, historyCopy } from './fixtures/history.ts';
import { checkinSaves } from './lib/checkin-saves.ts';
import { interleave, line, ratio, verdict, type Cell } from './lib/measure.ts';

const PAGE = { url: 'app://nuzzle/', isMainFrame: true };
const GOAL = 1.2;

function opened(years: number) {
  const copy = historyCopy(years);
  const clock = fixtureClock();
  const core = createCore({ dataDir: copy.dataDir, clock, deferredCheckMs: null });
  // A fixture that didn't open (its key missing) would start fresh and bench an empty store.
  const kept = Number(core.context.db.prepare('SELECT COUNT(*) FROM checkins').pluck().get());
  if (kept < years * 300) throw new Error(`the ${String(years)}-year fixture opened empty`);
  const partners = core.context.settings.partners().map((p) => p.id);
  const saves = checkinSaves(core, partners);
  const save = () => {
    clock.advance(1000); // a second a sample, as a person would
    saves.save();
  };
  return { copy, clock, core, save };
}

/** Takes the key off the open store in place: the same core, now on a plain file. */
function decryptInPlace(core: Core, dataDir: string): void {
  const { db } = core.context;
  db.pragma('journal_mode = DELETE'); // rekey can't run in WAL mode
  db.pragma("rekey = ''");
  db.pragma('journal_mode = WAL');
  if (!isPlainDatabaseFile(join(dataDir, DATABASE_FILE))) {
    throw new Error('the unencrypted copy is still encrypted');
  }
}

function rawInserter(dir: string) {
  const raw = new Database(join(dir, 'raw.sqlite3'));
  raw.pragma('journal_mode = WAL');
  raw.exec(`CREATE TABLE rows (id TEXT PRIMARY KEY, author_id TEXT NOT NULL,
    local_date TEXT NOT NULL, time_zone TEXT NOT NULL, mood INTEGER NOT NULL,
    note TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT`);
  const insert = raw.prepare('INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)');
  let i = 0;
  const run = raw.transaction(() => {
    i += 1;
    insert.run(uuidv7(Date.now() + i), 'author', FIXTURE_TODAY, 'UTC', (i % 5) + 1, '', i);
  });
  return { raw, run: () => run() };
}

export function benchEncryption(rounds = 300, years = 10): string[] {
  const encrypted = opened(years);
  const plain = opened(years);
  decryptInPlace(plain.core, plain.copy.dataDir);
  const raw = rawInserter(plain.copy.dataDir);
  const out = [
    `encrypted vs unencrypted store (same core and driver) vs a raw insert, ${String(years)} y, synchronous FULL (the app) and OFF (CPU only):`,
  ];
  try {
    for (const mode of ['FULL', 'OFF'] as const) {
      for (const db of [encrypted.core.context.db, plain.core.context.db, raw.raw]) {
        db.pragma(`synchronous = ${mode}`);
      }
      const cells: Cell[] = [
        { name: 'raw', run: raw.run },
        { name: 'save plain', run: plain.save },
        { name: 'save encrypted', run: encrypted.save },
      ];
      const n = mode === 'OFF' ? rounds : Math.ceil(rounds / 2);
      const r = interleave(cells, n);
      const [rawS, plainS, encS] = ['raw', 'save plain', 'save encrypted'].map((k) => r.get(k));
      if (!rawS || !plainS || !encS) continue;
      out.push(line(`${mode}: raw insert`, rawS));
      out.push(line(`${mode}: save, unencrypted`, plainS, `${ratio(plainS.p50, rawS.p50)} raw`));
      out.push(
        line(
          `${mode}: save, encrypted`,
          encS,
          `${ratio(encS.p50, plainS.p50)} unencrypted p50, ${ratio(encS.p99, plainS.p99)} p99, ${ratio(encS.p50, rawS.p50)} raw (goal ≤ ${GOAL.toFixed(1)}× unencrypted: ${verdict(encS.p50 / plainS.p50 <= GOAL)})`,
        ),
      );
    }
    for (const db of [encrypted.core.context.db, plain.core.context.db]) {
      db.pragma('synchronous = FULL');
    }
    // Reads as a screen makes them: right after a save (caches just invalidated) and unchanged.
    const reads: Cell[] = [];
    for (const channel of ['today:get', 'history:get'] as const) {
      for (const [kind, o] of [
        ['plain', plain],
        ['encrypted', encrypted],
      ] as const) {
        const read = () => {
          const r = o.core.dispatch(channel, undefined, PAGE);
          if (!r.ok) throw new Error(r.error.message);
        };
        reads.push({ name: `${channel}|after save|${kind}`, before: o.save, run: read });
        reads.push({ name: `${channel}|unchanged|${kind}`, run: read });
      }
    }
    const r = interleave(reads, Math.ceil(rounds / 3));
    for (const channel of ['today:get', 'history:get']) {
      for (const when of ['after save', 'unchanged']) {
        const p = r.get(`${channel}|${when}|plain`);
        const e = r.get(`${channel}|${when}|encrypted`);
        if (!p || !e) continue;
        out.push(
          line(
            `${channel}, ${when}, encrypted`,
            e,
            `${ratio(e.p50, p.p50)} unencrypted p50 (${p.p50.toFixed(2)} ms), ${ratio(e.p99, p.p99)} p99`,
          ),
        );
      }
    }
    return out;
  } finally {
    raw.raw.close();
    for (const o of [encrypted, plain]) {
      o.core.close();
      o.copy.cleanup();
    }
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const l of benchEncryption()) console.log(l);
}
