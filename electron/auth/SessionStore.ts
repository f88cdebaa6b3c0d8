/** Who signed in on a session, and what it was opened with. */
export interface Session {
  userId: number;
  /** A fingerprint of the passphrase hash signed in with: a new passphrase, set anywhere, ends the session. */
  credential: string;
  /** When it was opened and last used (epoch milliseconds). */
  openedAt: number;
  usedAt: number;
}

/**
 * Sessions as a call's write transaction changes them (`storedSessions`): each is a random token handed to the person,
 * kept in the store by its digest only, so it outlives the process and a restart signs nobody out.
 */
export interface SessionStore {
  /** Opens a session for a person at `now` and returns its token. */
  open(userId: number, credential: string, now: number): Promise<string>;
  /** Lets a session go on under a new passphrase: its owner just changed it from this very session. */
  renew(token: string | undefined, credential: string): Promise<void>;
  /** Closes a session. */
  close(token: string | undefined): Promise<void>;
  /** Closes every session of a person, but the one named by `keep` (the caller's own, when they change their passphrase). */
  closeAllOf(userId: number, keep?: string | undefined): Promise<void>;
}
