import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Dispatch } from '../api/createDispatcher';
import type { DeskRouter } from '../desk/deskRouter';
import { httpStatusOf } from './httpStatusOf';
import { hardenServer } from './hardenServer';
import { failRequest, guarded, hostRefusal, pathOf, sendResult, sendText } from './hostResponses';
import { readCall } from './readCall';
import { setSecurityHeaders } from './securityHeaders';
import { tokenMatches } from './tokenMatches';

/** The only address browser mode ever listens on. */
export const loopback = '127.0.0.1';

/** How to start browser mode. */
export interface HostOptions {
  dispatch: Dispatch;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The token every `/api/` call must carry (a new random one unless given: `serve` keeps one beside the store). */
  token?: string | undefined;
  /** The desk's own methods (`POST /desk/<method>`) and the office's live stream passed on (`GET /events`), when `dispatch` is a desk's. */
  desk?: Pick<DeskRouter, 'desk' | 'events'> | undefined;
}

/** A running browser-mode host. */
export interface RunningHost {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Serves the built renderer and the contract as `POST /api/<method>` on 127.0.0.1, behind a token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const statics = sirv(options.rendererDir, { dev: false, etag: true, dotfiles: false });
  let port = options.port;

  const route = (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const path = pathOf(req.url);
    if (path === null) return sendText(res, 400, 'bad request');
    const context = { token, port, dispatch: options.dispatch, desk: options.desk };
    if (path.startsWith('/api/') || (context.desk && path.startsWith('/desk/'))) {
      handleApi(req, res, path, context).catch((error: unknown) => failRequest(res, error));
      return;
    }
    if (context.desk && path === '/events') {
      passOnEvents(req, res, context).catch((error: unknown) => failRequest(res, error));
      return;
    }
    if (!hostAllowed(req, port)) return sendText(res, 421, 'misdirected request');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    if (path === '/' || path === '/index.html') res.setHeader('Cache-Control', 'no-store');
    statics(req, res, () => sendText(res, 404, 'not found'));
  };
  // Whatever a request holds, it gets an answer and the host lives on (any web page the person visits can send one).
  const server = createServer(guarded(route));
  hardenServer(server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopback, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${loopback}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface ApiContext {
  token: string;
  port: number;
  dispatch: Dispatch;
  desk: Pick<DeskRouter, 'desk' | 'events'> | undefined;
}

/** The token, then our own names and origin: a caller without them learns nothing, not even whether the path exists. */
function refusedCaller(req: IncomingMessage, res: ServerResponse, context: ApiContext): boolean {
  if (!tokenMatches(req.headers.authorization, context.token)) {
    sendResult(res, 401, hostRefusal('UNAUTHORIZED', 'missing or wrong token'));
    return true;
  }
  if (!hostAllowed(req, context.port) || !originAllowed(req, context.port)) {
    sendResult(res, 403, hostRefusal('FORBIDDEN', 'foreign origin'));
    return true;
  }
  return false;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, context: ApiContext): Promise<void> {
  if (refusedCaller(req, res, context)) return;
  const call = await readCall(req, res);
  if (!call) return;
  // Method names are plain words: the path segment is passed as it came (never decoded), and an unknown one is refused.
  const result =
    context.desk && path.startsWith('/desk/')
      ? await context.desk.desk(path.slice('/desk/'.length), call.input, call.meta)
      : await context.dispatch(path.slice('/api/'.length), call.input, call.meta, req.socket.remoteAddress ?? 'browser');
  sendResult(res, result.ok ? 200 : httpStatusOf(result.error.code), result);
}

/** A desk working in an office: the office's live stream for this tab's session, passed on as it comes. */
async function passOnEvents(req: IncomingMessage, res: ServerResponse, context: ApiContext): Promise<void> {
  if (refusedCaller(req, res, context) || !context.desk) return;
  if (req.method !== 'GET') return sendText(res, 405, 'method not allowed');
  const session = req.headers['x-redacta-session'];
  const { status, stream } = await context.desk.events(typeof session === 'string' ? session.slice(0, 200) : '');
  if (!stream) return sendText(res, status, 'no stream');
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
  stream.pipe(res);
  res.on('close', () => stream.destroy());
}

/** Only our own names for the loopback address: a foreign Host header means DNS rebinding. */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `${loopback}:${port}` || host === `localhost:${port}`;
}

function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${loopback}:${port}` || origin === `http://localhost:${port}`;
}
