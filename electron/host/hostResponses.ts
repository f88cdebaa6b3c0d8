import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../shared/contract/result';
import { closeAfterLargeAnswer } from './closeAfterLargeAnswer';

/** The request's path, or null when its target cannot be read as a URL. */
export function pathOf(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://host').pathname;
  } catch {
    return null;
  }
}

/** A request that failed inside the host: logged, answered 500 without detail if nothing was sent yet, else cut. */
export function failRequest(res: ServerResponse, error: unknown): void {
  console.error('[redacta] request failed:', error);
  if (res.headersSent) res.destroy();
  else sendText(res, 500, 'internal error');
}

/** A refusal by the host itself (not the contract): `scope` says what the page should make of it. */
export function hostRefusal(code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'INVALID_INPUT', message: string, scope = 'token'): Result<never> {
  return { ok: false, error: { code, message, details: { scope } } };
}

export function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  const bytes = Buffer.byteLength(body);
  closeAfterLargeAnswer(res, bytes);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes, 'Cache-Control': 'no-store' });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  const bytes = Buffer.byteLength(text);
  closeAfterLargeAnswer(res, bytes);
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': bytes });
  res.end(text);
}

/** Whatever a request holds, it gets an answer and the host lives on: a guard around each request's handling. */
export function guarded(route: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    try {
      route(req, res);
    } catch (error) {
      failRequest(res, error);
    }
  };
}
