import type { Transport } from '../../../shared/contract/redactaApi';
import type { Result } from '../../../shared/contract/result';

/** Carries contract calls to the browser-mode host as `POST /api/<method>`, with the session token. */
export function httpTransport(token: string, onUnauthorized: () => void): Transport {
  return async (method, input, meta) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ input, meta }),
      });
    } catch (error) {
      return unavailable(error instanceof Error ? error.message : String(error));
    }
    let result: Result<unknown>;
    try {
      result = (await response.json()) as Result<unknown>;
    } catch {
      return unavailable(`HTTP ${response.status}`);
    }
    // The host refusing this tab's launch token (not the contract asking someone to sign in).
    if (!result.ok && result.error.details.scope === 'token') onUnauthorized();
    return result;
  };
}

function unavailable(detail: string): Result<never> {
  return { ok: false, error: { code: 'UNAVAILABLE', message: detail, details: { detail } } };
}
