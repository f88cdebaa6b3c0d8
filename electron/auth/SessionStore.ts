import { randomBytes } from 'node:crypto';

/** Who signed in on a session. */
export interface Session {
  userId: number;
  signedInAt: string;
}

/** Sessions of this back-end process: a random token per sign-in, forgotten on sign-out or when the app stops. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** Opens a session for a person and returns its token. */
  open(userId: number, at: string): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, signedInAt: at });
    return token;
  }

  /** The session a token names, if it is open. */
  get(token: string | undefined): Session | undefined {
    return token ? this.sessions.get(token) : undefined;
  }

  /** Closes a session. */
  close(token: string | undefined): void {
    if (token) this.sessions.delete(token);
  }
}
