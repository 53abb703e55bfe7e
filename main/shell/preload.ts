// The preload: exposes only a typed `invoke` and typed event subscriptions to the page, never
// ipcRenderer itself. Bundled to CommonJS because sandboxed preloads cannot load modules.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventMap, EventName, NuzzleBridge } from '../../shared/contract.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels.ts';

const bridge = {
  invoke: (channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload),
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
    const wrapped = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as EventMap[E]);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
} satisfies NuzzleBridge;

contextBridge.exposeInMainWorld('nuzzle', bridge);
