import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../../shared/contract/createClient';
import { ipcChannel } from '../../shared/contract/ipcChannel';
import type { Result } from '../../shared/contract/result';
import type { LiveMessage } from '../../shared/desk/deskMethodNames';
import { deskChannel, deskMethodNames, liveChannels } from '../../shared/desk/deskMethodNames';

// window.redacta: one function per contract method, each an invoke on that method's channel.
contextBridge.exposeInMainWorld(
  'redacta',
  createClient((method, input, meta) => ipcRenderer.invoke(ipcChannel(method), input, meta) as Promise<Result<unknown>>),
);

// window.redactaDesk: which database the screens work in (this computer's, or an office's), one invoke per desk method.
contextBridge.exposeInMainWorld(
  'redactaDesk',
  Object.fromEntries(deskMethodNames.map((method) => [method, (input: unknown, meta: unknown) => ipcRenderer.invoke(deskChannel(method), input, meta)])),
);

// window.redactaLive: the office's stream of writes, passed on by the main process; open gives back its close.
const listeners = new Map<number, (message: LiveMessage) => void>();
let nextId = 0;
ipcRenderer.on(liveChannels.message, (_event, id: number, message: LiveMessage) => listeners.get(id)?.(message));
contextBridge.exposeInMainWorld('redactaLive', {
  open(session: string, onMessage: (message: LiveMessage) => void): () => void {
    nextId += 1;
    const id = nextId;
    listeners.set(id, onMessage);
    ipcRenderer.send(liveChannels.open, id, session);
    return () => {
      listeners.delete(id);
      ipcRenderer.send(liveChannels.close, id);
    };
  },
});
