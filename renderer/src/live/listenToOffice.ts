import type { LiveChange } from '../../../shared/live/liveChange';
import { liveChangeSchema } from '../../../shared/live/liveChange';
import type { LiveOpen } from './liveOpen';

/** What a screen hears: a write that landed, or that the stream came back after a break (anything may have changed). */
export type Heard = LiveChange | { method: 'reconnected'; communiqueId: null; by: '' };

/** How long to wait before listening again after the stream broke: longer after each failure, up to half a minute. */
const againAfterMs = (failures: number) => Math.min(30_000, 2000 * 2 ** Math.min(failures, 4));

/**
 * Listens to the office's stream of writes (`open`) with this tab's session, until stopped; after a break it listens again and
 * says so. A refusal that waiting will not mend (the session ended: 401; the server speaks another contract: 426)
 * stops it and is told to `refused`. Each event is read through the shared schema: anything else is ignored.
 */
export function listenToOffice(open: LiveOpen, session: () => string | undefined, heard: (change: Heard) => void, refused: () => void): () => void {
  const stop = new AbortController();
  void (async () => {
    let broke = false;
    let failures = 0;
    while (!stop.signal.aborted) {
      try {
        const response = await open(session() ?? '', stop.signal);
        if (response.status === 401 || response.status === 426) {
          refused();
          return;
        }
        if (response.ok && response.body) {
          if (broke) heard({ method: 'reconnected', communiqueId: null, by: '' });
          failures = 0;
          await readEvents(response.body, heard);
        }
      } catch {
        // A network break or the stop: the loop decides.
      }
      broke = true;
      failures += 1;
      await new Promise((resolve) => setTimeout(resolve, againAfterMs(failures)));
    }
  })();
  return () => stop.abort();
}

/** Reads `data:` lines of a server-sent event stream until it ends. */
async function readEvents(body: ReadableStream<Uint8Array>, heard: (change: Heard) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      if (data) {
        try {
          const parsed = liveChangeSchema.safeParse(JSON.parse(data));
          if (parsed.success) heard(parsed.data);
        } catch {
          // Not JSON: not an event of ours.
        }
      }
      end = buffer.indexOf('\n\n');
    }
  }
}
