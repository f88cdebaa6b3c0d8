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
 * Where sessions live: each is a random token handed to the person, kept by a digest only. The back end consults it on
 * every call; an implementation over the store (issue 15) replaces the in-memory one without changing its callers.
 */
export interface SessionStore {
  /** Opens a session for a person at `now` and returns its token. */
  open(userId: number, credential: string, now: number): string;
  /** The session a token names if it is still live at `now` (marking it used); one that expired is forgotten. */
  use(token: string | undefined, now: number): Session | undefined;
  /** Lets a session go on under a new passphrase: its owner just changed it from this very session. */
  renew(token: string | undefined, credential: string): void;
  /** Closes a session. */
  close(token: string | undefined): void;
  /** Closes every session of a person, but the one named by `keep` (the caller's own, when they change their passphrase). */
  closeAllOf(userId: number, keep?: string | undefined): void;
}
