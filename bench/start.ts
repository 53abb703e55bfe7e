// Core start (open, checks, migrate, ready for IPC) on an empty data dir and on forty years,
// alternating. The start-up checks are the data helper's to make flat; this reports them.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../main/core/core.ts';
import { fixtureClock, historyCopy } from './fixtures/history.ts';
import { line, ratio, stats } from './lib/measure.ts';

const PAGE = { url: 'app://nuzzle/', isMainFrame: true };

function startOnce(dataDir: string): number {
  const t0 = performance.now();
  const core = createCore({ dataDir, clock: fixtureClock() });
  const ready = core.dispatch('settings:get', undefined, PAGE);
  const elapsed = performance.now() - t0;
  core.close();
  if (!ready.ok) throw new Error(ready.error.message);
  return elapsed;
}

export function benchStart(rounds = 15): string[] {
  const history = historyCopy(40);
  const samples = { empty: [] as number[], old: [] as number[] };
  try {
    for (let i = 0; i < rounds + 3; i += 1) {
      const dir = mkdtempSync(join(tmpdir(), 'nuzzle-bench-start-'));
      const a = startOnce(dir);
      rmSync(dir, { recursive: true, force: true });
      const b = startOnce(history.dataDir);
      if (i < 3) continue; // warm the module and file caches
      samples.empty.push(a);
      samples.old.push(b);
    }
  } finally {
    history.cleanup();
  }
  const e = stats(samples.empty);
  const o = stats(samples.old);
  return [
    `core start (${String(rounds)} runs each):`,
    line('empty data dir', e),
    line('forty years', o, `${ratio(o.p50, e.p50)} p50 (goal ≤ 2×)`),
  ];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const l of benchStart()) console.log(l);
}
