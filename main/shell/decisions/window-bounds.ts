// Remembering the main window's size and place: a saved position is reused only if enough of
// the window would still be on a connected screen (monitors get unplugged), and its size is
// kept within that screen.

import type { Rectangle } from 'electron';

export interface SavedBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function isSavedBounds(value: unknown): value is SavedBounds {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every(
    (k) => typeof v[k] === 'number' && Number.isFinite(v[k]),
  );
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Bounds to open with, or null to let the window centre itself on the primary screen. */
export function restoreBounds(
  saved: unknown,
  workAreas: readonly Rectangle[],
  min = { width: 640, height: 480 },
): Partial<Rectangle> | null {
  if (!isSavedBounds(saved)) return null;
  const width = Math.max(min.width, Math.round(saved.width));
  const height = Math.max(min.height, Math.round(saved.height));
  const rect = { x: Math.round(saved.x), y: Math.round(saved.y), width, height };
  const best = [...workAreas].sort((a, b) => overlap(rect, b) - overlap(rect, a))[0];
  if (!best || overlap(rect, best) < 0.5 * Math.min(width * height, best.width * best.height)) {
    // Mostly off-screen (a monitor was unplugged): keep the size, forget the place.
    return {
      width: Math.min(width, workAreas[0]?.width ?? width),
      height: Math.min(height, workAreas[0]?.height ?? height),
    };
  }
  return { ...rect, width: Math.min(width, best.width), height: Math.min(height, best.height) };
}
