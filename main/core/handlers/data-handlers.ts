// Backups, restore, export, import, delete everything (shared/contract-data.ts).

import type { dataChannels, ImportResult } from '../../../shared/contract-data.ts';
import type { DataService, ImportOutcome } from '../backup/data-service.ts';
import type { Handlers } from '../ipc/dispatch.ts';

type DataHandlers = Pick<Handlers, keyof typeof dataChannels>;

const answer = (outcome: ImportOutcome | null): ImportResult =>
  outcome
    ? {
        cancelled: false,
        needsPassphrase: outcome.needsPassphrase,
        added: outcome.total,
        conflicts: outcome.conflicts,
      }
    : { cancelled: true, needsPassphrase: false, added: 0, conflicts: 0 };

export function dataHandlers(data: DataService): DataHandlers {
  return {
    'data:status': () => data.status(),
    'data:backup-now': () => {
      // Made before answering, so a failure (a full disk) reaches the person who asked.
      data.backupNowAndWait();
      return data.status();
    },
    'data:restore': ({ name }) => data.restore(name),
    'data:export': (choice) => {
      const written = data.exportTo(choice);
      return written instanceof Promise
        ? written.then((w) => ({ cancelled: w === null }))
        : { cancelled: written === null };
    },
    'data:import': (payload) =>
      payload && 'passphrase' in payload
        ? data.importWithPassphrase(payload.passphrase).then(answer)
        : answer(data.importFrom()),
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
