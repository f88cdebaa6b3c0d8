import { contractVersion, contractVersionHeader } from '../../../shared/contract/contractVersion';
import type { LiveMessage } from '../../../shared/desk/deskMethodNames';

/** Opens the office's stream of writes for a session: an HTTP answer whose body is the stream. */
export type LiveOpen = (session: string, signal: AbortSignal) => Promise<Response>;

/** Window.redactaLive, as the preload exposes it: opens the stream in the main process, and gives back its close. */
export interface LiveBridge {
  open(session: string, onMessage: (message: LiveMessage) => void): () => void;
}

/** The stream at this page's own `/events`: an office server's, or the one a desk's browser mode passes on (with its launch token). */
export function fetchEvents(token: string | null): LiveOpen {
  return (session, signal) =>
    fetch('/events', {
      headers: {
        'x-redacta-session': session,
        [contractVersionHeader]: String(contractVersion),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      signal,
      cache: 'no-store',
    });
}

/** The stream the app's main process passes on over IPC, read as the same HTTP answer. */
export function bridgedEvents(bridge: LiveBridge): LiveOpen {
  return (session, signal) =>
    new Promise<Response>((resolve, reject) => {
      const encoder = new TextEncoder();
      let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
      const body = new ReadableStream<Uint8Array>({
        start: (given) => {
          controller = given;
        },
        cancel: () => close(),
      });
      const close = bridge.open(session, (message) => {
        if ('status' in message) {
          if (message.status !== 200) close();
          resolve(new Response(message.status === 200 ? body : null, { status: message.status }));
        } else if ('chunk' in message) controller?.enqueue(encoder.encode(message.chunk));
        else controller?.close();
      });
      signal.addEventListener('abort', () => {
        close();
        reject(new DOMException('aborted', 'AbortError'));
        try {
          controller?.error(new DOMException('aborted', 'AbortError'));
        } catch {
          // Already closed: nothing to end.
        }
      });
    });
}
