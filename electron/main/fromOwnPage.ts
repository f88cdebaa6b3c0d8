import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';

/** Whether an IPC message comes from our own top-level page (not another origin, an iframe, or a frame already gone). */
export function fromOwnPage(event: Pick<IpcMainEvent | IpcMainInvokeEvent, 'senderFrame'>, isOwnUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && isOwnUrl(frame.url);
}
