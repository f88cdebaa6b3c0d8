import type { IncomingMessage } from 'node:http';
import type { IpcMain, IpcMainEvent } from 'electron';
import type { LiveMessage } from '../../shared/desk/deskMethodNames';
import { liveChannels } from '../../shared/desk/deskMethodNames';
import type { DeskRouter } from '../desk/deskRouter';
import { fromOwnPage } from './fromOwnPage';

/** Streams a page may hold open at once (the app holds one; a page asking for more is not ours to serve). */
export const maxStreamsPerPage = 4;

/** Where a stream's messages go: the page that opened it, while it lives. */
type Sender = Pick<IpcMainEvent['sender'], 'id' | 'send' | 'isDestroyed' | 'once'>;

/**
 * Passes the office's live stream on to our own page over IPC: `open(id, session)` answers its status, then its text
 * as it comes, then its end; `close(id)` or the page going away ends it. Anything malformed, or from another frame,
 * is ignored.
 */
export function bindLive(ipcMain: Pick<IpcMain, 'on'>, events: DeskRouter['events'], isOwnUrl: (url: string) => boolean): void {
  const open = new Map<string, IncomingMessage | null>();
  const watched = new Set<number>();
  const key = (sender: Sender, id: number) => `${sender.id}:${id}`;
  const countOf = (sender: Sender) => [...open.keys()].filter((name) => name.startsWith(`${sender.id}:`)).length;

  ipcMain.on(liveChannels.open, (event: IpcMainEvent, id: unknown, session: unknown) => {
    if (!fromOwnPage(event, isOwnUrl) || !Number.isSafeInteger(id) || typeof session !== 'string' || session.length > 200) return;
    const sender: Sender = event.sender;
    const name = key(sender, id as number);
    const send = (message: LiveMessage) => {
      if (!sender.isDestroyed()) sender.send(liveChannels.message, id, message);
    };
    if (open.has(name) || countOf(sender) >= maxStreamsPerPage) return send({ status: 429 });
    open.set(name, null);
    // One watch per page, however often it listens again: when it goes, every stream it held ends.
    if (!watched.has(sender.id)) {
      watched.add(sender.id);
      sender.once('destroyed', () => {
        watched.delete(sender.id);
        for (const [held, stream] of [...open]) {
          if (!held.startsWith(`${sender.id}:`)) continue;
          open.delete(held);
          stream?.destroy();
        }
      });
    }
    void events(session).then(({ status, stream }) => {
      // Closed (or the page gone) while the office was being reached: nothing to pass on.
      if (!open.has(name) || sender.isDestroyed()) {
        stream?.destroy();
        open.delete(name);
        return;
      }
      send({ status });
      if (!stream) {
        open.delete(name);
        return;
      }
      open.set(name, stream);
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => send({ chunk }));
      stream.on('close', () => {
        if (open.get(name) !== stream) return;
        open.delete(name);
        send({ end: true });
      });
    });
  });

  ipcMain.on(liveChannels.close, (event: IpcMainEvent, id: unknown) => {
    if (!fromOwnPage(event, isOwnUrl) || !Number.isSafeInteger(id)) return;
    const name = key(event.sender, id as number);
    const stream = open.get(name);
    open.delete(name);
    stream?.destroy();
  });
}
