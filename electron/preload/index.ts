import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../../shared/contract/createClient';
import { ipcChannel } from '../../shared/contract/ipcChannel';
import type { Result } from '../../shared/contract/result';

// window.redacta: one function per contract method, each an invoke on that method's channel. Nothing else is exposed.
contextBridge.exposeInMainWorld(
  'redacta',
  createClient((method, input, meta) => ipcRenderer.invoke(ipcChannel(method), input, meta) as Promise<Result<unknown>>),
);
