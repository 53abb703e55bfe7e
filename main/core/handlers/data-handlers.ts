// Backups, restore, export, import, delete everything (shared/contract-data.ts).

import type { dataChannels } from '../../../shared/contract-data.ts';
import type { DataService } from '../backup/data-service.ts';
import type { Handlers } from '../ipc/dispatch.ts';

type DataHandlers = Pick<Handlers, keyof typeof dataChannels>;

export function dataHandlers(data: DataService): DataHandlers {
  return {
    'data:status': () => data.status(),
    'data:backup-now': () => {
      // Made before answering, so a failure (a full disk) reaches the person who asked.
      data.backupNowAndWait();
      return data.status();
    },
    'data:restore': ({ name }) => data.restore(name),
    'data:export': () => ({ cancelled: data.exportTo() === null }),
    'data:import': () => {
      const result = data.importFrom();
      return result
        ? { cancelled: false, added: result.total, conflicts: result.conflicts }
        : { cancelled: true, added: 0, conflicts: 0 };
    },
    'data:delete-all': () => {
      data.deleteEverything();
      return { deleted: true };
    },
    'data:dismiss-notice': () => {
      data.dismissNotice();
      return { dismissed: true };
    },
  };
}
