// The crash test, part two: SIGKILL during a backup, a restore, an import, a migration and
// the upgrade of a plain (pre-encryption) database and its backups to encrypted ones.
// The child says "go" as it starts the operation and the kill follows after a random delay
// within the operation's own measured length (never a wall-clock guess about how long the
// child takes to start). After each kill the database, compared table by table and with its
// schema, is wholly as before or wholly as after the operation (for a migration: exactly one
// of the versions it passes through; for the upgrade: the plain file or the encrypted one,
// with every row); the next start opens it cleanly with no leftovers, and no file in the data
// folder (database or backup) is plain any more.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkBackup } from '../../../main/core/backup/backups.ts';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, DATABASE_FILE, type Core } from '../../../main/core/core.ts';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../../main/core/db/migrations.ts';
import type { DataStatus, Settings } from '../../../shared/domain.ts';
import { addDays, instantAt } from '../../../shared/local-day.ts';
import { tempDir } from '../core/temp-core.ts';
import { dumpAll } from './dump.ts';
import { keyOf, openRaw } from '../core/raw-db.ts';

const KILLS_PER_PHASE = 10;
const ZONE = 'America/New_York';
const CRASH_CLOCK = Date.parse('2026-03-10T21:00:00-04:00');
const PAGE = { url: 'app://nuzzle/', isMainFrame: true };
const OLD_VERSION = 2;
const work = tempDir();
const childScript = join(work.dir, 'crash-phase-child.cjs');

type Phase = 'backup' | 'restore' | 'import' | 'migration' | 'encrypt-upgrade';
type Snapshot = { version: number; schema: unknown[]; tables: Record<string, unknown[]> };

/** Everything in the file, read straight from SQLite (not through the core). */
function snapshot(file: string): Snapshot {
  const db = openAsItIs(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return {
      version: Number(db.pragma('user_version', { simple: true })),
      schema: db
        .prepare(
          "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all(),
      tables: dumpAll(db),
    };
  } finally {
    db.close();
  }
}

const isPlain = (file: string) =>
  readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000';

/** A database as a tool would open it: a plain file as it is, an encrypted one with its key. */
function openAsItIs(file: string): Database.Database {
  // A backup's key is its folder's: backups/ sits inside the data folder.
  const dataDir = dirname(file).endsWith('backups') ? dirname(dirname(file)) : dirname(file);
  return isPlain(file) ? new Database(file) : openRaw(dataDir, file);
}

function openCore(dir: string, importPath: string | null = null): Core {
  return createCore({
    dataDir: dir,
    clock: manualClock(CRASH_CLOCK, ZONE),
    deferredCheckMs: null,
    files: { chooseExportPath: () => importPath, chooseImportPath: () => importPath },
  });
}

/** Check-ins for both partners on every day in [from, to), each saved on its own day. */
function fill(dir: string, from: string, to: string): void {
  const clock = manualClock(instantAt(from, '21:00', ZONE), ZONE);
  const core = createCore({ dataDir: dir, clock, deferredCheckMs: null });
  try {
    let settings = core.context.settings.get();
    if (!settings.onboarded) {
      const r = core.dispatch(
        'onboarding:complete',
        {
          myName: 'Alex',
          partnerName: 'Sam',
          computerMode: 'both',
          reminderTime: '20:00',
          launchAtLogin: false,
        },
        PAGE,
      );
      if (!r.ok) throw new Error(r.error.message);
      settings = r.value as Settings;
    }
    for (let day = from; day < to; day = addDays(day, 1)) {
      clock.set(instantAt(day, '21:00', ZONE));
      for (const p of settings.partners) {
        const r = core.dispatch(
          'checkins:save',
          {
            partnerId: p.id,
            localDate: day,
            mood: 3,
            closeness: 4,
            settled: 2,
            note: `a day: ${day}`,
            shared: '',
          },
          PAGE,
        );
        if (!r.ok) throw new Error(r.error.message);
      }
    }
  } finally {
    core.close();
  }
}

/** Runs the child; kills it `killAfterMs` after it says "go" (null: lets it finish). */
function runChild(
  phase: Phase | 'open',
  dir: string,
  extra: string | undefined,
  killAfterMs: number | null,
): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, phase, dir, ...(extra ? [extra] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
    });
    let out = '';
    let err = '';
    let goAt = 0;
    let doneAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (goAt === 0 && out.includes('go\n')) {
        goAt = performance.now();
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
      if (doneAt === 0 && out.includes('done\n')) doneAt = performance.now();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve({ killed: true, ms: 0 });
      if (code !== 0) return reject(new Error(`child failed: ${err.slice(0, 800)}`));
      resolve({ killed: false, ms: doneAt - goAt });
    });
  });
}

interface PhaseCase {
  /** A fresh data dir in the state before the operation, and the child's extra argument. */
  prepare(): { dir: string; extra?: string };
}

const templates = {
  data: join(work.dir, 'template-data'),
  old: join(work.dir, 'template-old'),
  plain: join(work.dir, 'template-plain'),
  exportFile: join(work.dir, 'more-days.json'),
  backupName: '',
};
let copies = 0;
function copyOf(template: string): string {
  copies += 1;
  const dir = join(work.dir, `run-${String(copies)}`);
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** The database at each version a migration from OLD_VERSION passes through. */
const versions = new Map<number, Snapshot>();

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-phase-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3-multiple-ciphers'],
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'silent',
  });
  // Two years of check-ins, with a backup made after the first (what a restore goes back to).
  fill(templates.data, '2024-01-01', '2025-01-01');
  const core = openCore(templates.data);
  const made = core.dispatch('data:backup-now', undefined, PAGE);
  core.close();
  if (!made.ok) throw new Error(made.error.message);
  templates.backupName = (made.value as DataStatus).backups[0]?.name ?? '';
  fill(templates.data, '2025-01-01', '2026-03-01');
  // An export holding nine more days, for the import.
  const source = copyOf(templates.data);
  fill(source, '2026-03-01', '2026-03-10');
  const exporter = openCore(source, templates.exportFile);
  const exported = exporter.dispatch('data:export', { mode: 'plain' }, PAGE);
  exporter.close();
  if (!exported.ok) throw new Error(exported.error.message);
  // A database an old Nuzzle left at version 2, with a year of check-ins.
  buildOldDatabase(join(templates.old, DATABASE_FILE));
  for (let v = OLD_VERSION; v <= LATEST_VERSION; v += 1) {
    if (v !== OLD_VERSION && !MIGRATIONS.some((m) => m.version === v)) continue;
    const dir = copyOf(templates.old);
    const db = new Database(join(dir, DATABASE_FILE));
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= v),
    );
    db.close();
    versions.set(v, snapshot(join(dir, DATABASE_FILE)));
  }
  buildPlainStore();
}, 240_000);
afterAll(() => work.cleanup());

function buildOldDatabase(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= OLD_VERSION),
    );
    const ids = ['0b0e6d1c-6c52-4c0f-9d3a-6f1f3b9e8a01', '0b0e6d1c-6c52-4c0f-9d3a-6f1f3b9e8a02'];
    const partner = db.prepare(
      'INSERT INTO partners (id, role, name, author_id, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)',
    );
    partner.run(ids[0], 'me', 'Alex', ids[0]);
    partner.run(ids[1], 'partner', 'Sam', ids[0]);
    const checkin = db.prepare(
      `INSERT INTO checkins (id, author_id, local_date, time_zone, checked_in_at, mood, closeness, settled, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, 0, 3, 4, 2, 'an old day', 0, 0)`,
    );
    db.transaction(() => {
      let n = 0;
      for (let day = '2025-01-01'; day < '2026-01-01'; day = addDays(day, 1)) {
        for (const author of ids) {
          n += 1;
          checkin.run(`1c9a4f5e-0000-4000-8000-${String(n).padStart(12, '0')}`, author, day, ZONE);
        }
      }
    })();
  } finally {
    db.close();
  }
}

/** What an older (pre-encryption) Nuzzle left: a plain database at the latest version, in
 *  WAL mode with recent writes still in its -wal, and two plain backups. */
function buildPlainStore(): void {
  buildOldDatabase(join(templates.plain, DATABASE_FILE));
  const file = join(templates.plain, DATABASE_FILE);
  const db = new Database(file);
  migrate(db);
  mkdirSync(join(templates.plain, 'backups'));
  for (const name of ['nuzzle-2026-03-08-210000.sqlite3', 'nuzzle-2026-03-09-210000.sqlite3']) {
    db.prepare('VACUUM INTO ?').run(join(templates.plain, 'backups', name));
  }
  db.pragma('wal_autocheckpoint = 0');
  db.prepare(
    "UPDATE checkins SET note = 'still in the wal' WHERE local_date >= '2025-12-01'",
  ).run();
  // Copied while open, as the old app's kill or crash would leave it: the -wal beside it.
  cpSync(templates.plain, `${templates.plain}-open`, { recursive: true });
  db.close();
  templates.plain = `${templates.plain}-open`;
}

const cases: Record<Phase, PhaseCase> = {
  backup: { prepare: () => ({ dir: copyOf(templates.data) }) },
  restore: { prepare: () => ({ dir: copyOf(templates.data), extra: templates.backupName }) },
  import: { prepare: () => ({ dir: copyOf(templates.data), extra: templates.exportFile }) },
  migration: { prepare: () => ({ dir: copyOf(templates.old) }) },
  'encrypt-upgrade': { prepare: () => ({ dir: copyOf(templates.plain) }) },
};

const leftovers = (dir: string): string[] => {
  const backups = join(dir, 'backups');
  const inBackups = existsSync(backups) ? readdirSync(backups).map((f) => `backups/${f}`) : [];
  return [...readdirSync(dir), ...inBackups].filter((f) =>
    /\.partial$|restore-scratch|\.encrypting/.test(f),
  );
};

describe('crash safety of backup, restore, import and migration', () => {
  for (const phase of ['backup', 'restore', 'import', 'migration', 'encrypt-upgrade'] as const) {
    test(`a SIGKILL during ${phase} leaves the database wholly before or wholly after`, async () => {
      const file = (dir: string) => join(dir, DATABASE_FILE);
      // The operation run to its end once: its length sets the kill window.
      const whole = cases[phase].prepare();
      // Reading a plain file checkpoints its -wal: the upgrade's "before" is read from a copy.
      const beforeDir = phase === 'encrypt-upgrade' ? cases[phase].prepare().dir : whole.dir;
      const before = phase === 'migration' ? null : snapshot(file(beforeDir));
      const finished = await runChild(phase, whole.dir, whole.extra, null);
      const after = snapshot(file(whole.dir));
      if (phase === 'encrypt-upgrade') expect(isPlain(file(whole.dir))).toBe(false);
      // A backup and the upgrade leave the data as it was; a restore and an import change it.
      if (phase === 'backup' || phase === 'encrypt-upgrade') expect(after).toEqual(before);
      else if (before) expect(after).not.toEqual(before);
      const window = Math.max(5, finished.ms * 1.3);
      const outcomes = { before: 0, after: 0, between: 0 };
      const templateBackups = new Set(readdirSync(join(templates.data, 'backups')));
      for (let i = 0; i < KILLS_PER_PHASE; i += 1) {
        const run = cases[phase].prepare();
        await runChild(phase, run.dir, run.extra, Math.random() * window);
        // The next start must meet the folder exactly as the kill left it (a plain -wal too).
        const state = snapshot(file(phase === 'encrypt-upgrade' ? copyOf(run.dir) : run.dir));
        if (phase === 'migration') {
          // Each step commits with its version: exactly the schema and data of one version,
          // or the finished start.
          if (deepEqual(state, after)) outcomes.after += 1;
          else {
            expect(versions.get(state.version)).toEqual(state);
            if (state.version === OLD_VERSION) outcomes.before += 1;
            else outcomes.between += 1;
          }
        } else if (phase === 'encrypt-upgrade') {
          // The old plain file whole, or the new encrypted one with every row.
          expect(state).toEqual(before);
          const plainBackups = readdirSync(join(run.dir, 'backups')).filter((n) =>
            isPlain(join(run.dir, 'backups', n)),
          );
          if (isPlain(file(run.dir))) outcomes.before += 1;
          else if (plainBackups.length > 0)
            outcomes.between += 1; // backups still to do
          else outcomes.after += 1;
        } else if (deepEqual(state, after)) outcomes.after += 1;
        else {
          expect(state).toEqual(before);
          outcomes.before += 1;
        }
        if (phase === 'backup') {
          // The database is the same either way: what differs is whether the copy was made
          // (a kill mid-copy leaves a .partial file, never a half copy under a backup's name).
          outcomes.after -= 1;
          const names = readdirSync(join(run.dir, 'backups'));
          if (names.some((n) => n.endsWith('.partial'))) outcomes.between += 1;
          else if (names.some((n) => !templateBackups.has(n))) {
            outcomes.after += 1;
          } else outcomes.before += 1;
        }
        // The next start opens it and tidies what the kill left behind.
        openCore(run.dir).close();
        expect(leftovers(run.dir)).toEqual([]);
        expect(isPlain(file(run.dir)), 'the database is encrypted').toBe(false);
        if (phase === 'encrypt-upgrade') expect(snapshot(file(run.dir))).toEqual(after);
        // Every backup left is whole (a half-written one is never listed as a backup), and
        // none is plain: the upgrade encrypts them once the new database is verified.
        const backups = existsSync(join(run.dir, 'backups'))
          ? readdirSync(join(run.dir, 'backups'))
          : [];
        if (phase === 'encrypt-upgrade') expect(backups).toHaveLength(2);
        for (const name of backups) {
          expect(isPlain(join(run.dir, 'backups', name)), name).toBe(false);
          expect(checkBackup(join(run.dir, 'backups', name), keyOf(run.dir))).toMatchObject({
            ok: true,
          });
        }
      }
      console.info(
        `crash during ${phase}: ${String(KILLS_PER_PHASE)} kills within ${window.toFixed(0)} ms of the start — ${String(outcomes.before)} before, ${String(outcomes.between)} between (versions, or a copy cut short), ${String(outcomes.after)} after`,
      );
    }, 180_000);
  }
});

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
