// The passcode lock in the built main process, on each OS: sleep, screen lock, idle time and
// the tray's "Lock now" lock the app at once; while locked the windows are told so, every
// data channel is refused, the tray and notifications carry nothing personal, and the
// daily reminder still comes. On Linux without a real keyring the key is not "protected" by
// safeStorage's basic_text obfuscation, and Settings hears so.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { powerMonitor } from './harness/fake-electron.ts';
import { launch, removeLaunchDir, type Launch, type OsProfile } from './harness/launch.ts';
import {
  allLabels,
  eventsSent,
  invoke,
  lastNotification,
  mainWindow,
  onboard,
  quickWindow,
  rightClickTray,
  shownTrayMenu,
  tray,
} from './harness/user.ts';

const PASSCODE = 'a long walk home';

let run: Launch | null = null;
beforeEach(() => {
  // Timers and Date only: the harness's setImmediate (and scrypt's thread pool) keep working.
  vi.useFakeTimers({
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
  vi.setSystemTime(new Date('2026-03-10T19:30:00Z'));
});
afterEach(async () => {
  if (run) {
    await run.close();
    removeLaunchDir(run.dir);
    run = null;
  }
  vi.useRealTimers();
});

interface Answer<T = unknown> {
  ok: boolean;
  value: T;
  error?: { code: string };
}
interface Status {
  passcode: boolean;
  locked: boolean;
  keyring: { available: boolean; inUse: boolean };
}

const ask = async <T = unknown>(r: Launch, channel: string, payload?: unknown) =>
  (await invoke(r, channel, payload)) as Answer<T>;
const status = async (r: Launch) => (await ask<Status>(r, 'lock:status')).value;

/** Onboarded as a couple sharing this computer, with a check-in, so the tray has counts. */
async function startWithPasscode(os: OsProfile): Promise<Launch> {
  run = await launch(os);
  await onboard(run, 'both');
  const today = await ask<{ today: string; partners: { partner: { id: string } }[] }>(
    run,
    'today:get',
  );
  const first = today.value.partners[0]?.partner.id;
  const saved = await ask(run, 'checkins:save', {
    partnerId: first,
    localDate: today.value.today,
    mood: 4,
    closeness: 4,
    settled: 4,
    note: '',
    shared: '',
  });
  expect(saved.ok).toBe(true);
  const set = await ask(run, 'lock:set-passcode', { passcode: PASSCODE, understood: true });
  expect(set.ok).toBe(true);
  await run.settle();
  return run;
}

function shownTrayMenuOrPopped(r: Launch) {
  rightClickTray(r);
  const menu = shownTrayMenu(r);
  if (!menu) throw new Error('no tray menu');
  return menu;
}

/** The menu a right click shows now (attached on Linux, popped elsewhere). */
function trayMenuText(r: Launch): string[] {
  rightClickTray(r);
  const menu = shownTrayMenu(r);
  if (!menu) throw new Error('no tray menu');
  return allLabels(menu);
}

async function expectLocked(r: Launch, { told = true } = {}): Promise<void> {
  expect((await status(r)).locked).toBe(true);
  // Every window (the main one and the quick one) is told, and shows only the unlock screen
  // (a window opened while locked asks lock:status as it loads: LockGate).
  if (told) {
    for (const win of [mainWindow(r), quickWindow(r)]) {
      expect(win && eventsSent(win, 'lock').at(-1)).toEqual({ locked: true });
    }
  }
  const today = await ask(r, 'today:get');
  expect(today.ok).toBe(false);
  expect(today.error?.code).toBe('locked');
}

describe.each(['darwin', 'win32', 'linux'] as const)('%s', (os) => {
  test.each(['suspend', 'lock-screen'] as const)(
    '%s locks the app at once, and the passcode unlocks it',
    async (event) => {
      const r = await startWithPasscode(os);
      expect((await status(r)).locked).toBe(false);
      powerMonitor.emit(event);
      await r.settle(); // no timer runs: well within a second
      await expectLocked(r);

      const wrong = await ask(r, 'lock:unlock', { passcode: 'not it' });
      expect(wrong.error?.code).toBe('wrong-secret');
      const unlocked = await ask<Status>(r, 'lock:unlock', { passcode: PASSCODE });
      expect(unlocked.value.locked).toBe(false);
      expect((await ask(r, 'today:get')).ok).toBe(true);
      expect(eventsSent(quickWindow(r), 'lock').at(-1)).toEqual({ locked: false });
    },
  );

  test('idle past the chosen time locks within a second; less idle does not', async () => {
    const r = await startWithPasscode(os);
    expect((await ask(r, 'lock:set-idle', { minutes: 5 })).ok).toBe(true);
    r.world.idleSeconds = 5 * 60 - 2;
    vi.advanceTimersByTime(1000);
    await r.settle();
    expect((await status(r)).locked).toBe(false);
    r.world.idleSeconds = 5 * 60;
    vi.advanceTimersByTime(1000);
    await r.settle();
    await expectLocked(r);
  });

  test('"never by idle" keeps it open however long the computer sits', async () => {
    const r = await startWithPasscode(os);
    expect((await ask(r, 'lock:set-idle', { minutes: 0 })).ok).toBe(true);
    r.world.idleSeconds = 24 * 3600;
    vi.advanceTimersByTime(5000);
    await r.settle();
    expect((await status(r)).locked).toBe(false);
  });

  test('the tray offers "Lock now"; while locked it shows nothing personal', async () => {
    const r = await startWithPasscode(os);
    const open = trayMenuText(r);
    expect(open).toContain('Lock now');
    expect(open.join(' | ')).toContain('1 of 2 checked in today');

    const menu = shownTrayMenu(r);
    menu?.click('Lock now');
    await r.settle();
    await expectLocked(r);

    expect([...new Set(r.unknownNames)]).toEqual([]);
    const locked = trayMenuText(r);
    expect(locked).toEqual(['Unlock Nuzzle…', 'Quit Nuzzle']);
    const text = [...locked, tray(r).tooltip].join(' | ');
    expect(text).not.toMatch(/Alex|Sam|partner|of 2|checked in|question|note|kept|\d/i);
    expect(tray(r).tooltip).toBe('Nuzzle');
    // "Unlock Nuzzle…" opens the main window (which shows the unlock screen).
    mainWindow(r)?.userCloses();
    shownTrayMenu(r)?.click('Unlock Nuzzle…');
    expect(mainWindow(r)?.visible).toBe(true);
    expect(eventsSent(quickWindow(r), 'lock').at(-1)).toEqual({ locked: true });
  });

  test('the reminder still comes while locked, in generic words', async () => {
    const r = await startWithPasscode(os);
    // The second partner still hasn't checked in: the 20:00 reminder is due.
    powerMonitor.emit('lock-screen');
    await r.settle();
    expect((await status(r)).locked).toBe(true);
    vi.setSystemTime(new Date('2026-03-10T19:59:30Z'));
    vi.advanceTimersByTime(31 * 60_000);
    await r.settle();
    expect(r.world.notifications).toHaveLength(1);
    const banner = lastNotification(r).options;
    expect(banner).toMatchObject({ title: 'Nuzzle', body: 'Time for your Nuzzle check-in' });
    expect(JSON.stringify(banner)).not.toMatch(/Alex|Sam|question|note/i);
    // The tray still says nothing, not even that something is due.
    expect(trayMenuText(r)).toEqual(['Unlock Nuzzle…', 'Quit Nuzzle']);
    expect((tray(r).image as { path: string }).path).not.toMatch(/due/);
  });
});

test('without a passcode, sleep and idle never lock and the tray has no "Lock now"', async () => {
  run = await launch('win32');
  await onboard(run);
  powerMonitor.emit('suspend');
  run.world.idleSeconds = 3600;
  vi.advanceTimersByTime(2000);
  await run.settle();
  expect((await status(run)).locked).toBe(false);
  expect(trayMenuText(run)).not.toContain('Lock now');
});

const keyFile = (r: Launch) =>
  JSON.parse(readFileSync(join(r.world.userData, 'nuzzle.keys'), 'utf8')) as Record<
    string,
    unknown
  >;

test('linux with a real keyring: the key is wrapped by it, and Settings says so', async () => {
  run = await launch('linux', { keyringBackend: 'gnome_libsecret' });
  await onboard(run);
  expect(keyFile(run)).toHaveProperty('keyring.backend', 'gnome_libsecret');
  expect(keyFile(run)).not.toHaveProperty('device');
  expect((await status(run)).keyring).toEqual({ available: true, inUse: true });
});

test('linux with basic_text: the keyring is not used, and Settings is told so', async () => {
  run = await launch('linux', { keyringBackend: 'basic_text' });
  await onboard(run);
  expect(keyFile(run)).not.toHaveProperty('keyring');
  expect((await status(run)).keyring).toEqual({ available: false, inUse: false });
  // A passcode then becomes the only way in: the key is no longer kept as is.
  expect((await ask(run, 'lock:set-passcode', { passcode: PASSCODE, understood: true })).ok).toBe(
    true,
  );
  expect(keyFile(run)).not.toHaveProperty('device');
  expect(keyFile(run)).not.toHaveProperty('keyring');
  expect(keyFile(run)).toHaveProperty('passcode');
});

/** Quits, then starts again on the same data, as the user would the next morning. */
async function relaunch(r: Launch, options: Parameters<typeof launch>[1] = {}): Promise<Launch> {
  await r.close();
  run = await launch('linux', { ...options, dir: r.dir });
  return run;
}

test('a start with a passcode set begins locked, with the tray saying nothing', async () => {
  const first = await startWithPasscode('linux');
  const r = await relaunch(first);
  await expectLocked(r, { told: false });
  expect(trayMenuText(r)).toEqual(['Unlock Nuzzle…', 'Quit Nuzzle']);
  expect((await ask(r, 'lock:unlock', { passcode: PASSCODE })).ok).toBe(true);
  expect((await ask(r, 'today:get')).ok).toBe(true);
});
async function sealedRelaunch(): Promise<{ r: Launch; recoveryKey: string }> {
  const first = await launch('linux', { keyringBackend: 'basic_text' });
  run = first;
  await onboard(first);
  const set = await ask<{ recoveryKey: string }>(first, 'lock:set-passcode', {
    passcode: PASSCODE,
    understood: true,
  });
  expect(set.ok).toBe(true);
  const r = await relaunch(first, { keyringBackend: 'basic_text' });
  return { r, recoveryKey: set.value.recoveryKey };
}

test('linux basic_text with a passcode: the next start asks for it, and it opens the data', async () => {
  const { r } = await sealedRelaunch();
  // Before: the app stopped with "Nuzzle can’t open your data" (the key needs the passcode).
  expect(r.world.dialogs).toEqual([]);
  expect(r.world.exited).toBe(false);
  expect(mainWindow(r)?.visible).toBe(true);
  expect((await status(r)).locked).toBe(true);
  expect(trayMenuText(r)).toEqual(['Unlock Nuzzle…', 'Quit Nuzzle']);
  expect((await ask(r, 'today:get')).error?.code).toBe('locked');
  expect((await ask(r, 'settings:get')).error?.code).toBe('locked');
  expect((await ask(r, 'lock:unlock', { passcode: 'not it' })).error?.code).toBe('wrong-secret');

  const unlocked = await ask<Status>(r, 'lock:unlock', { passcode: PASSCODE });
  expect(unlocked.value.locked).toBe(false);
  await r.settle();
  expect((await ask(r, 'today:get')).ok).toBe(true);
  // The app's own window and tray take over from the unlock stand-ins.
  const windows = r.world.windows.filter((w) => !w.destroyed);
  expect(windows.map((w) => w.loaded[0]?.split('#/')[1]).sort()).toEqual(['quick', 'today']);
  expect(mainWindow(r)?.visible).toBe(true);
  expect(r.world.trays.filter((t) => !t.destroyed)).toHaveLength(1);
  expect(trayMenuText(r)).toContain('Lock now');
  expect([...new Set(r.unknownNames)]).toEqual([]);
  // Sleep locks it again, as any unlocked app.
  powerMonitor.emit('suspend');
  await r.settle();
  await expectLocked(r);
});

test('a sealed start: "Quit Nuzzle" in the tray really quits, closing the unlock window', async () => {
  const { r } = await sealedRelaunch();
  const win = mainWindow(r);
  expect(win?.visible).toBe(true);
  shownTrayMenuOrPopped(r).click('Quit Nuzzle');
  await r.settle();
  expect(r.world.quitRequested).toBe(true);
  expect(win?.destroyed).toBe(true);
  expect(tray(r).destroyed).toBe(true);
});

test('linux basic_text: the recovery key opens a sealed start, and asks for a new passcode', async () => {
  const { r, recoveryKey } = await sealedRelaunch();
  const wrong = await ask(r, 'lock:unlock', { recoveryKey: 'AAAA-BBBB-CCCC' });
  expect(wrong.ok).toBe(false);
  const unlocked = await ask<Status & { usedRecoveryKey: boolean }>(r, 'lock:unlock', {
    recoveryKey,
  });
  expect(unlocked.value).toMatchObject({ locked: false, usedRecoveryKey: true });
  await r.settle();
  expect(await status(r)).toMatchObject({ locked: false, needsNewPasscode: true });
  expect((await ask(r, 'lock:change-passcode', { next: 'another long walk' })).ok).toBe(true);
});

test('a keychain out of reach at start (no passcode): said plainly, nothing touched, next start fine', async () => {
  const first = await launch('linux', { keyringBackend: 'gnome_libsecret' });
  run = first;
  await onboard(first);
  const file = join(first.world.userData, 'nuzzle.sqlite3');
  // The keychain isn't running yet at this login: safeStorage falls back to basic_text.
  const r = await relaunch(first, { keyringBackend: 'basic_text' });
  expect(r.world.exitCode).toBe(1);
  expect(String(r.world.dialogs[0]?.content)).toMatch(/couldn’t reach your computer’s keychain/);
  expect(String(r.world.dialogs[0]?.content)).toMatch(/has not been changed/);
  expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  const again = await relaunch(r, { keyringBackend: 'gnome_libsecret' });
  expect(again.world.dialogs).toEqual([]);
  expect((await ask<{ onboarded: boolean }>(again, 'settings:get')).value.onboarded).toBe(true);
});
