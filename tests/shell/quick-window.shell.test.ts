// The quick window on each OS, in the built main process: sized by what its page reports,
// kept inside the display, placed by the tray, and kept out of the taskbar the OS's way.

import { afterEach, describe, expect, test } from 'vitest';
import { launch, removeLaunchDir, type Launch, type OsProfile } from './harness/launch.ts';
import { clickTray, onboard, quickWindow, shownTrayMenu } from './harness/user.ts';

let run: Launch | null = null;
afterEach(async () => {
  if (!run) return;
  await run.close();
  removeLaunchDir(run.dir);
  run = null;
});

const start = async (os: OsProfile) => {
  run = await launch(os);
  await onboard(run);
  return run;
};

/** The tray's way to the quick window: a click, or (Linux) the menu's first item. */
function openQuick(r: Launch): void {
  if (process.platform === 'linux') shownTrayMenu(r)?.click('Check in now…');
  else clickTray(r);
  expect(quickWindow(r).visible).toBe(true);
}

describe.each(['darwin', 'win32', 'linux'] as const)('%s', (os) => {
  test('the window takes the height its page asks for, even while hidden', async () => {
    const r = await start(os);
    const quick = quickWindow(r);
    quick.pageWants(351.4);
    expect(quick.getContentSize()).toEqual([360, 352]);
    quick.pageWants(309);
    expect(quick.getContentSize()).toEqual([360, 309]);
  });

  test('a page taller than the display gets the whole work area, and no more', async () => {
    const r = await start(os);
    r.world.workArea = { x: 0, y: 0, width: 1024, height: 540 };
    const quick = quickWindow(r);
    openQuick(r);
    quick.pageWants(2000);
    const [, outerHeight] = quick.getSize();
    expect(outerHeight).toBe(540);
    expect(quick.position.y).toBeGreaterThanOrEqual(0);
  });

  test('every window option and name exists on this OS', async () => {
    const r = await start(os);
    openQuick(r);
    expect([...new Set(r.unknownNames)]).toEqual([]);
    expect(r.platformNotes.filter((n) => n.startsWith('BrowserWindowConstructorOptions'))).toEqual(
      [],
    );
  });
});

test('macOS: under the menu-bar icon, and it grows downward', async () => {
  const r = await start('darwin');
  const quick = quickWindow(r);
  clickTray(r);
  expect(quick.visible).toBe(true);
  expect(quick.position.y).toBe(26);
  quick.pageWants(520);
  expect(quick.position.y).toBe(26);
  expect(quick.options).toMatchObject({ type: 'panel', frame: false, skipTaskbar: true });
});

test('Windows: above a bottom taskbar, and it grows upward from it', async () => {
  const r = await start('win32');
  r.world.workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  r.world.trayBounds = { x: 1700, y: 1044, width: 24, height: 36 };
  const quick = quickWindow(r);
  quick.pageWants(351);
  clickTray(r);
  expect(quick.position.y + 351).toBe(1044 - 4);
  quick.pageWants(451);
  expect(quick.position.y + 451).toBe(1044 - 4);
});

test('Linux: a framed utility window, centred (AppIndicator gives no tray bounds)', async () => {
  const r = await start('linux');
  r.world.trayBounds = { x: 0, y: 0, width: 0, height: 0 };
  const quick = quickWindow(r);
  expect(quick.options).toMatchObject({ type: 'utility', frame: true });
  expect(quick.options).not.toHaveProperty('skipTaskbar');
  quick.pageWants(350);
  shownTrayMenu(r)?.click('Check in now…');
  expect(quick.visible).toBe(true);
  const [width = 0, height = 0] = quick.getSize();
  expect(quick.position).toEqual({
    x: Math.round((1440 - width) / 2),
    y: Math.round(25 + (875 - height) / 2),
  });
});
