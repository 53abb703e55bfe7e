// Window options as data, so the security-relevant parts are unit-tested: every window is
// sandboxed, context-isolated, without Node, and loads only the app's own pages.

import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { spellcheckIsLocal } from './text-context-menu.ts';

export interface WindowEnv {
  platform: NodeJS.Platform;
  preload: string;
  icon?: string;
  dark: boolean;
}

function securePreferences(env: WindowEnv): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: env.preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Only the system's own checker: Chromium's downloads dictionaries (Linux).
    spellcheck: spellcheckIsLocal(env.platform),
    devTools: true,
    safeDialogs: true,
    // Middle-click must not open links in new windows.
    disableBlinkFeatures: 'Auxclick',
  };
}

const BACKGROUND = { light: '#fbf7f3', dark: '#1c1917' };

export function mainWindowOptions(
  env: WindowEnv,
  saved?: Partial<Rectangle>,
): BrowserWindowConstructorOptions {
  return {
    width: saved?.width ?? 980,
    height: saved?.height ?? 720,
    ...(saved?.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Nuzzle',
    backgroundColor: env.dark ? BACKGROUND.dark : BACKGROUND.light,
    ...(env.icon && env.platform !== 'darwin' ? { icon: env.icon } : {}),
    autoHideMenuBar: env.platform !== 'darwin',
    webPreferences: securePreferences(env),
  };
}

export const QUICK_WINDOW_SIZE = { width: 360, height: 440 } as const;

/** The small quick check-in window: frameless-feeling, near the tray, created hidden. */
export function quickWindowOptions(env: WindowEnv): BrowserWindowConstructorOptions {
  return {
    ...QUICK_WINDOW_SIZE,
    show: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    title: 'Nuzzle check-in',
    backgroundColor: env.dark ? BACKGROUND.dark : BACKGROUND.light,
    // skipTaskbar is macOS/Windows only; on Linux a utility window keeps out of the taskbar.
    ...(env.platform === 'darwin' ? { type: 'panel' } : {}),
    ...(env.platform === 'linux' ? { type: 'utility' } : {}),
    webPreferences: securePreferences(env),
  };
}

/**
 * Where the quick window goes: next to the tray icon, inside the screen's work area
 * (above a bottom taskbar, below a top menu bar), or centred when the tray has no bounds
 * (Linux AppIndicator reports none).
 */
export function quickWindowPosition(
  tray: Rectangle | null,
  workArea: Rectangle,
  size: { width: number; height: number } = QUICK_WINDOW_SIZE,
): { x: number; y: number } {
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
  const maxX = workArea.x + workArea.width - size.width;
  const maxY = workArea.y + workArea.height - size.height;
  if (!tray || (tray.width === 0 && tray.height === 0)) {
    return {
      x: Math.round(workArea.x + (workArea.width - size.width) / 2),
      y: Math.round(workArea.y + (workArea.height - size.height) / 2),
    };
  }
  const x = clamp(Math.round(tray.x + tray.width / 2 - size.width / 2), workArea.x, maxX);
  const trayIsBelow = tray.y > workArea.y + workArea.height / 2;
  const y = trayIsBelow ? tray.y - size.height - 4 : tray.y + tray.height + 4;
  return { x, y: clamp(y, workArea.y, maxY) };
}
