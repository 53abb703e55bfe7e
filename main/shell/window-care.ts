// A page that crashed or was killed comes back by itself: reload, a few times at most
// (decisions/crash-recovery.ts), then a plain message in place of a blank window.

import { dialog, type BrowserWindow } from 'electron';
import { afterRenderCrash, isCrash } from './decisions/crash-recovery.ts';

export const CRASH_TEXT = {
  message: 'This Nuzzle window stopped working',
  detail:
    'Everything you saved is safe. Close the window and open Nuzzle again from the tray or your apps; if it keeps happening, restarting the computer usually helps.',
} as const;

export function recoverFromCrashes(win: BrowserWindow, url: () => string): void {
  let crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    if (!isCrash(details.reason) || win.isDestroyed()) return;
    const next = afterRenderCrash(crashes, Date.now());
    crashes = next.recent;
    if (next.action === 'reload') {
      void win.loadURL(url());
      return;
    }
    void dialog.showMessageBox(win, { type: 'warning', buttons: ['OK'], ...CRASH_TEXT });
  });
}
