// Partner sync: connect through a shared folder, show status, sync now, disconnect.

import type { SyncChannel, SyncRequestOf, SyncResultOf } from '../../../shared/contract-sync.ts';
import type { SyncService } from '../sync/sync-service.ts';

export type SyncHandlers = {
  [C in SyncChannel]: (payload: SyncRequestOf<C>) => SyncResultOf<C>;
};

export function syncHandlers(sync: SyncService): SyncHandlers {
  return {
    'sync:status': () => sync.status(),
    'sync:invite': () => sync.invite(),
    'sync:join': ({ code }) => sync.join(code),
    'sync:now': () => sync.pollNow(),
    'sync:unpair': ({ removeFiles }) => sync.unpair(removeFiles),
  };
}
