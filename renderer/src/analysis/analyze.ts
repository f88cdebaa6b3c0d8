import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import type { AnalysisMessage, AnalysisRequest, AnalysisResponse } from './analysisProtocol';
import { bodyPatch } from './bodyPatch';

/** Name of the performance measure of one check, from the text sent to the findings back. */
export const analysisMeasure = 'redacta:analysis';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (response: AnalysisResponse) => void>();
/** The body's blocks the worker holds, as of the last request sent. */
let held: readonly BodyNodeJson[] = [];

/** Sends the text to the analysis worker (started on first use) and resolves with its findings. */
export function analyze(request: Omit<AnalysisRequest, 'id'>): Promise<AnalysisResponse> {
  worker ??= createWorker();
  const id = ++nextId;
  const sent = performance.now();
  return new Promise((resolve) => {
    waiting.set(id, (response) => {
      // How long each check takes, for `npm run bench`.
      performance.measure(analysisMeasure, { start: sent });
      resolve(response);
    });
    const { content: blocks, ...shell } = request.content.body;
    const message: AnalysisMessage = { ...request, id, content: { ...request.content, body: shell }, bodyPatch: bodyPatch(held, blocks ?? []) };
    worker?.postMessage(message);
    // Only once it went: a message that could not be sent leaves the worker's blocks as they were.
    held = blocks ?? [];
  });
}

function createWorker(): Worker {
  const created = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  return created;
}
