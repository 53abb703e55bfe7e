// Login start, closing the window, and shutdown, on each OS, in the built main process.

import { afterEach, expect, test } from 'vitest';
import { launch, removeLaunchDir, type Launch } from './harness/launch.ts';
import { mainWindow, onboard, quickWindow } from './harness/user.ts';

const runs: Launch[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) {
    await r.close();
    removeLaunchDir(r.dir);
  }
});

test('macOS: launch at login uses no args, and a login start stays in the tray', async () => {
  const first = await launch('darwin');
  runs.push(first);
  await onboard(first);
  expect(first.world.loginItem).toEqual({ openAtLogin: true });
  await first.close();
  runs.length = 0;
  const again = await launch('darwin', { dir: first.dir, openedAtLogin: true });
  runs.push(again);
  expect(mainWindow(again)).toBeUndefined();
});

test('Windows: the login item passes --hidden, and that start stays in the tray', async () => {
  const first = await launch('win32');
  runs.push(first);
  await onboard(first);
  expect(first.world.loginItem.args).toEqual(['--hidden']);
  await first.close();
  runs.length = 0;
  const again = await launch('win32', { dir: first.dir, argv: ['--hidden'] });
  runs.push(again);
  expect(mainWindow(again)).toBeUndefined();
});

test('Linux: the first close says where Nuzzle went; "Quit when I close" then quits', async () => {
  const r = await launch('linux');
  runs.push(r);
  await onboard(r);
  r.world.dialogAnswer = 1;
  mainWindow(r)?.userCloses();
  await r.settle();
  expect(String(r.world.dialogs[0]?.message)).toMatch(/keeps running/);
  r.app.emit('second-instance', {}, [], '');
  mainWindow(r)?.userCloses();
  expect(r.world.quitRequested).toBe(true);
});

test('Windows shutdown (session-end) closes the core without before-quit', async () => {
  const r = await launch('win32');
  runs.push(r);
  await onboard(r);
  quickWindow(r).emit('session-end', {});
  expect(r.world.trayDestroyed).toBe(true);
  r.world.exited = true; // the OS ends the process after session-end
});
