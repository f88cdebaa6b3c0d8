import { once } from 'node:events';
import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { hardenServer } from '../../../../electron/host/hardenServer';

/** Node's parse error for a call that reached a parser it had paused behind a large answer. */
const pausedParser = Object.assign(new Error('Parse Error: Paused'), { code: 'HPE_PAUSED' });

describe('hardenServer', () => {
  it('ends a connection whose parser Node paused without an answer, and frees it though its reading is paused', async () => {
    const server = createServer(() => {});
    hardenServer(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    const accepted = once(server, 'connection') as Promise<[Socket]>;
    const client = connect(port, '127.0.0.1');
    let received = '';
    client.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const [socket] = await accepted;
    try {
      // As Node leaves it: reading paused, then the parser's error.
      socket.pause();
      server.emit('clientError', pausedParser, socket);
      await once(client, 'end');
      expect(received).toBe('');
      await expect.poll(() => socket.destroyed, { timeout: 2_000 }).toBe(true);
    } finally {
      client.destroy();
      server.close();
    }
  });
});
