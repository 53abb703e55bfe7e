// Partner sync budget: a computer applies its partner's year of changes (~2,000 records: a
// check-in every day, a note and a commitment mark most days, renames) from a cold start: a
// brand-new install joins with the code, both confirm the words, and it reads the whole year
// from the shared folder. The time includes stretching the code into a key (scrypt, ~0.1 s). Budget: ≤ 1 s.
//
//   import { benchSync } from './sync.ts';  const { ms, records } = await benchSync();

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../main/core/clock.ts';
import { createCore, type Core } from '../main/core/core.ts';
import { migrate } from '../main/core/db/migrations.ts';
import { migration006 } from '../main/core/db/migrations/006-sync.ts';
import { createSyncService } from '../main/core/sync/sync-service.ts';
import { addDays, instantAt } from '../shared/local-day.ts';

const PAGE = { url: 'app://nuzzle/', isMainFrame: true };
const ZONE = 'Europe/Berlin';
const START = '2025-03-01';

function call(core: Core, channel: string, payload?: unknown): unknown {
  const r = core.dispatch(channel, payload, PAGE);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

function onboard(core: Core, me: string, partner: string): void {
  call(core, 'onboarding:complete', {
    myName: me,
    partnerName: partner,
    computerMode: 'just-me',
    reminderTime: '20:00',
    launchAtLogin: false,
  });
}

function open(dataDir: string, clock: ReturnType<typeof manualClock>): Core {
  const core = createCore({ dataDir, clock });
  migrate(core.context.db, [migration006]);
  return core;
}

export interface SyncBenchResult {
  /** Changes applied on the cold computer. */
  records: number;
  /** Time for join(): derive the key, then read, decrypt, verify and apply everything. */
  ms: number;
  budgetMs: number;
}

export async function benchSync(days = 365): Promise<SyncBenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'nuzzle-bench-sync-'));
  const shared = join(root, 'shared');
  const clockA = manualClock(instantAt(START, '20:00', ZONE), ZONE);
  const a = open(join(root, 'a'), clockA);
  try {
    mkdirSync(shared, { recursive: true });
    const folders = { chooseFolder: () => shared };
    onboard(a, 'Alex', 'Sam');
    const syncA = createSyncService(a.context, { folders });

    // A's year before pairing: a check-in (edited later) every day, two notes, a daily mark.
    const me = a.context.settings.me().id;
    const commitment = call(a, 'commitments:create', {
      actorId: me,
      text: 'Phone away at dinner',
      schedule: { kind: 'daily' },
      startDate: START,
    }) as { id: string };
    for (let d = 0; d < days; d += 1) {
      const date = addDays(START, d);
      clockA.set(instantAt(date, '20:00', ZONE));
      call(a, 'checkins:save', {
        partnerId: me,
        localDate: date,
        mood: 4,
        closeness: 4,
        settled: 4,
        note: 'a steady day',
      });
      call(a, 'commitments:mark', {
        actorId: me,
        commitmentId: commitment.id,
        localDate: date,
        value: 'kept',
      });
      call(a, 'notes:send', { authorId: me, text: `Thank you for day ${String(d)}` });
      clockA.advance(3_600_000);
      call(a, 'notes:send', { authorId: me, text: `And for the evening of day ${String(d)}` });
      call(a, 'checkins:save', {
        partnerId: me,
        localDate: date,
        mood: 5,
        closeness: 4,
        settled: 5,
        note: 'better by bedtime',
      });
      if (d % 2 === 0) call(a, 'settings:save', { myName: d % 4 === 0 ? 'Alex' : 'Alexandra' });
    }

    // B, a fresh install, pairs in the two steps a person sees: enter the code (the key is
    // stretched off the main thread), both confirm the words, then B reads the whole year.
    const code = syncA.invite().code ?? '';
    await syncA.idle();
    const clockB = manualClock(instantAt(addDays(START, days), '09:00', ZONE), ZONE);
    const b = open(join(root, 'b'), clockB);
    try {
      onboard(b, 'Sam', 'Alex');
      const syncB = createSyncService(b.context, { folders });
      const t0 = performance.now();
      syncB.join(code);
      await syncB.idle();
      const joinMs = performance.now() - t0;
      syncA.pollNow();
      syncA.confirm(true); // ships A's year
      const t1 = performance.now();
      syncB.confirm(true); // reads, decrypts, verifies and applies it
      const elapsed = joinMs + (performance.now() - t1);
      const records = (
        b.context.db.prepare('SELECT count(*) AS n FROM sync_applied').get() as { n: number }
      ).n;
      return { records, ms: elapsed, budgetMs: 1000 };
    } finally {
      b.close();
    }
  } finally {
    a.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const r = await benchSync();
  const verdict = r.ms <= r.budgetMs ? 'within budget' : 'OVER BUDGET';
  console.log(
    `sync: apply a year of a partner's changes (${String(r.records)} records) from a cold start: ${r.ms.toFixed(0)} ms (budget ${String(r.budgetMs)} ms, ${verdict})`,
  );
}
