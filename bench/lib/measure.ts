// Side-by-side timing: every cell is sampled in turn, round after round, so a busy machine
// slows all of them alike and the ratios between them stay honest. Warm-up rounds first.

export interface Stats {
  p50: number;
  p99: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

export interface Cell {
  name: string;
  /** Work done before each timed run and not counted (e.g. the save before "read after a save"). */
  before?: () => void;
  run: () => void;
}

/** Runs every cell once per round, `rounds` times after `warmup` rounds; ms per run. */
export function interleave(
  cells: readonly Cell[],
  rounds: number,
  warmup = Math.ceil(rounds / 10),
): Map<string, Stats> {
  const samples = new Map<string, number[]>(cells.map((c) => [c.name, []]));
  for (let round = 0; round < warmup + rounds; round += 1) {
    for (const cell of cells) {
      cell.before?.();
      const t0 = performance.now();
      cell.run();
      const elapsed = performance.now() - t0;
      if (round >= warmup) samples.get(cell.name)?.push(elapsed);
    }
  }
  return new Map([...samples].map(([name, s]) => [name, stats(s)]));
}

export const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1));
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

/** One compact line per cell: name, p50/p99, and how it compares. */
export function line(label: string, s: Stats, note = ''): string {
  return `  ${label.padEnd(42)} p50 ${ms(s.p50).padStart(6)} ms  p99 ${ms(s.p99).padStart(6)} ms${note ? `  ${note}` : ''}`;
}

export const verdict = (ok: boolean): string => (ok ? 'ok' : 'OVER');
