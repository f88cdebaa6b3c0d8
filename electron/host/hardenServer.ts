import type { Server } from 'node:http';
import type { Server as TlsServer } from 'node:https';

/** Bytes that are not HTTP get a 400 and the connection closed (Node's own paused parser, no answer), without a crash; a request that never finishes holds nothing for long. */
export function hardenServer(server: Server | TlsServer): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Not the client's fault (see closeAfterLargeAnswer): ended unanswered (the browser sends the call again elsewhere), and
    // closed once what it was sent has left, as its paused reading never sees the client's own end.
    if (error.code === 'HPE_PAUSED') socket.end(() => socket.destroy());
    else if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;
}
