import type { Server } from 'node:http';
import type { Server as TlsServer } from 'node:https';

/** Bytes that are not HTTP get a 400 and the connection closed, without a crash; a request that never finishes holds nothing for long. */
export function hardenServer(server: Server | TlsServer): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Node's own paused parser (see closeAfterLargeAnswer), not the client's bytes: the connection ends unanswered once
    // what is being sent has left, and a browser sends the request again on a new connection.
    if (error.code === 'HPE_PAUSED') socket.end();
    else if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;
}
