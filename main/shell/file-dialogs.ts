// Save and open dialogs for export and import. Only the user's choice in a native dialog
// decides which file Nuzzle writes or reads; the renderer never names a path.

import { BrowserWindow, dialog } from 'electron';
import type { FilePicker } from '../core/backup/data-service.ts';
import type { SyncFolderPicker } from '../core/sync/sync-service.ts';

const FILTERS = [{ name: 'Nuzzle export', extensions: ['json'] }];

export function filePicker(): FilePicker {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    chooseExportPath(suggestedName) {
      const options = {
        title: 'Export your Nuzzle data',
        defaultPath: suggestedName,
        filters: FILTERS,
      };
      const win = parent();
      const path = win
        ? dialog.showSaveDialogSync(win, options)
        : dialog.showSaveDialogSync(options);
      // Electron answers a cancelled save dialog with an empty path.
      return path === '' ? null : path;
    },
    chooseImportPath() {
      const options = {
        title: 'Import a Nuzzle export',
        filters: FILTERS,
        properties: ['openFile' as const],
      };
      const win = parent();
      const paths = win
        ? dialog.showOpenDialogSync(win, options)
        : dialog.showOpenDialogSync(options);
      return paths?.[0] ?? null;
    },
  };
}

/** The folder both computers keep in sync (Syncthing, Dropbox, iCloud Drive…). */
export function syncFolderPicker(): SyncFolderPicker {
  return {
    chooseFolder() {
      const options = {
        title: 'Choose the folder you share with your partner',
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const win = BrowserWindow.getFocusedWindow();
      const paths = win
        ? dialog.showOpenDialogSync(win, options)
        : dialog.showOpenDialogSync(options);
      return paths?.[0] ?? null;
    },
  };
}
