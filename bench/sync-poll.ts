// Partner sync over the years (issue #14): what a poll costs and how big the shared folder is
// after 1 and 5 simulated years of daily use, side by side in one run. Two paired computers
// share one folder; every day each saves a check-in, one sends a note and marks a
// commitment, and both poll a few times (as the app does on every change and each minute).
// Goals: the poll costs about the same at five years as at one (it pays for what is new, not
// for the folder's age), and the folder holds about as many files and bytes.
//
//   node --import tsx bench/sync-poll.ts

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../main/core/clock.ts';
import { createCore, type Core } from '../main/core/core.ts';
import { migrate } from '../main/core/db/migrations.ts';
import { migration006 } from '../main/core/db/migrations/006-sync.ts';
import { createSyncService, type SyncService } from '../main/core/sync/sync-service.ts';
import { addDays, instantAt } from '../shared/local-day.ts';

const PAGE = { url: 'app://nuzzle/', isMainFrame: true };
const ZONE = 'Europe/Berlin';
const START = '2024-01-01';
const DAY_MS = 86_400_000;

function call(core: Core, channel: string, payload?: unknown): unknown {
  const r = core.dispatch(channel, payload, PAGE);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

interface Computer {
  core: Core;
  sync: SyncService;
  clock: ReturnType<typeof manualClock>;
  me: string;
}

function computer(root: string, name: string, me: string, partner: string, shared: string) {
  const clock = manualClock(instantAt(START, '08:00', ZONE), ZONE);
  const core = createCore({ dataDir: join(root, name), clock });
  migrate(core.context.db, [migration006]);
  call(core, 'onboarding:complete', {
    myName: me,
    partnerName: partner,
    computerMode: 'just-me',
    reminderTime: '20:00',
    launchAtLogin: false,
  });
  // Key stretching is measured in bench/sync.ts; here a cheap cost keeps set-up short.
  const sync = createSyncService(core.context, {
    folders: { chooseFolder: () => shared },
    kdfLogN: 10,
  });
  return { core, sync, clock, me: core.context.settings.me().id };
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, f));
    if (!st.isFile()) continue;
    files += 1;
    bytes += st.size;
  }
  return { files, bytes };
}

/** Median cost of a poll that finds nothing new, and of one after a day's changes. */
function pollCost(a: Computer, b: Computer): { idleMs: number; dayMs: number } {
  const idle: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    const t0 = performance.now();
    a.sync.pollNow();
    idle.push(performance.now() - t0);
  }
  const day: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    call(b.core, 'notes:send', { authorId: b.me, text: `Still thinking of you (${String(i)})` });
    b.sync.pollNow();
    const t0 = performance.now();
    a.sync.pollNow();
    day.push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  return { idleMs: median(idle.slice(5)), dayMs: median(day) };
}

function liveDay(a: Computer, b: Computer, date: string, commitmentId: string, d: number): void {
  for (const c of [a, b]) c.clock.set(instantAt(date, '20:00', ZONE));
  call(a.core, 'checkins:save', {
    partnerId: a.me,
    localDate: date,
    mood: 4,
    closeness: 4,
    settled: 4,
  });
  call(a.core, 'commitments:mark', { actorId: a.me, commitmentId, localDate: date, value: 'kept' });
  call(a.core, 'notes:send', { authorId: a.me, text: `Thank you for day ${String(d)}` });
  a.sync.pollNow();
  call(b.core, 'checkins:save', {
    partnerId: b.me,
    localDate: date,
    mood: 5,
    closeness: 4,
    settled: 3,
  });
  b.sync.pollNow();
  a.sync.pollNow();
  for (const c of [a, b]) c.clock.advance(DAY_MS / 2);
  b.sync.pollNow();
}

export interface SyncYearsRow {
  years: number;
  files: number;
  bytes: number;
  idleMs: number;
  dayMs: number;
}

export async function benchSyncYears(): Promise<SyncYearsRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'nuzzle-bench-sync-years-'));
  const shared = join(root, 'shared');
  mkdirSync(shared);
  const a = computer(root, 'a', 'Alex', 'Sam', shared);
  const b = computer(root, 'b', 'Sam', 'Alex', shared);
  try {
    const code = a.sync.invite().code ?? '';
    await a.sync.idle();
    b.sync.join(code);
    await b.sync.idle();
    a.sync.pollNow();
    a.sync.confirm(true);
    b.sync.confirm(true);
    b.me = b.core.context.settings.me().id; // the joiner takes the inviter's ids for both
    const { id } = call(a.core, 'commitments:create', {
      actorId: a.me,
      text: 'A walk after dinner',
      schedule: { kind: 'daily' },
      startDate: START,
    }) as { id: string };
    const rows: SyncYearsRow[] = [];
    let day = 0;
    for (const years of [1, 5]) {
      for (; day < years * 365; day += 1) liveDay(a, b, addDays(START, day), id, day);
      rows.push({ years, ...folderSize(shared), ...pollCost(a, b) });
    }
    return rows;
  } finally {
    a.core.close();
    b.core.close();
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatSyncYears(rows: SyncYearsRow[]): string[] {
  const [one, five] = rows;
  if (!one || !five) return [];
  const lines = rows.map(
    (r) =>
      `sync after ${String(r.years)} year(s): folder ${String(r.files)} files, ${(r.bytes / 1024).toFixed(0)} KB; poll with nothing new p50 ${r.idleMs.toFixed(2)} ms, after a new note p50 ${r.dayMs.toFixed(2)} ms`,
  );
  const ratio = (x: number, y: number) => (y > 0 ? x / y : NaN).toFixed(2);
  const ok = five.files <= 1.5 * one.files && five.idleMs <= 1.5 * Math.max(one.idleMs, 0.05);
  lines.push(
    `sync 5 y / 1 y: files ${ratio(five.files, one.files)}×, bytes ${ratio(five.bytes, one.bytes)}×, idle poll ${ratio(five.idleMs, one.idleMs)}×, poll after a note ${ratio(five.dayMs, one.dayMs)}× — goal ≤ 1.5× for files and polls, ${ok ? 'within budget' : 'OVER BUDGET'}`,
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const line of formatSyncYears(await benchSyncYears())) console.log(line);
}
