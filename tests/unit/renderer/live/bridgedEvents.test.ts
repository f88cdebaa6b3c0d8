import { describe, expect, it } from 'vitest';
import { listenToOffice } from '../../../../renderer/src/live/listenToOffice';
import type { Heard } from '../../../../renderer/src/live/listenToOffice';
import type { LiveBridge } from '../../../../renderer/src/live/liveOpen';
import { bridgedEvents } from '../../../../renderer/src/live/liveOpen';
import type { LiveMessage } from '../../../../shared/desk/deskMethodNames';

/** A stand-in for the preload's bridge: the test plays the main process, sending each stream's messages. */
function aBridge() {
  const opened: { session: string; send: (message: LiveMessage) => void; closed: boolean }[] = [];
  const bridge: LiveBridge = {
    open(session, onMessage) {
      const stream = { session, send: onMessage, closed: false };
      opened.push(stream);
      return () => {
        stream.closed = true;
      };
    },
  };
  return { bridge, opened };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the office’s stream passed on over IPC, read as the page reads an HTTP one', () => {
  it('gives each event of the stream to the screens, in order, even split across messages', async () => {
    const { bridge, opened } = aBridge();
    const heard: Heard[] = [];
    const stop = listenToOffice(
      bridgedEvents(bridge),
      () => 'sesión',
      (change) => heard.push(change),
      () => undefined,
    );
    await settle();
    expect(opened[0]?.session).toBe('sesión');
    opened[0]?.send({ status: 200 });
    opened[0]?.send({ chunk: 'data: {"method":"submitForReview","communiqueId":3,"by":"ana"}\n\ndata: {"method":"approve' });
    opened[0]?.send({ chunk: 'Version","communiqueId":3,"by":"eva"}\n\n: heartbeat\n\n' });
    await settle();
    expect(heard).toEqual([
      { method: 'submitForReview', communiqueId: 3, by: 'ana' },
      { method: 'approveVersion', communiqueId: 3, by: 'eva' },
    ]);
    stop();
    expect(opened[0]?.closed).toBe(true);
  });

  it('stops at a refusal that waiting will not mend (the session ended), and tells the page', async () => {
    const { bridge, opened } = aBridge();
    let refused = 0;
    listenToOffice(
      bridgedEvents(bridge),
      () => 'caducada',
      () => undefined,
      () => (refused += 1),
    );
    await settle();
    opened[0]?.send({ status: 401 });
    await settle();
    expect(refused).toBe(1);
    expect(opened[0]?.closed).toBe(true);
  });
});
