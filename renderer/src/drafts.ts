// Typed words survive moving between screens: `useDraft` is `useState` whose value also lives
// in memory for the life of the window, under a key, so a screen that unmounts (Ctrl+2 and
// back, a tray "Open Nuzzle") comes back with what was typed. Nothing is written to disk here
// (the note composer keeps its own saved draft), and nothing is logged.

import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

const drafts = new Map<string, unknown>();

export function useDraft<T>(
  key: string,
  initial: T | (() => T),
): [T, Dispatch<SetStateAction<T>>, () => void] {
  const [value, setValue] = useState<T>(() =>
    drafts.has(key)
      ? (drafts.get(key) as T)
      : typeof initial === 'function'
        ? (initial as () => T)()
        : initial,
  );
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      setValue((prev) => {
        const resolved = typeof next === 'function' ? (next as (prev: T) => T)(prev) : next;
        drafts.set(key, resolved);
        return resolved;
      }),
    [key],
  );
  const clear = useCallback(() => {
    drafts.delete(key);
  }, [key]);
  return [value, set, clear];
}

/** Forgets a draft (after it was saved), so the next visit starts from what is stored. */
export function forgetDraft(key: string): void {
  drafts.delete(key);
}

export function hasDraft(key: string): boolean {
  return drafts.has(key);
}
