import { once } from 'node:events';
import { connect as connectTcp } from 'node:net';
import { Duplex } from 'node:stream';
import { connect as connectTls } from 'node:tls';

/** A TLS connection whose writes go out as separate TLS records but in one TCP write, and whose reading can wait. */
export interface BatchedTlsClient {
  /** Sends each part as a TLS record of its own, all the records in one TCP write (as they may arrive in one read). */
  send(...parts: string[]): Promise<void>;
  /** Stops reading what the server sends (it then piles up in the server's buffers), or starts again. */
  reading(on: boolean): void;
  /** Resolves once the server's answer has begun to arrive while reading is stopped. */
  answering(): Promise<void>;
  /** Everything received until the server closed the connection (or `ms` passed), as text. */
  received(ms: number): Promise<string>;
  close(): void;
}

/** Opens a TLS connection to `url`'s host and port, trusting `ca`. */
export async function batchedTlsClient(url: string, ca: string): Promise<BatchedTlsClient> {
  const { hostname, port } = new URL(url);
  const raw = connectTcp(Number(port), hostname);
  await once(raw, 'connect');
  let batch: Buffer[] | null = null;
  // TLS writes through this stream, so its records can be held and sent together.
  const pipe = new Duplex({
    write(chunk: Buffer, _encoding, done) {
      if (batch) batch.push(chunk);
      else raw.write(chunk);
      done();
    },
    read() {},
  });
  raw.on('data', (chunk: Buffer) => pipe.push(chunk));
  raw.on('end', () => pipe.push(null));
  const tls = connectTls({ socket: pipe, ca, host: hostname });
  await once(tls, 'secureConnect');
  let text = '';
  let closed = false;
  tls.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  // The server may end the connection without an answer (what the tests look at): that is no error of the test's.
  tls.on('error', () => {});
  raw.on('error', () => {});
  raw.on('close', () => (closed = true));
  return {
    async send(...parts) {
      batch = [];
      for (const part of parts) {
        // Each write is its own record, in the batch once its callback runs.
        await new Promise((resolve) => tls.write(part, resolve));
      }
      const records = Buffer.concat(batch);
      batch = null;
      raw.write(records);
    },
    reading(on) {
      if (on) raw.resume();
      else raw.pause();
    },
    async answering() {
      while (raw.readableLength === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    async received(ms) {
      const until = Date.now() + ms;
      while (!closed && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      return text;
    },
    close() {
      tls.destroy();
      raw.destroy();
    },
  };
}
