// Connects Electron IPC to the core's dispatcher (which checks the sender, validates and
// wraps results) and forwards core events to every window.

import { BrowserWindow, ipcMain } from 'electron';
import type { Core } from '../core/core.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels.ts';

export function registerIpc(core: Core): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    return core.dispatchAsync(channel, payload, {
      url: frame?.url ?? '',
      isMainFrame: frame !== null && frame === event.sender.mainFrame,
    });
  });
  const unsubscribe = core.subscribe((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
