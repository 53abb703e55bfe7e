// `npm run bench`: every speed and size goal, measured and printed in one run (never asserted
// in tests). Each section samples its cells side by side (bench/lib/measure.ts), on the cached
// 1/10/40-year fixtures (bench/fixtures/), so the ratios hold on a busy machine:
//   - every read after a save and unchanged, p50/p99, 40 y / 1 y (goal ≤ 1.5×)
//   - a check-in save vs a raw insert, synchronous OFF (CPU, goal ≤ 3×) and FULL (≤ 1.5×)
//   - encryption at rest: save and Today/History, encrypted vs the unencrypted store vs a raw
//     insert (goal: encryption costs ≤ 20% on a save)
//   - core start, empty vs forty years (goal ≤ 2×; empty ≤ 50 ms)
//   - import and no-op re-import vs export of ten years (goal ≤ 3×, re-import faster still)
//   - the renderer's initial JS (≤ 150 KB gzip) and time to Today in Chromium at 0 and 40 y
//   - partner sync: a year of a partner's changes applied from a cold start (≤ 1 s); poll cost
//     and folder size (files, bytes) after 1 and 5 simulated years (5 y / 1 y ≤ 1.5×)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchBrowser } from './browser.ts';
import { benchEncryption } from './encryption.ts';
import { benchImportSpeed } from './import-speed.ts';
import { benchReads } from './reads.ts';
import { benchSave } from './save.ts';
import { benchStart } from './start.ts';
import { benchSync } from './sync.ts';
import { benchSyncYears, formatSyncYears } from './sync-poll.ts';

function benchBundle(): string[] {
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
  const ok = gzip <= 150 * 1024;
  return [
    `renderer initial JS: ${(gzip / 1024).toFixed(1)} KB gzip in ${String(initial.length)} file(s) of ${String(all)} (goal ≤ 150 KB: ${ok ? 'ok' : 'OVER'})`,
  ];
}

async function syncLines(): Promise<string[]> {
  const r = await benchSync();
  const ok = r.ms <= r.budgetMs;
  return [
    `sync: a year of a partner's changes (${String(r.records)} records) applied from a cold start: ${r.ms.toFixed(0)} ms (goal ≤ ${String(r.budgetMs)} ms: ${ok ? 'ok' : 'OVER'})`,
    // A folder that stays small (issue #14): poll cost and folder size at 1 and 5 years.
    ...formatSyncYears(await benchSyncYears()),
  ];
}

/** One section: its lines, or why it couldn't run — one broken bench never hides the rest. */
async function section(title: string, run: () => string[] | Promise<string[]>): Promise<void> {
  const t0 = performance.now();
  let lines: string[];
  try {
    lines = await run();
  } catch (error) {
    lines = [`  could not run: ${error instanceof Error ? error.message : String(error)}`];
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`\n## ${title} (${seconds} s)`);
  for (const l of lines) console.log(l);
}

// NUZZLE_BENCH=reads,save runs only those sections (names: reads, save, encryption, start,
// import, renderer, sync); unset runs them all. On a shared machine one section is often all you need.
const SECTIONS: Record<string, [string, () => string[] | Promise<string[]>]> = {
  reads: ['Reads at any age', () => benchReads()],
  save: ['Save', () => benchSave()],
  encryption: ['Encryption at rest', () => benchEncryption()],
  start: ['Start', () => benchStart()],
  import: ['Import and export', () => benchImportSpeed()],
  renderer: ['Renderer', async () => [...benchBundle(), ...(await benchBrowser())]],
  sync: ['Partner sync', () => syncLines()],
};
const chosen = (process.env.NUZZLE_BENCH ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '');
const unknown = chosen.filter((s) => !(s in SECTIONS));
if (unknown.length > 0) {
  console.error(
    `NUZZLE_BENCH: no section ${unknown.join(', ')} (there are ${Object.keys(SECTIONS).join(', ')})`,
  );
  process.exit(2);
}

const t0 = performance.now();
for (const [key, [title, run]] of Object.entries(SECTIONS)) {
  if (chosen.length === 0 || chosen.includes(key)) await section(title, run);
}
console.log(`\nbench done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
