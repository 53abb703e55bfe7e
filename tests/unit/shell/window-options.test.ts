import { describe, expect, test } from 'vitest';
import {
  mainWindowOptions,
  quickWindowOptions,
  quickWindowPosition,
} from '../../../main/shell/decisions/window-options.ts';

const env = { platform: 'linux' as const, preload: '/app/dist/main/preload.cjs', dark: false };

describe('window options', () => {
  test.each([
    ['main', mainWindowOptions(env)],
    ['quick', quickWindowOptions(env)],
  ])('the %s window is sandboxed, isolated and without Node', (_name, options) => {
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/dist/main/preload.cjs',
    });
    expect(options.show).toBe(false);
  });

  test('the main window remembers its size and place', () => {
    expect(mainWindowOptions(env, { x: 10, y: 20, width: 1100, height: 800 })).toMatchObject({
      x: 10,
      y: 20,
      width: 1100,
      height: 800,
    });
    expect(mainWindowOptions(env)).not.toHaveProperty('x');
  });

  test('the quick window stays out of the taskbar and matches the theme', () => {
    expect(quickWindowOptions({ ...env, dark: true })).toMatchObject({
      skipTaskbar: true,
      resizable: false,
      backgroundColor: '#1c1917',
    });
    expect(quickWindowOptions({ ...env, platform: 'darwin' })).toMatchObject({ type: 'panel' });
  });
});

describe('quickWindowPosition', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1040 };
  test('under a macOS menu-bar icon', () => {
    expect(
      quickWindowPosition({ x: 1500, y: 0, width: 22, height: 22 }, { ...screen, y: 25 }),
    ).toEqual({ x: 1331, y: 26 });
  });
  test('above a Windows taskbar icon in the corner, kept on screen', () => {
    expect(quickWindowPosition({ x: 1880, y: 1044, width: 24, height: 36 }, screen)).toEqual({
      x: 1560,
      y: 600,
    });
  });
  test('centred when the tray has no bounds (Linux AppIndicator)', () => {
    expect(quickWindowPosition({ x: 0, y: 0, width: 0, height: 0 }, screen)).toEqual({
      x: 780,
      y: 300,
    });
    expect(quickWindowPosition(null, screen)).toEqual({ x: 780, y: 300 });
  });
});
