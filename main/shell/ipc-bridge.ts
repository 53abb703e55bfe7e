// Connects Electron IPC to the core's dispatcher (which checks the sender, validates and
// wraps results) and forwards core events to every window.

import { BrowserWindow, ipcMain } from 'electron';
import type { Core } from '../core/core.ts';
import type { DispatchAsync, Sender } from '../core/ipc/dispatch.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels.ts';

/** Answers the renderer's calls with `dispatch` (the core's, or a sealed start's). */
export function handleInvoke(dispatch: DispatchAsync): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    const sender: Sender = {
      url: frame?.url ?? '',
      isMainFrame: frame !== null && frame === event.sender.mainFrame,
    };
    return dispatch(channel, payload, sender);
  });
}

export function registerIpc(core: Core): () => void {
  handleInvoke(core.dispatchAsync);
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
