import type { IncomingMessage } from 'node:http';

/** Largest request the host reads: a communiqué with its images fits well inside. */
export const maxBodyBytes = 25 * 1024 * 1024;

/** Why a body could not be read. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 503,
    message: string,
  ) {
    super(message);
  }
}

/** Bytes of request bodies being read at once across a host's requests, and the most it holds (an office server's memory). */
export interface BodyBudget {
  inFlight: number;
  max: number;
}

/** Reads and parses a JSON request body, refusing anything over `limit` bytes, or over what the host's budget has left. */
export async function readJsonBody(req: IncomingMessage, limit = maxBodyBytes, budget?: BodyBudget): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (budget) budget.inFlight += buffer.length;
      if (size > limit) throw new BodyError(413, `request body over ${limit} bytes`);
      if (budget && budget.inFlight > budget.max) throw new BodyError(503, 'server busy reading other requests');
      chunks.push(buffer);
    }
  } finally {
    if (budget) budget.inFlight -= size;
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new BodyError(400, error instanceof Error ? error.message : 'invalid JSON');
  }
}
