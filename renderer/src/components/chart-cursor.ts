// Which point of a chart is being read, by pointer or keyboard. Arrow keys move one step,
// Home/End jump to the ends; the chart shows the point's details in words next to it.

import { useState, type KeyboardEvent } from 'react';

export interface ChartCursor {
  index: number | null;
  setIndex: (i: number | null) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** `step` maps a key to a move (e.g. ±7 for up/down in a calendar); unknown keys do nothing. */
export function useChartCursor(
  count: number,
  start: number,
  step: (key: string) => number | 'home' | 'end' | null,
): ChartCursor {
  const [index, setIndex] = useState<number | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (count === 0) return;
    const move = step(event.key);
    if (move === null) return;
    event.preventDefault();
    const current = index ?? start;
    const next = move === 'home' ? 0 : move === 'end' ? count - 1 : current + move;
    setIndex(Math.min(count - 1, Math.max(0, next)));
  };
  return { index, setIndex, onKeyDown };
}
