import type { IncomingMessage, ServerResponse } from 'node:http';
import { contractVersion, contractVersionHeader } from '../../shared/contract/contractVersion';
import type { LiveChange } from '../../shared/live/liveChange';
import type { ChangeFeed } from '../api/changeFeed';
import type { Dispatch } from '../api/createDispatcher';
import { hostRefusal, sendResult } from './hostResponses';

/** The header an event stream's request carries its session in (never the address, which logs and histories keep). */
export const sessionHeader = 'x-redacta-session';

/** How often an open stream says it is alive, and its session is checked again. */
export const heartbeatMs = 25_000;

/** At most this many streams per session (tabs of one person) and in all: a client cannot hold the server's memory. */
const perSession = 8;
const inAll = 1000;

/** The streams open now, per session. */
export interface EventStreams {
  open: Map<string, number>;
  total: number;
}

/**
 * `GET /events`: a signed-in person's stream of the writes that land (server-sent events), for their screens to ask
 * again. A stream ends when its session does (checked at every heartbeat, passively: listening never keeps a session
 * going) or the client goes.
 */
export async function serveEvents(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch, changes: ChangeFeed, streams: EventStreams): Promise<void> {
  if (req.method !== 'GET') return sendResult(res, 405, hostRefusal('INVALID_INPUT', 'use GET', 'events'));
  if (req.headers[contractVersionHeader] !== String(contractVersion)) return sendResult(res, 426, hostRefusal('INVALID_INPUT', 'contract version', 'contract'));
  const session = req.headers[sessionHeader];
  const signedIn = async () => {
    if (typeof session !== 'string' || session.length > 100) return false;
    const answer = await dispatch('getSession', {}, { session, passive: true }, req.socket.remoteAddress ?? 'office');
    return answer.ok && (answer.value as { actor: unknown }).actor !== null;
  };
  // A client gone while it was being let in is never counted: its close has already happened.
  let gone = false;
  res.once('close', () => {
    gone = true;
  });
  if (typeof session !== 'string' || !(await signedIn())) return sendResult(res, 401, hostRefusal('UNAUTHORIZED', 'sign in first', 'events'));
  if (gone) return;
  const mine = streams.open.get(session) ?? 0;
  if (mine >= perSession || streams.total >= inAll) return sendResult(res, 429, hostRefusal('FORBIDDEN', 'too many streams', 'events'));
  streams.open.set(session, mine + 1);
  streams.total += 1;
  let ended = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let unsubscribe = () => undefined as unknown;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    const left = (streams.open.get(session) ?? 1) - 1;
    if (left > 0) streams.open.set(session, left);
    else streams.open.delete(session);
    streams.total -= 1;
    res.destroy();
  };
  // A reader too slow to take what is written (a megabyte waiting) is let go: it comes back and asks again.
  const send = (text: string) => {
    if (ended) return;
    res.write(text);
    if (res.writableLength > 1_000_000) end();
  };
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  // Told to come back in 2 s when the stream breaks; the first line tells the client it is listening.
  send('retry: 2000\n: listening\n\n');
  unsubscribe = changes.subscribe((change) => send(eventText(change)));
  heartbeat = setInterval(() => {
    void signedIn().then((still) => (still ? send(': alive\n\n') : end()));
  }, heartbeatMs);
  res.once('close', end);
}

/** Each change is written out once, whatever the number of screens listening. */
const written = new WeakMap<LiveChange, string>();
function eventText(change: LiveChange): string {
  let text = written.get(change);
  if (text === undefined) {
    text = `data: ${JSON.stringify(change)}\n\n`;
    written.set(change, text);
  }
  return text;
}
