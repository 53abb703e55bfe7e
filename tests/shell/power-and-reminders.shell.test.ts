// The daily reminder and the machine's sleep in the built main process: the reminder fires
// on time (real schedule, controlled clock), its banner opens the quick window, and waking
// from sleep or unlocking the screen re-plans the day, backs up and holds a catch-up back.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { powerMonitor } from './harness/fake-electron.ts';
import { launch, removeLaunchDir, type Launch, type OsProfile } from './harness/launch.ts';
import {
  clickNotification,
  eventsSent,
  invoke,
  lastNotification,
  mainWindow,
  onboard,
  quickWindow,
  tray,
} from './harness/user.ts';

let run: Launch | null = null;
beforeEach(() => {
  // Timers and Date only: the harness's setImmediate keeps working.
  vi.useFakeTimers({
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
});
afterEach(async () => {
  if (run) {
    await run.close();
    removeLaunchDir(run.dir);
    run = null;
  }
  vi.useRealTimers();
});

// The reminder is at 20:00 (harness onboarding), in UTC (vitest.shell.config.ts).
const at = (iso: string) => vi.setSystemTime(new Date(iso));

async function startAt(os: OsProfile, iso: string): Promise<Launch> {
  at(iso);
  run = await launch(os);
  await onboard(run);
  return run;
}

const backups = (r: Launch) => readdirSync(join(r.world.userData, 'backups'));
const hasBackupFor = (r: Launch, date: string) => backups(r).some((name) => name.includes(date));

/** Waits (on real setImmediate turns; timers are fake) until a file write has landed. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((r) => setImmediate(r));
  expect(done()).toBe(true);
}
const trayIcon = (r: Launch) => (tray(r).image as { path: string }).path;

describe.each(['darwin', 'win32', 'linux'] as const)('%s', (os) => {
  test('the reminder fires at its time, names nobody, and its click opens the quick window', async () => {
    const r = await startAt(os, '2026-03-10T19:50:00Z');
    vi.advanceTimersByTime(9 * 60_000);
    await r.settle();
    expect(r.world.notifications).toEqual([]);
    vi.advanceTimersByTime(61_000);
    await r.settle();
    expect(r.world.notifications).toHaveLength(1);
    const banner = lastNotification(r).options;
    expect(JSON.stringify(banner)).not.toMatch(/Alex|Sam/);
    expect(trayIcon(r)).toMatch(/due/);

    mainWindow(r)?.userCloses();
    clickNotification(r);
    expect(quickWindow(r).visible).toBe(true);
    expect(eventsSent(quickWindow(r), 'navigate')).toContainEqual({ route: '#/quick' });
  });

  test('a check-in takes the pending banner and the tray dot away', async () => {
    const r = await startAt(os, '2026-03-10T19:59:00Z');
    vi.advanceTimersByTime(2 * 60_000);
    await r.settle();
    expect(r.world.notifications).toHaveLength(1);
    const today = (await invoke(r, 'today:get')) as {
      value: { today: string; partners: { partner: { id: string; role: string } }[] };
    };
    const me = today.value.partners.find((p) => p.partner.role === 'me')?.partner.id;
    const saved = (await invoke(r, 'checkins:save', {
      partnerId: me,
      localDate: today.value.today,
      mood: 4,
      closeness: 4,
      settled: 4,
      note: '',
      shared: '',
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    await r.settle();
    expect(r.world.notifications).toEqual([]);
    expect(trayIcon(r)).not.toMatch(/due/);
  });
});

test.each(['resume', 'unlock-screen'] as const)(
  '%s after sleeping through the reminder: the new day, a backup, a catch-up after the grace',
  async (wake) => {
    const r = await startAt('win32', '2026-03-10T10:00:00Z');
    await until(() => hasBackupFor(r, '2026-03-10'));
    // Asleep overnight and through the next evening's reminder: no timer runs.
    at('2026-03-11T20:30:00Z');
    powerMonitor.emit(wake);
    await r.settle();
    await vi.advanceTimersByTimeAsync(0);
    await r.settle();
    expect(eventsSent(quickWindow(r), 'changed')).toContainEqual({ topics: ['clock'] });
    // The first wake of a new day backs up.
    await until(() => hasBackupFor(r, '2026-03-11'));
    // Never the instant the lid opens: one catch-up, a minute later.
    expect(r.world.notifications).toEqual([]);
    vi.advanceTimersByTime(61_000);
    await r.settle();
    expect(r.world.notifications).toHaveLength(1);
  },
);

test('quit closes the core cleanly: the next start finds a clean close', async () => {
  const r = await startAt('linux', '2026-03-10T10:00:00Z');
  const db = join(r.world.userData, 'nuzzle.sqlite3');
  expect(existsSync(`${db}.running`)).toBe(true);
  r.app.quit();
  await r.settle();
  expect(existsSync(`${db}.running`)).toBe(false);
  expect(existsSync(`${db}.closed`)).toBe(true);
  expect(r.world.trayDestroyed).toBe(true);
});
