import { describe, expect, test } from 'vitest';
import {
  mainWindowOptions,
  quickWindowOptions,
  quickWindowPosition,
} from '../../../main/shell/decisions/window-options.ts';
import { QUICK_MIN_HEIGHT, quickContentSize } from '../../../main/shell/decisions/quick-size.ts';

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
      resizable: false,
      backgroundColor: '#1c1917',
    });
    // Linux: skipTaskbar doesn't exist there; a utility window keeps out of the taskbar.
    expect(quickWindowOptions(env)).toMatchObject({ type: 'utility', frame: true });
    expect(quickWindowOptions(env)).not.toHaveProperty('skipTaskbar');
    expect(quickWindowOptions({ ...env, platform: 'darwin' })).toMatchObject({
      type: 'panel',
      skipTaskbar: true,
      frame: false,
    });
    expect(quickWindowOptions({ ...env, platform: 'win32' })).toMatchObject({
      skipTaskbar: true,
      frame: false,
    });
  });

  test('the quick window is sized by its content, which the page reports', () => {
    const options = quickWindowOptions(env);
    expect(options.useContentSize).toBe(true);
    expect(options.webPreferences?.enablePreferredSizeMode).toBe(true);
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
      y: 660,
    });
    // Grown by its content, it grows upward from the taskbar.
    expect(
      quickWindowPosition({ x: 1880, y: 1044, width: 24, height: 36 }, screen, {
        width: 360,
        height: 500,
      }),
    ).toEqual({ x: 1560, y: 540 });
  });
  test('centred when the tray has no bounds (Linux AppIndicator)', () => {
    expect(quickWindowPosition({ x: 0, y: 0, width: 0, height: 0 }, screen)).toEqual({
      x: 780,
      y: 330,
    });
    expect(quickWindowPosition(null, screen)).toEqual({ x: 780, y: 330 });
  });
});

describe('quickContentSize', () => {
  const laptop = { x: 0, y: 25, width: 1440, height: 875 };
  const noFrame = { width: 0, height: 0 };
  test('as tall as the page wants, at the popover width', () => {
    expect(quickContentSize({ width: 360, height: 351.4 }, laptop, noFrame)).toEqual({
      width: 360,
      height: 352,
    });
  });
  test('never taller than the work area, less the frame', () => {
    const small = { x: 0, y: 0, width: 1024, height: 560 };
    expect(quickContentSize({ width: 360, height: 900 }, small, { width: 2, height: 30 })).toEqual({
      width: 360,
      height: 530,
    });
  });
  test('never tiny while the page loads, nor from a nonsense report', () => {
    expect(quickContentSize({ width: 0, height: 20 }, laptop, noFrame).height).toBe(
      QUICK_MIN_HEIGHT,
    );
    expect(quickContentSize({ width: 0, height: Number.NaN }, laptop, noFrame).height).toBe(
      QUICK_MIN_HEIGHT,
    );
  });
});
