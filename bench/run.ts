// `npm run bench`: the speed and size budgets, measured and printed (never asserted in tests).
//   - core start on an empty database (open, migrate, ready for IPC): budget ≤ 50 ms
//   - Today + record + 12-month history over ten years of two partners' check-ins: ≤ 10 ms p50
//   - renderer initial JS, gzipped: ≤ 150 KB
//   - partner sync: apply a year of a partner's changes from a cold start: ≤ 1 s
//   - a save vs a raw insert (CPU ≤ 3×, with fsync ≤ 1.5×), start empty vs 40 years, every
//     read at 1/10/40 years (40 y / 1 y ≤ 1.5×), time to Today in Chromium at 0 and 40 years

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { manualClock } from '../main/core/clock.ts';
import { createCore } from '../main/core/core.ts';
import { addDays, instantAt } from '../shared/local-day.ts';
import type { Settings } from '../shared/domain.ts';
import { tempDir } from '../tests/unit/core/temp-core.ts';
import { benchBrowser } from './browser.ts';
import { benchReads } from './reads.ts';
import { benchSave } from './save.ts';
import { benchStart } from './start.ts';
import { benchImportSpeed } from './import-speed.ts';
import { benchSync } from './sync.ts';

const PAGE = { url: 'app://nuzzle/', isMainFrame: true };

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    p50: at(0.5),
    p99: at(0.99),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}
const ms = (n: number) => `${n.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

function benchCoreStart() {
  const samples: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const { dir, cleanup } = tempDir();
    const t0 = performance.now();
    const core = createCore({ dataDir: dir, clock: manualClock(Date.now(), 'UTC') });
    const ready = core.dispatch('settings:get', undefined, PAGE);
    samples.push(performance.now() - t0);
    if (!ready.ok) throw new Error(ready.error.message);
    core.close();
    cleanup();
  }
  const s = stats(samples.slice(5)); // the first runs warm up the module and file caches
  console.log(
    `core start (empty db, 25 runs): p50 ${ms(s.p50)}, p99 ${ms(s.p99)} — budget 50 ms, ${verdict(s.p50 <= 50)}`,
  );
}

function benchTenYears() {
  const { dir, cleanup } = tempDir();
  const zone = 'America/New_York';
  const today = '2026-11-26';
  const clock = manualClock(instantAt(today, '21:00', zone), zone);
  const core = createCore({ dataDir: dir, clock });
  const onboard = core.dispatch(
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
  if (!onboard.ok) throw new Error(onboard.error.message);
  const partners = (onboard.value as Settings).partners;
  const db = core.context.db;
  const start = addDays(today, -3652);
  db.transaction(() => {
    for (let d = 0; d <= 3652; d += 1) {
      const date = addDays(start, d);
      partners.forEach((p, i) => {
        if ((d + i) % 11 === 0) return; // some gaps
        core.context.checkins.save(
          {
            authorId: p.id,
            localDate: date,
            timeZone: zone,
            mood: 3,
            closeness: 4,
            settled: (((d >> 5) % 5) + 1) as 1,
            note: '',
            shared: '',
          },
          instantAt(date, '20:30', zone),
        );
      });
    }
  })();
  const count = db.prepare('SELECT COUNT(*) FROM checkins').pluck().get() as number;
  const samples: number[] = [];
  for (let i = 0; i < 220; i += 1) {
    const t0 = performance.now();
    const todayView = core.dispatch('today:get', undefined, PAGE);
    const history = core.dispatch('history:get', undefined, PAGE);
    samples.push(performance.now() - t0);
    if (!todayView.ok || !history.ok) throw new Error('bench call failed');
  }
  const s = stats(samples.slice(20));
  console.log(
    `today + record + 12-month history, ten years (${String(count)} check-ins, 200 runs): p50 ${ms(s.p50)}, p99 ${ms(s.p99)} — budget 10 ms p50, ${verdict(s.p50 <= 10)}`,
  );
  core.close();
  cleanup();
}

function benchBundle() {
  const html = readFileSync('dist/renderer/index.html', 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="\.\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const preloaded = [
    ...html.matchAll(/<link rel="modulepreload"[^>]+href="\.\/(assets\/[^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const initial = [...entry, ...preloaded];
  const gzip = initial.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join('dist/renderer', file))).length,
    0,
  );
  const all = readdirSync('dist/renderer/assets').filter((f) => f.endsWith('.js')).length;
  console.log(
    `renderer initial JS: ${(gzip / 1024).toFixed(1)} KB gzip in ${String(initial.length)} file(s) of ${String(all)} — budget 150 KB, ${verdict(gzip <= 150 * 1024)}`,
  );
}

benchCoreStart();
benchTenYears();
benchBundle();
{
  const r = benchSync();
  console.log(
    `sync: apply a year of a partner's changes (${String(r.records)} records) from a cold start: ${r.ms.toFixed(0)} ms — budget ${String(r.budgetMs)} ms, ${verdict(r.ms <= r.budgetMs)}`,
  );
}

// Fast at any age (issue #17): cached 1/10/40-year fixtures (bench/fixtures/), side by side.
for (const l of benchSave()) console.log(l);
for (const l of benchStart()) console.log(l);
for (const l of benchReads()) console.log(l);
for (const l of await benchBrowser()) console.log(l);
for (const line of benchImportSpeed()) console.log(line);
