import { connect } from 'node:net';

/** Sends bytes exactly as given to a local port and returns what came back before the server closed (or 2 s passed). */
export function rawHttp(port: number, request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = () => {
      socket.destroy();
      resolve(reply);
    };
    const timer = setTimeout(done, 2000);
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      // One whole response is enough: a status line, headers and a body of the announced length.
      const [head, body = ''] = reply.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head ?? '')?.[1];
      if (length !== undefined && Buffer.byteLength(body, 'latin1') >= Number(length)) {
        clearTimeout(timer);
        done();
      }
    });
    socket.on('end', () => {
      clearTimeout(timer);
      done();
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      // A reset after the reply still counts as the reply.
      if (reply) resolve(reply);
      else reject(error);
    });
    socket.end(request);
  });
}

/** The status code of a raw HTTP reply, or 0 when the server sent nothing. */
export const statusOf = (reply: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1] ?? 0);
