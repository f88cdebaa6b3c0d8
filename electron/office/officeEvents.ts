import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { contractVersion, contractVersionHeader } from '../../shared/contract/contractVersion';
import type { OfficeAddress } from './officeTransport';
import { pinnedSocket } from './officeTransport';

/**
 * Opens the office's stream of writes that land (`GET /events`) for `session`, over a connection whose certificate is
 * the pinned one: the answer as it comes (its status, then the stream), for a desk to pass on to its page.
 */
export async function officeEvents(address: OfficeAddress, session: string): Promise<IncomingMessage> {
  const base = new URL(address.url);
  const socket = address.fingerprint ? await pinnedSocket(base, address.fingerprint) : undefined;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(new URL('/events', base), {
      method: 'GET',
      headers: { 'x-redacta-session': session, [contractVersionHeader]: String(contractVersion), accept: 'text/event-stream' },
      ...(socket ? { createConnection: () => socket } : {}),
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}
