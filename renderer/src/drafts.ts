// Typed words survive moving between screens: `useDraft` is `useState` whose value also lives
// in memory for the life of the window, under a key, so a screen that unmounts (Ctrl+2 and
// back, a sidebar click, a tray "Open Nuzzle") comes back with what was typed. A form calls
// `clear` once its words are saved, so the next visit starts from what is stored.
//
// Privacy: drafts are never written to disk and never logged, and all of them are forgotten
// the moment Nuzzle locks, so nobody unlocking later finds half-written words.

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { onEvent } from './api.ts';

const drafts = new Map<string, unknown>();
let watchingLock = false;

/** Subscribes once, on first use: locking forgets every draft in this window. */
function forgetOnLock(): void {
  if (watchingLock || typeof window === 'undefined' || !window.nuzzle) return;
  watchingLock = true;
  onEvent('lock', ({ locked }) => {
    if (locked) forgetAllDrafts();
  });
}

export function useDraft<T>(
  key: string,
  initial: T | (() => T),
): [T, Dispatch<SetStateAction<T>>, () => void] {
  forgetOnLock();
  const [value, setValue] = useState<T>(() =>
    drafts.has(key)
      ? (drafts.get(key) as T)
      : typeof initial === 'function'
        ? (initial as () => T)()
        : initial,
  );
  // Only what the person changed is kept: a value shown from storage is not a draft.
  const touched = useRef(drafts.has(key));
  useEffect(() => {
    if (touched.current) drafts.set(key, value);
  }, [key, value]);
  const set = useCallback<Dispatch<SetStateAction<T>>>((next) => {
    touched.current = true;
    setValue(next);
  }, []);
  // Forgets the kept copy (call it after resetting the fields); what is on screen stays.
  const clear = useCallback(() => {
    touched.current = false;
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

/** Every draft in this window, gone (Nuzzle locked). */
export function forgetAllDrafts(): void {
  drafts.clear();
}
