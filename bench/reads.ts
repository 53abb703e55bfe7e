// Every screen's read at 1, 10 and 40 years, interleaved: right after a check-in save and
// with nothing changed, p50/p99 and the 40 y / 1 y ratio (goal ≤ 1.5×: a read costs the same
// at any age).

import { createCore, type Core } from '../main/core/core.ts';
import { trayState } from '../main/core/tray/tray-state.ts';
import { fixtureClock, historyCopy } from './fixtures/history.ts';
import { checkinSaves } from './lib/checkin-saves.ts';
import { interleave, ms, type Cell } from './lib/measure.ts';

const PAGE = { url: 'app://nuzzle/', isMainFrame: true };
const YEARS = [1, 10, 40] as const;
/** The unpaged call answers every retired commitment: it grows with them by design. */
const EVERYTHING = 'commitments:list, no page';

const READS: Record<string, (core: Core) => unknown> = {
  'today:get': (core) => core.dispatch('today:get', undefined, PAGE),
  'history:get': (core) => core.dispatch('history:get', undefined, PAGE),
  // What the Commitments screen asks for: the current ones and ten retired (RETIRED_PAGE in
  // renderer/src/features/commitments/use-commitment-pages.ts).
  'commitments:list, first page': (core) =>
    core.dispatch('commitments:list', { retiredLimit: 10 }, PAGE),
  // What Today's check-in asks for: the current ones only.
  'commitments:list, current': (core) =>
    core.dispatch('commitments:list', { retiredLimit: 0 }, PAGE),
  [EVERYTHING]: (core) => core.dispatch('commitments:list', undefined, PAGE),
  'notes:view': (core) => core.dispatch('notes:view', undefined, PAGE),
  'notes:nudges': (core) => core.dispatch('notes:nudges', undefined, PAGE),
  'tray state': (core) => trayState(core.context, core.reminders.status()),
};

export function benchReads(rounds = 100): string[] {
  const opened = YEARS.map((years) => {
    const copy = historyCopy(years);
    const clock = fixtureClock();
    const core = createCore({ dataDir: copy.dataDir, clock });
    const me = core.context.settings.me().id;
    const saves = checkinSaves(core, [me]);
    const save = () => {
      clock.advance(1000);
      saves.save();
    };
    // A read that answers an error (an unreadable copy, a fresh empty Nuzzle) costs nothing
    // and would look flat: every read must answer before any is timed.
    for (const [name, read] of Object.entries(READS)) {
      const r = read(core) as { ok?: boolean; error?: { message: string } };
      if (r.ok === false)
        throw new Error(`${name} at ${String(years)} y: ${r.error?.message ?? ''}`);
    }
    return { years, copy, core, save };
  });
  try {
    const cells: Cell[] = [];
    for (const [name, read] of Object.entries(READS)) {
      for (const o of opened) {
        cells.push({
          name: `${name}|after save|${String(o.years)}`,
          before: o.save,
          run: () => read(o.core),
        });
        cells.push({ name: `${name}|unchanged|${String(o.years)}`, run: () => read(o.core) });
      }
    }
    const results = interleave(cells, rounds);
    const out = [`reads at 1 / 10 / 40 years, p50 (p99) ms, ${String(rounds)} rounds:`];
    for (const name of Object.keys(READS)) {
      for (const when of ['after save', 'unchanged']) {
        const at = YEARS.map((y) => results.get(`${name}|${when}|${String(y)}`));
        const cellsText = at.map((s) => (s ? `${ms(s.p50)} (${ms(s.p99)})` : '-')).join(' / ');
        const first = at[0]?.p50 ?? NaN;
        const last = at[2]?.p50 ?? NaN;
        const r = last / first;
        out.push(
          `  ${`${name}, ${when}`.padEnd(40)} ${cellsText.padEnd(34)} 40y/1y ${r.toFixed(2)}× ${name === EVERYTHING ? '(every retired one: no screen asks)' : r <= 1.5 ? 'ok' : 'OVER'}`,
        );
      }
    }
    return out;
  } finally {
    for (const o of opened) {
      o.core.close();
      o.copy.cleanup();
    }
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const l of benchReads()) console.log(l);
}
