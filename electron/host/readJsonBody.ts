import type { IncomingMessage } from 'node:http';

/** Largest request the host reads: a communiqué with its images fits well inside. */
export const maxBodyBytes = 25 * 1024 * 1024;

/** Why a body could not be read. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Reads and parses a JSON request body, refusing anything over `maxBodyBytes`. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw new BodyError(413, `request body over ${maxBodyBytes} bytes`);
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new BodyError(400, error instanceof Error ? error.message : 'invalid JSON');
  }
}
