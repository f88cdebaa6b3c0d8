import { createHash, randomBytes } from 'node:crypto';
import { sessionLifetime } from '../../shared/auth/sessionLifetime';
import type { Repositories } from '../repositories/createRepositories';
import type { SessionStore } from './SessionStore';

/** What the store keeps of a token: its SHA-256, which never lets anyone in by itself. */
export const sessionDigest = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** The sessions of one write transaction's store. */
export function storedSessions(repo: Repositories['sessions']): SessionStore {
  return {
    async open(userId, credential, now) {
      // Sessions that ended are forgotten as new ones open: the table holds the live ones and a few just ended.
      await repo.removeEnded(now - sessionLifetime.idleMs, now - sessionLifetime.absoluteMs);
      const token = randomBytes(32).toString('base64url');
      await repo.insert({ digest: sessionDigest(token), userId, credential, openedAt: now, usedAt: now });
      return token;
    },
    async renew(token, credential) {
      if (token) await repo.setCredential(sessionDigest(token), credential);
    },
    async close(token) {
      if (token) await repo.remove(sessionDigest(token));
    },
    async closeAllOf(userId, keep) {
      await repo.removeAllOf(userId, keep ? sessionDigest(keep) : undefined);
    },
  };
}
