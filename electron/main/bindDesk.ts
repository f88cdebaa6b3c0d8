import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../../shared/contract/result';
import { deskChannel, deskMethodNames } from '../../shared/desk/deskMethodNames';
import type { DeskRouter } from '../desk/deskRouter';
import { fromOwnPage } from './fromOwnPage';

/** Binds every desk method (which database the screens work in), and nothing else, to its IPC channel; only our own page is answered. */
export function bindDesk(ipcMain: Pick<IpcMain, 'handle'>, desk: DeskRouter['desk'], isOwnUrl: (url: string) => boolean): void {
  for (const method of deskMethodNames) {
    ipcMain.handle(deskChannel(method), (event: IpcMainInvokeEvent, input: unknown, meta: unknown) => {
      if (!fromOwnPage(event, isOwnUrl)) return fail({ code: 'FORBIDDEN', message: 'foreign frame', details: { scope: 'frame' } });
      return desk(method, input, meta);
    });
  }
}
