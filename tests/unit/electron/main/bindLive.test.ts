import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import type { IpcMain, IpcMainEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import type { DeskEvents } from '../../../../electron/desk/deskRouter';
import { bindLive, maxStreamsPerPage } from '../../../../electron/main/bindLive';
import { ownUrlMatcher } from '../../../../electron/main/ownUrlMatcher';
import type { LiveMessage } from '../../../../shared/desk/deskMethodNames';

type Listener = (event: IpcMainEvent, ...args: unknown[]) => void;
type Frame = { url: string; parent: Frame | null };

const ownPage: Frame = { url: 'redacta://app/index.html', parent: null };

/** bindLive behind a stand-in ipcMain and page; the office's streams are PassThroughs the test writes into. */
function bound(statusOf: (session: string) => number = () => 200) {
  const listeners = new Map<string, Listener>();
  const streams: PassThrough[] = [];
  const asked: string[] = [];
  const events = async (session: string): Promise<DeskEvents> => {
    asked.push(session);
    const status = statusOf(session);
    if (status !== 200) return { status, stream: null };
    const stream = new PassThrough();
    streams.push(stream);
    return { status, stream: stream as unknown as IncomingMessage };
  };
  bindLive({ on: (channel: string, listener: Listener) => listeners.set(channel, listener) } as unknown as IpcMain, events, ownUrlMatcher(ownPage.url));
  const received: [number, LiveMessage][] = [];
  const destroyedListeners: (() => void)[] = [];
  let destroyed = false;
  const sender = {
    id: 7,
    send: (_channel: string, id: number, message: LiveMessage) => received.push([id, message]),
    isDestroyed: () => destroyed,
    once: (_name: string, listener: () => void) => destroyedListeners.push(listener),
  };
  const emit = (channel: string, frame: Frame | null, ...args: unknown[]) =>
    listeners.get(channel)?.({ senderFrame: frame, sender } as unknown as IpcMainEvent, ...args);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const closePage = () => {
    destroyed = true;
    for (const listener of destroyedListeners) listener();
  };
  return { emit, received, streams, asked, settle, closePage, watches: () => destroyedListeners.length };
}

describe('bindLive', () => {
  it('passes the office’s stream on to the page that opened it: status, text as it comes, end', async () => {
    const { emit, received, streams, settle } = bound();
    emit('redacta-live:open', ownPage, 1, 'sesión');
    await settle();
    streams[0]?.write('data: {"method":"approveVersion"}\n\n');
    streams[0]?.end();
    await settle();
    expect(received).toEqual([
      [1, { status: 200 }],
      [1, { chunk: 'data: {"method":"approveVersion"}\n\n' }],
      [1, { end: true }],
    ]);
  });

  it('says the office’s refusal (the session ended) and holds nothing open', async () => {
    const { emit, received, streams, settle } = bound(() => 401);
    emit('redacta-live:open', ownPage, 1, 'caducada');
    await settle();
    expect(received).toEqual([[1, { status: 401 }]]);
    expect(streams).toHaveLength(0);
  });

  it('ends the stream when the page closes it, or goes away', async () => {
    const { emit, streams, settle, closePage } = bound();
    emit('redacta-live:open', ownPage, 1, 's');
    emit('redacta-live:open', ownPage, 2, 's');
    await settle();
    emit('redacta-live:close', ownPage, 1);
    expect(streams[0]?.destroyed).toBe(true);
    expect(streams[1]?.destroyed).toBe(false);
    closePage();
    expect(streams[1]?.destroyed).toBe(true);
  });

  it('watches a page once, however often it listens again', async () => {
    const { emit, streams, settle, watches } = bound();
    for (let id = 1; id <= 20; id += 1) {
      emit('redacta-live:open', ownPage, id, 's');
      await settle();
      streams.at(-1)?.destroy();
      await settle();
    }
    expect(watches()).toBe(1);
  });

  it('ignores other frames and malformed messages, and holds a bounded number of streams per page', async () => {
    const { emit, received, asked, settle } = bound();
    emit('redacta-live:open', { url: 'https://evil.example/', parent: null }, 1, 's');
    emit('redacta-live:open', { url: ownPage.url, parent: ownPage }, 1, 's');
    emit('redacta-live:open', ownPage, 'uno', 's');
    emit('redacta-live:open', ownPage, 1, { session: 's' });
    emit('redacta-live:open', ownPage, 1, 'x'.repeat(201));
    await settle();
    expect(asked).toEqual([]);
    for (let id = 1; id <= maxStreamsPerPage + 1; id += 1) emit('redacta-live:open', ownPage, id, 's');
    await settle();
    expect(asked).toHaveLength(maxStreamsPerPage);
    expect(received).toContainEqual([maxStreamsPerPage + 1, { status: 429 }]);
  });
});
