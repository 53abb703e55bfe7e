// While Nuzzle is locked, the window shows the unlock screen and nothing else: no navigation,
// no names, no counts. The core refuses every other channel anyway; this keeps the screen
// honest about it, and follows the lock as it changes (sleep, screen lock, idle, the tray).

import { useEffect, useState, type ReactNode } from 'react';
import { call, onEvent } from '../../api.ts';
import { UnlockScreen } from './UnlockScreen.tsx';
import './lock.css';

export function LockGate({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    call('lock:status')
      .then((status) => {
        if (live) setLocked(status.locked);
      })
      .catch(() => {
        if (live) setLocked(false); // the app's own error screens take it from here
      });
    const off = onEvent('lock', ({ locked: now }) => setLocked(now));
    return () => {
      live = false;
      off();
    };
  }, []);

  if (locked === null) return null;
  if (locked) return <UnlockScreen onUnlocked={() => setLocked(false)} />;
  return <>{children}</>;
}
