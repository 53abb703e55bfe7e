// A real core on a real SQLite file in a fresh temp dir, with a hand-moved clock.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, type Core } from '../../../main/core/core.ts';
import type { Channel, IpcResult, RequestOf } from '../../../shared/contract.ts';
import type { ComputerMode, Settings } from '../../../shared/domain.ts';

export const PAGE = { url: 'app://nuzzle/index.html#/today', isMainFrame: true } as const;

/**
 * Lets the event loop turn once: the work a committed change sets off (re-planning the
 * reminder, the running marker, shipping) runs then, as it does between two calls in the app.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'nuzzle-unit-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempCore(
  now = '2026-03-10T20:05:00-04:00',
  zone = 'America/New_York',
  /** scrypt cost of encrypted exports (log2 N): tests that make many pass less. */
  exportLogN?: number,
) {
  const { dir, cleanup } = tempDir();
  const clock = manualClock(Date.parse(now), zone);
  // What the save/open dialogs "choose" (null = the user cancelled).
  const picks: { exportPath: string | null; importPath: string | null } = {
    exportPath: null,
    importPath: null,
  };
  const core: Core = createCore({
    dataDir: dir,
    clock,
    files: { chooseExportPath: () => picks.exportPath, chooseImportPath: () => picks.importPath },
    ...(exportLogN ? { exportLogN } : {}),
  });
  const call = <C extends Channel>(channel: C, payload?: RequestOf<C>): IpcResult<unknown> =>
    core.dispatch(channel, payload, PAGE);
  /** For channels that may answer after off-thread work (scrypt). */
  const callAsync = <C extends Channel>(channel: C, payload?: RequestOf<C>) =>
    core.dispatchAsync(channel, payload, PAGE);
  const onboard = (mode: ComputerMode = 'both'): Settings => {
    const r = call('onboarding:complete', {
      myName: 'Alex',
      partnerName: 'Sam',
      computerMode: mode,
      reminderTime: '20:00',
      launchAtLogin: false,
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Settings;
  };
  const rows = <T>(sql: string, ...params: unknown[]) =>
    core.context.db.prepare(sql).all(...params) as T[];
  return {
    core,
    clock,
    dir,
    picks,
    call,
    callAsync,
    onboard,
    rows,
    close() {
      core.close();
      cleanup();
    },
  };
}
