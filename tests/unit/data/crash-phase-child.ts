// Child process for the phase crash test: opens the real core on a data dir, says "go" the
// moment it starts one operation (a backup, a restore, an import, or the start itself, which
// migrates an old database or encrypts a plain one), then "done" when it returns. The parent SIGKILLs it at random
// moments after "go", so kills land inside the operation however slowly the child started.

import { writeSync } from 'node:fs';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore } from '../../../main/core/core.ts';

type Phase = 'backup' | 'restore' | 'import' | 'migration' | 'encrypt-upgrade' | 'open';

const [phase, dataDir, extra] = process.argv.slice(2) as [
  Phase | undefined,
  string | undefined,
  string | undefined,
];
if (!phase || !dataDir) throw new Error('usage: crash-phase-child <phase> <dataDir> [extra]');
// A minute after the parent's templates were made: the same day, so a start makes no new
// daily backup, and a later second, so a copy made here is a file of its own.
const CRASH_CLOCK = Date.parse('2026-03-10T21:01:00-04:00');
const clock = manualClock(CRASH_CLOCK, 'America/New_York');
const page = { url: 'app://nuzzle/', isMainFrame: true };
const say = (word: string) => writeSync(1, `${word}\n`);

// The start itself is the operation: it migrates an old file, or encrypts a plain one.
const atStart = phase === 'migration' || phase === 'encrypt-upgrade';
if (atStart) say('go');
const core = createCore({
  dataDir,
  clock,
  deferredCheckMs: null,
  files: { chooseExportPath: () => null, chooseImportPath: () => extra ?? null },
});
if (!atStart && phase !== 'open') say('go');
const result =
  phase === 'backup'
    ? core.dispatch('data:backup-now', undefined, page)
    : phase === 'restore'
      ? core.dispatch('data:restore', { name: extra }, page)
      : phase === 'import'
        ? core.dispatch('data:import', undefined, page)
        : { ok: true as const };
if (!result.ok) throw new Error(result.error.message);
say('done');
core.close();
