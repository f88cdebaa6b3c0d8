import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannel } from '../../shared/contract/ipcChannel';
import { methodNames } from '../../shared/contract/methodNames';
import { fail } from '../../shared/contract/result';
import type { Dispatch } from '../api/createDispatcher';
import { fromOwnPage } from './fromOwnPage';

/**
 * Binds every contract method, and nothing else, to its IPC channel. A call from any frame but our own top-level page
 * (another origin, an iframe, a frame already gone) is refused with FORBIDDEN before its input is read; what our page
 * sends goes to the dispatcher, which answers a malformed input or meta with a typed error.
 */
export function bindContract(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isOwnUrl: (url: string) => boolean): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), (event: IpcMainInvokeEvent, input: unknown, meta: unknown) => {
      if (!fromOwnPage(event, isOwnUrl)) {
        return fail({ code: 'FORBIDDEN', message: 'foreign frame', details: { scope: 'frame' } });
      }
      return dispatch(method, input, meta, 'desk');
    });
  }
}
