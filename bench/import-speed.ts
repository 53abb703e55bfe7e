// Import and start-up speed, measured side by side in one run (issue #17):
// - ten years of check-ins: export, import into an empty Nuzzle, and a no-op re-import,
//   interleaved over a few rounds, printed as ratios to the export (goal: import ≤ 3×,
//   re-import faster still);
// - start of an empty data folder vs the ten-year one after a clean close (no quick_check
//   at start: it runs later, when idle).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manualClock } from '../main/core/clock.ts';
import { createCore, type Core } from '../main/core/core.ts';
import type { Settings } from '../shared/domain.ts';
import { addDays, instantAt } from '../shared/local-day.ts';
import { tempDir } from '../tests/unit/core/temp-core.ts';

const ZONE = 'America/New_York';
const PAGE = { url: 'app://nuzzle/', isMainFrame: true };
const ROUNDS = 3;

function fill(core: Core, clock: ReturnType<typeof manualClock>, years: number): void {
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
  const { partners } = r.value as Settings;
  let day = '2016-01-01';
  for (let i = 0; i < years * 365; i += 1, day = addDays(day, 1)) {
    if (i % 9 === 4) continue; // a gap now and then
    clock.set(instantAt(day, '21:00', ZONE));
    for (const p of partners) {
      core.dispatch('checkins:quick', { partnerId: p.id, localDate: day, mood: 3 }, PAGE);
    }
  }
}

const time = (run: () => void): number => {
  const t = performance.now();
  run();
  return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export function benchImportSpeed(): string[] {
  const source = tempDir();
  const clock = manualClock(Date.parse('2016-01-01T12:00:00Z'), ZONE);
  const core = createCore({ dataDir: source.dir, clock, deferredCheckMs: null });
  const exportPath = join(source.dir, 'export.json');
  const files = { chooseExportPath: () => exportPath, chooseImportPath: () => exportPath };
  core.close();
  const full = createCore({ dataDir: source.dir, clock, deferredCheckMs: null, files });
  fill(full, clock, 10);
  const samples = {
    exp: [] as number[],
    imp: [] as number[],
    reimp: [] as number[],
    startEmpty: [] as number[],
    startFull: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    samples.exp.push(time(() => full.dispatch('data:export', { mode: 'plain' }, PAGE)));
    const target = tempDir();
    const into = createCore({ dataDir: target.dir, clock, deferredCheckMs: null, files });
    samples.imp.push(time(() => into.dispatch('data:import', undefined, PAGE)));
    samples.reimp.push(time(() => into.dispatch('data:import', undefined, PAGE)));
    into.close();
    target.cleanup();
  }
  full.close();
  for (let round = 0; round < ROUNDS; round += 1) {
    const empty = tempDir();
    samples.startEmpty.push(
      time(() => createCore({ dataDir: empty.dir, clock, deferredCheckMs: null }).close()),
    );
    empty.cleanup();
    samples.startFull.push(
      time(() => createCore({ dataDir: source.dir, clock, deferredCheckMs: null }).close()),
    );
  }
  const size = readFileSync(exportPath).length;
  source.cleanup();
  const exp = median(samples.exp);
  const imp = median(samples.imp);
  const reimp = median(samples.reimp);
  const se = median(samples.startEmpty);
  const sf = median(samples.startFull);
  return [
    `import: ten years (${(size / 1024 / 1024).toFixed(1)} MB export) — export ${exp.toFixed(0)} ms, import ${imp.toFixed(0)} ms (${(imp / exp).toFixed(2)}× export, goal ≤ 3×), no-op re-import ${reimp.toFixed(0)} ms (${(reimp / exp).toFixed(2)}× export, goal below import: ${reimp < imp ? 'ok' : 'OVER'})`,
    `start: empty ${se.toFixed(0)} ms vs ten years ${sf.toFixed(0)} ms (${(sf / se).toFixed(2)}×; the quick_check waits for idle after a clean close)`,
  ];
}
