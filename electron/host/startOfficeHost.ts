import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:https';
import type { Socket } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { contract, isMethodName } from '../../shared/contract/contract';
import { contractVersion, contractVersionHeader } from '../../shared/contract/contractVersion';
import { fail } from '../../shared/contract/result';
import type { ChangeFeed } from '../api/changeFeed';
import type { Dispatch } from '../api/createDispatcher';
import { translate } from '../i18n/translate';
import { closeAfterLargeAnswer } from './closeAfterLargeAnswer';
import { hardenServer } from './hardenServer';
import { failRequest, guarded, hostRefusal, pathOf, sendResult, sendText } from './hostResponses';
import { httpStatusOf } from './httpStatusOf';
import { readCall } from './readCall';
import type { BodyBudget } from './readJsonBody';
import { maxBodyBytes } from './readJsonBody';
import type { EventStreams } from './serveEvents';
import { serveEvents } from './serveEvents';
import { setSecurityHeaders } from './securityHeaders';

/** The most a call anyone may make before signing in carries (a name and a passphrase, a new profile). */
const publicBodyBytes = 64 * 1024;

/** The most request bodies being read at once may hold, in all. */
const bodiesInFlightBytes = 200 * 1024 * 1024;

/** How to start an office server's host. */
export interface OfficeHostOptions {
  dispatch: Dispatch;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** Where to listen: an address of this computer (or 0.0.0.0 / :: for all), and a port (0 picks a free one). */
  host: string;
  port: number;
  /** The certificate and its private key, PEM. */
  tls: { cert: string; key: string };
  /** The writes that land, streamed to signed-in screens at `/events`. */
  changes: ChangeFeed;
}

/** A running office host. */
export interface RunningOfficeHost {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the contract as `POST /api/<method>` over HTTPS on the office network. There is no
 * launch token: every call but signing in needs a session (the back end in office mode has no one-person workstation),
 * sign-ins are slowed per profile and per address, and a client of another contract version is refused. Signed-in
 * screens hear of every write that lands at `GET /events` (server-sent events).
 */
export async function startOfficeHost(options: OfficeHostOptions): Promise<RunningOfficeHost> {
  const statics = sirv(options.rendererDir, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders: (res, _path, stats) => closeAfterLargeAnswer(res, stats.size),
  });
  const streams: EventStreams = { open: new Map(), total: 0 };
  // Bodies being read at once never hold more than this much of the server's memory, whoever sends them.
  const budget: BodyBudget = { inFlight: 0, max: bodiesInFlightBytes };
  const route = (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const path = pathOf(req.url);
    if (path === null) return sendText(res, 400, 'bad request');
    if (path.startsWith('/api/')) {
      handleApi(req, res, path.slice('/api/'.length), options.dispatch, budget).catch((error: unknown) => failRequest(res, error));
      return;
    }
    if (path === '/events') {
      serveEvents(req, res, options.dispatch, options.changes, streams).catch((error: unknown) => failRequest(res, error));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    if (path === '/' || path === '/index.html') res.setHeader('Cache-Control', 'no-store');
    statics(req, res, () => sendText(res, 404, 'not found'));
  };
  const server = createServer({ cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' }, guarded(route));
  hardenServer(server);
  // Someone who types the address without https:// reaches the same port in plain HTTP: they are sent to HTTPS.
  const plain = createHttpServer(guarded(toHttps));
  hardenServer(plain);
  // Every connection, whichever server reads it: closing the host ends them all (open event streams included).
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.setTimeout(10_000, () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(first);
      // A TLS connection starts with a handshake record (22); anything else is read as plain HTTP.
      (first[0] === 22 ? server : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(options.port, options.host, () => {
      front.off('error', reject);
      resolve();
    });
  });
  return {
    port: (front.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        front.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** A plain-HTTP request: sent to the same address over HTTPS (never served, never read further). */
function toHttps(req: IncomingMessage, res: ServerResponse): void {
  const host = req.headers.host ?? '';
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) {
    sendText(res, 400, 'bad request');
    return;
  }
  res.setHeader('Location', `https://${host}${pathOf(req.url) ?? '/'}`);
  sendText(res, 308, 'https');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, dispatch: Dispatch, budget: BodyBudget): Promise<void> {
  // A page of another site may not call: the origin, when the browser sends one, is this server's own.
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `https://${req.headers.host ?? ''}`) return sendResult(res, 403, hostRefusal('FORBIDDEN', 'foreign origin', 'origin'));
  // Another contract is refused before its body is read, in the language the browser asks for.
  const client = req.headers[contractVersionHeader];
  if (client !== String(contractVersion)) {
    const locale = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'es';
    const details = { client: typeof client === 'string' ? client.slice(0, 20) : '—', server: contractVersion, scope: 'contract' };
    return sendResult(res, 426, fail({ code: 'CONTRACT_MISMATCH', message: translate(locale, 'errors.CONTRACT_MISMATCH', details), details }));
  }
  // What anyone may call before signing in is small: a large body needs a method only signed-in people call.
  const open = isMethodName(method) && contract[method].roles === 'public';
  const call = await readCall(req, res, open ? publicBodyBytes : maxBodyBytes, budget);
  if (!call) return;
  // Method names are plain words: the path segment is passed as it came (never decoded), and an unknown one is refused.
  const result = await dispatch(method, call.input, call.meta, req.socket.remoteAddress ?? 'office');
  sendResult(res, result.ok ? 200 : httpStatusOf(result.error.code), result);
}
