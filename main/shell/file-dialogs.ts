// Save and open dialogs for export and import. Only the user's choice in a native dialog
// decides which file Nuzzle writes or reads; the renderer never names a path.

import { BrowserWindow, dialog } from 'electron';
import type { FilePicker } from '../core/backup/data-service.ts';

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
