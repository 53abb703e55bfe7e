// The built main process on each OS, under the fake Electron: tray clicks, the quick window,
// the tray menu, names kept out of the tray.

import { afterEach, describe, expect, test } from 'vitest';
import { launch, removeLaunchDir, type Launch, type OsProfile } from './harness/launch.ts';
import {
  allLabels,
  clickTray,
  invoke,
  mainWindow,
  onboard,
  quickWindow,
  rightClickTray,
  shownTrayMenu,
  tray,
} from './harness/user.ts';

let run: Launch | null = null;
afterEach(async () => {
  if (!run) return;
  await run.close();
  removeLaunchDir(run.dir);
  run = null;
});

const start = async (os: OsProfile, options?: Parameters<typeof launch>[1]) => {
  run = await launch(os, options);
  return run;
};

describe.each(['darwin', 'win32', 'linux'] as const)('%s', (os) => {
  test('first launch: onboarding opens, the tray is set up, every Electron name exists', async () => {
    const r = await start(os);
    expect(mainWindow(r)?.loaded[0]).toMatch(/#\/onboarding$/);
    expect(mainWindow(r)?.visible).toBe(true);
    expect(quickWindow(r).visible).toBe(false);
    expect((await onboard(r)).ok).toBe(true);
    expect([...new Set(r.unknownNames)]).toEqual([]);
  });

  test('the tray carries no names: counts only', async () => {
    const r = await start(os);
    await onboard(r, 'both');
    rightClickTray(r);
    const menu = shownTrayMenu(r);
    expect(menu).not.toBeNull();
    const text = allLabels(menu ?? expectMenu()).join(' | ');
    expect(text).toContain('0 of 2 checked in today');
    expect(text).not.toMatch(/Alex|Sam/);
    expect(tray(r).tooltip).not.toMatch(/Alex|Sam/);
  });

  test('a second launch brings the window back', async () => {
    const r = await start(os);
    await onboard(r);
    mainWindow(r)?.userCloses();
    await r.settle();
    r.app.emit('second-instance', {}, [], '');
    expect(mainWindow(r)?.visible).toBe(true);
  });

  test('a crashed page reloads a few times, then says so plainly', async () => {
    const r = await start(os);
    const win = mainWindow(r);
    if (!win) throw new Error('no main window');
    for (let i = 0; i < 3; i++) win.crash();
    expect(win.loaded).toHaveLength(4);
    expect(r.world.dialogs).toEqual([]);
    win.crash();
    expect(win.loaded).toHaveLength(4);
    expect(String(r.world.dialogs[0]?.message)).toMatch(/stopped working/);
    win.crash('clean-exit');
    expect(win.loaded).toHaveLength(4);
  });
});

function expectMenu(): never {
  throw new Error('no tray menu');
}

describe.each(['darwin', 'win32'] as const)('%s tray clicks', (os) => {
  test('a left click toggles the quick window and never opens the menu', async () => {
    const r = await start(os);
    await onboard(r);
    expect(tray(r).contextMenu).toBeNull();
    clickTray(r);
    expect(quickWindow(r).visible).toBe(true);
    expect(tray(r).popped).toHaveLength(0);
    // The click takes focus first (blur hides the window), then arrives: it closes.
    clickTray(r);
    expect(quickWindow(r).visible).toBe(false);
    clickTray(r);
    expect(quickWindow(r).visible).toBe(true);
  });

  test('a right click pops the menu without opening the quick window', async () => {
    const r = await start(os);
    await onboard(r);
    rightClickTray(r);
    expect(tray(r).popped).toHaveLength(1);
    expect(quickWindow(r).visible).toBe(false);
  });

  test('blurring the quick window, then clicking much later, opens it again', async () => {
    const r = await start(os);
    await onboard(r);
    clickTray(r);
    quickWindow(r).loseFocus();
    expect(quickWindow(r).visible).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 450));
    clickTray(r);
    expect(quickWindow(r).visible).toBe(true);
  });
});

test('darwin: ctrl-click pops the menu', async () => {
  const r = await start('darwin');
  await onboard(r);
  clickTray(r, { ctrlKey: true });
  expect(tray(r).popped).toHaveLength(1);
  expect(quickWindow(r).visible).toBe(false);
});

test('linux: the menu is always attached and its first item opens the quick check-in', async () => {
  const r = await start('linux');
  await onboard(r);
  const menu = tray(r).contextMenu ?? expectMenu();
  expect(menu.labels()[0]).toBe('Check in now…');
  menu.click('Check in now…');
  expect(quickWindow(r).visible).toBe(true);
  // AppIndicator sends no clicks, but if one arrives it must not fight the menu.
  tray(r).emit('click', { ctrlKey: false }, r.world.trayBounds);
  expect(quickWindow(r).visible).toBe(true);
});

test('a quick check-in from the tray menu is saved in the real database', async () => {
  const r = await start('linux');
  await onboard(r);
  const quick = (tray(r).contextMenu ?? expectMenu()).items.find(
    (i) => i.label === 'Quick check-in',
  );
  const good = quick?.submenu?.find((i) => i.label?.startsWith('4'));
  good?.click?.({ checked: false });
  await r.settle();
  const today = (await invoke(r, 'today:get')) as { ok: boolean; value: unknown };
  expect(today.ok).toBe(true);
  expect(allLabels(tray(r).contextMenu ?? expectMenu())).toContain('1 of 2 checked in today');
});
