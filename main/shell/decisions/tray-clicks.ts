// How the tray icon answers clicks on each system. With a context menu set, Electron opens
// the menu on mouse-down *and* emits `click`, so macOS and Windows keep the menu unset and
// pop it on right click (or ctrl-click on a Mac). Linux AppIndicator sends no clicks at
// all, so there the menu is always set and its first item opens the quick check-in.

export type TrayClick = 'left' | 'right' | 'ctrl-left';
export type TrayClickResponse = 'toggle-quick' | 'pop-menu' | 'none';

export function keepsMenuAttached(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin' && platform !== 'win32';
}

export function trayClickResponse(platform: NodeJS.Platform, click: TrayClick): TrayClickResponse {
  if (keepsMenuAttached(platform)) return 'none';
  if (click === 'right') return 'pop-menu';
  if (click === 'ctrl-left') return platform === 'darwin' ? 'pop-menu' : 'toggle-quick';
  return 'toggle-quick';
}

/**
 * A click on the tray icon moves focus away from the open quick window, so `blur` hides it
 * a moment before `click` arrives. A click that lands just after a blur-hide means "close",
 * not "open again".
 */
export const BLUR_CLICK_WINDOW_MS = 400;

export function quickToggle(input: {
  visible: boolean;
  hiddenByBlurAt: number | null;
  now: number;
}): 'show' | 'hide' | 'stay-hidden' {
  if (input.visible) return 'hide';
  if (input.hiddenByBlurAt !== null && input.now - input.hiddenByBlurAt < BLUR_CLICK_WINDOW_MS) {
    return 'stay-hidden';
  }
  return 'show';
}
