import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostRefusal, sendResult } from './hostResponses';
import type { BodyBudget } from './readJsonBody';
import { BodyError, maxBodyBytes, readJsonBody } from './readJsonBody';

/** A contract call as a request carries it: `POST /api/<method>` with `{input, meta}` as JSON. */
export interface CallEnvelope {
  input: unknown;
  meta: unknown;
}

/** Reads a call's envelope (at most `limit` bytes, within the host's budget), or answers the request with why it cannot (and returns null). */
export async function readCall(req: IncomingMessage, res: ServerResponse, limit = maxBodyBytes, budget?: BodyBudget): Promise<CallEnvelope | null> {
  if (req.method !== 'POST') {
    sendResult(res, 405, hostRefusal('INVALID_INPUT', 'use POST'));
    return null;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendResult(res, 415, hostRefusal('INVALID_INPUT', 'send application/json'));
    return null;
  }
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    sendResult(res, 413, hostRefusal('INVALID_INPUT', `request body over ${limit} bytes`));
    return null;
  }
  let envelope: unknown;
  try {
    envelope = await readJsonBody(req, limit, budget);
  } catch (error) {
    sendResult(res, error instanceof BodyError ? error.status : 400, hostRefusal('INVALID_INPUT', error instanceof BodyError ? error.message : 'bad body'));
    return null;
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    sendResult(res, 400, hostRefusal('INVALID_INPUT', 'send a JSON object {input, meta}'));
    return null;
  }
  const { input, meta } = envelope as { input?: unknown; meta?: unknown };
  return { input, meta };
}
