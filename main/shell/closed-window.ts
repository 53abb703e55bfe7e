// The one-time note after the first window close on Linux, where the desktop may show no
// tray icon: where Nuzzle went, how to get back, and the choice to quit on close instead.

import { dialog } from 'electron';
import { CLOSED_WINDOW_TEXT } from './decisions/close-behaviour.ts';

export const QUIT_ON_CLOSE_KEY = 'quitOnWindowClose';
export const EXPLAINED_KEY = 'closedWindowExplained';

/** Resolves true when the user chose "Quit when I close the window". */
export async function explainClosedWindow(): Promise<boolean> {
  const { title, message, detail, buttons } = CLOSED_WINDOW_TEXT;
  // No parent: the window it would be modal to has just been hidden.
  const result = await dialog.showMessageBox({
    type: 'info' as const,
    title,
    message,
    detail,
    buttons: [...buttons],
    defaultId: 0,
    cancelId: 0,
  });
  return result.response === 1;
}
