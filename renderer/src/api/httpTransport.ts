import { contractVersion, contractVersionHeader } from '../../../shared/contract/contractVersion';
import type { CallMeta } from '../../../shared/contract/callMeta';
import type { Result } from '../../../shared/contract/result';
import { unavailable } from '../../../shared/contract/result';
import { jsonBody } from './jsonBody';

/** What the host itself may refuse, apart from the contract: the tab's launch token, or this page's contract version. */
export interface HostRefusals {
  onUnauthorized(): void;
  onContractMismatch(message: string): void;
}

/**
 * Carries contract calls to the host as `POST /api/<method>`: browser mode's with the tab's launch token, an office
 * server's (`token` null) with none; both with this page's contract version. A desk's own methods go to `/desk/`.
 */
export function httpTransport(
  token: string | null,
  refusals: HostRefusals,
  base = '/api/',
): (method: string, input: unknown, meta: CallMeta) => Promise<Result<unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', [contractVersionHeader]: String(contractVersion) };
  if (token) headers.Authorization = `Bearer ${token}`;
  return async (method, input, meta) => {
    let response: Response;
    try {
      // A Blob encoded in slices: a string body is encoded and copied on the page's thread in one piece (40 ms for 1 MB).
      const body = await jsonBody({ input, meta });
      response = await fetch(`${base}${method}`, { method: 'POST', headers, body });
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
    if (!result.ok && result.error.details.scope === 'token') refusals.onUnauthorized();
    if (!result.ok && result.error.code === 'CONTRACT_MISMATCH') refusals.onContractMismatch(result.error.message);
    return result;
  };
}
