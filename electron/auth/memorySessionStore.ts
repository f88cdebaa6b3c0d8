import { createHash, randomBytes } from 'node:crypto';
import { sessionEndsAt } from '../../shared/auth/sessionLifetime';
import type { Session, SessionStore } from './SessionStore';

/** Sessions kept in this back-end process only: all end when the app stops. */
export function memorySessionStore(): SessionStore {
  // Keyed by the token's digest, as a stored table would be: what is kept never lets anyone in by itself.
  const sessions = new Map<string, Session>();
  const keyOf = (token: string) => createHash('sha256').update(token).digest('base64url');
  return {
    open(userId, credential, now) {
      const token = randomBytes(32).toString('base64url');
      sessions.set(keyOf(token), { userId, credential, openedAt: now, usedAt: now });
      return token;
    },
    use(token, now) {
      if (!token) return undefined;
      const key = keyOf(token);
      const session = sessions.get(key);
      if (!session) return undefined;
      if (now >= sessionEndsAt(session.openedAt, session.usedAt)) {
        sessions.delete(key);
        return undefined;
      }
      session.usedAt = Math.max(session.usedAt, now);
      return { ...session };
    },
    renew(token, credential) {
      const session = token ? sessions.get(keyOf(token)) : undefined;
      if (session) session.credential = credential;
    },
    close(token) {
      if (token) sessions.delete(keyOf(token));
    },
    closeAllOf(userId, keep) {
      const kept = keep ? keyOf(keep) : undefined;
      for (const [key, session] of sessions) if (session.userId === userId && key !== kept) sessions.delete(key);
    },
  };
}
