import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames } from '../../shared/contract/methodNames';
import { ipcChannel } from '../../shared/contract/ipcChannel';
import type { Dispatch } from '../api/createDispatcher';

/** Binds every contract method to its IPC channel; calls from any frame but our own top-level page are refused. */
export function bindContract(ipcMain: IpcMain, dispatch: Dispatch, isOwnUrl: (url: string) => boolean): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), (event: IpcMainInvokeEvent, input: unknown, meta: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isOwnUrl(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'foreign frame', details: {} } };
      }
      return dispatch(method, input, meta);
    });
  }
}
