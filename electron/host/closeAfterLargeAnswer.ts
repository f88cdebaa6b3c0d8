import type { ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Room kept in the connection's write buffer for an answer's status line and headers. */
const headRoom = 4 * 1024;

/**
 * Over HTTPS, an answer that fills the connection's write buffer closes the connection after it, so the client sends
 * its next request on a new one. Node 20 pauses a connection's parser when a request arrives while the last answer is
 * still draining, and a TLS connection still hands the paused parser the rest of that read (the request's body), which
 * it refuses as unreadable (`HPE_PAUSED`): one export of a batch failed so, 1 run in 12 or 14.
 */
export function closeAfterLargeAnswer(res: ServerResponse, bytes: number): void {
  const socket = res.socket as TLSSocket | null;
  if (socket?.encrypted !== true) return;
  if (bytes + headRoom >= socket.writableHighWaterMark) res.setHeader('Connection', 'close');
}
