// What a user (and the OS) does to the running shell, in the words of the tests.

import type { FakeMenu, FakeNotification, FakeTray, FakeWindow } from './fake-electron.ts';
import type { Launch } from './launch.ts';

const APP_PAGE = 'app://nuzzle/index.html';

export function invoke(run: Launch, channel: string, payload?: unknown): Promise<unknown> {
  const handler = run.world.ipcHandler;
  if (!handler) throw new Error('no IPC handler registered');
  const frame = { url: APP_PAGE };
  const event = { senderFrame: frame, sender: { mainFrame: frame } };
  return Promise.resolve(handler(event, channel, payload));
}

export async function onboard(run: Launch, computerMode: 'just-me' | 'both' = 'just-me') {
  const result = await invoke(run, 'onboarding:complete', {
    myName: 'Alex',
    partnerName: 'Sam',
    computerMode,
    reminderTime: '20:00',
    launchAtLogin: true,
  });
  await run.settle();
  if (!(result as { ok: boolean }).ok) console.error(JSON.stringify(result));
  return result as { ok: boolean };
}

/** The tray icon on screen (a sealed start's stand-in gives way to the app's own). */
export function tray(run: Launch): FakeTray {
  const live = run.world.trays.filter((t) => !t.destroyed);
  const found = live[live.length - 1] ?? run.world.trays[0];
  if (!found) throw new Error('no tray icon');
  return found;
}

const routeOf = (win: FakeWindow) => (win.loaded[0] ?? '').split('#/')[1] ?? '';

export function quickWindow(run: Launch): FakeWindow {
  const win = run.world.windows.find((w) => routeOf(w) === 'quick');
  if (!win) throw new Error('no quick window');
  return win;
}

export function mainWindow(run: Launch): FakeWindow | undefined {
  return run.world.windows.find((w) => routeOf(w) !== 'quick' && !w.destroyed);
}

/** A left click on the tray icon, which first takes focus from the open quick window. */
export function clickTray(run: Launch, options: { ctrlKey?: boolean } = {}): void {
  const quick = quickWindow(run);
  if (quick.focused) quick.loseFocus();
  tray(run).emit('click', { ctrlKey: options.ctrlKey ?? false }, run.world.trayBounds);
}

export function rightClickTray(run: Launch): void {
  tray(run).emit('right-click', {}, run.world.trayBounds);
}

/** The menu a right click shows: the attached one (Linux) or the one popped (macOS, Windows). */
export function shownTrayMenu(run: Launch): FakeMenu | null {
  const t = tray(run);
  return t.contextMenu ?? t.popped[t.popped.length - 1] ?? null;
}

export function allLabels(menu: FakeMenu): string[] {
  const out: string[] = [];
  const walk = (items: FakeMenu['items']) => {
    for (const item of items) {
      if (item.label) out.push(item.label);
      if (item.submenu) walk(item.submenu);
    }
  };
  walk(menu.items);
  return out;
}

/** The newest notification on screen (the OS's banner). */
export function lastNotification(run: Launch): FakeNotification {
  const found = run.world.notifications[run.world.notifications.length - 1];
  if (!found) throw new Error('no notification shown');
  return found;
}

/** The user clicks the banner. */
export function clickNotification(run: Launch): void {
  lastNotification(run).emit('click', {});
}

/** The events main sent a window's page, by name (`changed`, `navigate`). */
export function eventsSent(win: FakeWindow, name: string): unknown[] {
  return win.webContents.sent.filter((args) => args[1] === name).map((args) => args[2]);
}
