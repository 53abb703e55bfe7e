// Partner sync: connect through a shared folder, compare words, replace the partner's old
// computer, show status, sync now, disconnect.

import type { SyncChannel, SyncRequestOf, SyncResultOf } from '../../../shared/contract-sync.ts';
import type { SyncService } from '../sync/sync-service.ts';

type SyncHandlers = {
  [C in SyncChannel]: (payload: SyncRequestOf<C>) => SyncResultOf<C>;
};

export function syncHandlers(sync: SyncService): SyncHandlers {
  return {
    'sync:status': () => sync.status(),
    'sync:invite': () => sync.invite(),
    'sync:join': ({ code }) => sync.join(code),
    'sync:confirm': ({ match }) => sync.confirm(match),
    'sync:replace': () => sync.replace(),
    'sync:confirm-replacement': ({ match }) => sync.confirmReplacement(match),
    'sync:cancel-replacement': () => sync.cancelReplacement(),
    'sync:dismiss-notice': () => sync.dismissNotice(),
    'sync:now': () => sync.pollNow(),
    'sync:unpair': ({ removeFiles }) => sync.unpair(removeFiles),
  };
}
