import type { ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Room kept in the connection's write buffer for an answer's status line and headers. */
const headRoom = 4 * 1024;

/** Over HTTPS, an answer that fills the connection's write buffer closes it after, so the next call meets no paused parser (ARCHITECTURE, «Connections»). */
export function closeAfterLargeAnswer(res: ServerResponse, bytes: number): void {
  // The request's socket: an answer queued behind another has none of its own yet.
  const socket = res.req.socket as TLSSocket;
  if (socket.encrypted !== true) return;
  if (bytes + headRoom >= socket.writableHighWaterMark) res.setHeader('Connection', 'close');
}
