// The partner-sync screen's data: its status, re-read when sync reports news.

import type { SyncStatus } from '../../../../shared/contract-sync.ts';
import { useCallback, useEffect, useState } from 'react';
import { call, onEvent } from '../../api.ts';

/** The sync channels are part of the contract: the app's typed client serves them as is. */
export const syncCall = call;

/** The sync status, re-read whenever settings change (sync reports through that topic). */
export function useSyncStatus(): {
  status: SyncStatus | null;
  error: string | null;
  set: (s: SyncStatus) => void;
} {
  const [status, set] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    syncCall('sync:status')
      .then((s) => {
        if (live) {
          set(s);
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
    };
  }, [version]);
  useEffect(
    () =>
      onEvent('changed', ({ topics }) => {
        if (topics.includes('settings')) reload();
      }),
    [reload],
  );
  return { status, error, set };
}
