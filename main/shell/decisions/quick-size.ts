// How big the quick window is: as tall as its page needs (the renderer's preferred size,
// reported by Chromium), never taller than the display allows, and a fixed popover width.
// Only when the page is taller than the whole work area does it scroll.

import type { Rectangle } from 'electron';
import { QUICK_WINDOW_SIZE } from './window-options.ts';

/** Below this the window would flash tiny while the page loads ("Loading…"). */
export const QUICK_MIN_HEIGHT = 160;

export interface Size {
  width: number;
  height: number;
}

/**
 * The content size for a page that wants `preferred`, on a display whose work area is
 * `workArea`; `frame` is what the window's own frame adds around its content (title bar).
 */
export function quickContentSize(preferred: Size, workArea: Rectangle, frame: Size): Size {
  const maxWidth = Math.max(1, workArea.width - frame.width);
  const maxHeight = Math.max(1, workArea.height - frame.height);
  const wanted = Number.isFinite(preferred.height) ? Math.ceil(preferred.height) : 0;
  return {
    width: Math.min(QUICK_WINDOW_SIZE.width, maxWidth),
    height: Math.min(Math.max(wanted, QUICK_MIN_HEIGHT), maxHeight),
  };
}
