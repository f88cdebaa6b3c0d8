import type { StoreQueries } from './StoreQueries';

/** A session as stored: by its token's digest, with the profile and passphrase fingerprint it was opened with. */
export interface StoredSession {
  digest: string;
  userId: number;
  credential: string;
  /** Epoch milliseconds. */
  openedAt: number;
  usedAt: number;
}

/** Keeps sessions in the store, on either engine (PostgreSQL hands bigints back as text: read as numbers). */
export function sessionRepository(db: StoreQueries) {
  return {
    insert: async (session: StoredSession): Promise<void> => {
      await db
        .insertInto('sessions')
        .values({ token_digest: session.digest, user_id: session.userId, credential: session.credential, opened_at: session.openedAt, used_at: session.usedAt })
        .execute();
    },
    byDigest: async (digest: string): Promise<StoredSession | undefined> => {
      const row = await db.selectFrom('sessions').selectAll().where('token_digest', '=', digest).executeTakeFirst();
      if (!row) return undefined;
      return { digest, userId: row.user_id, credential: row.credential, openedAt: Number(row.opened_at), usedAt: Number(row.used_at) };
    },
    /** Records a call on the session: never moves its last use back. */
    touch: async (digest: string, usedAt: number): Promise<void> => {
      await db.updateTable('sessions').set({ used_at: usedAt }).where('token_digest', '=', digest).where('used_at', '<', usedAt).execute();
    },
    setCredential: async (digest: string, credential: string): Promise<void> => {
      await db.updateTable('sessions').set({ credential }).where('token_digest', '=', digest).execute();
    },
    remove: async (digest: string): Promise<void> => {
      await db.deleteFrom('sessions').where('token_digest', '=', digest).execute();
    },
    /** Removes every session of a profile but the one whose digest is `keep`. */
    removeAllOf: async (userId: number, keep: string | undefined): Promise<void> => {
      await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .$if(keep !== undefined, (query) => query.where('token_digest', '<>', keep ?? ''))
        .execute();
    },
    /** Removes the sessions idle since before `idleBefore` or opened before `openedBefore`: ended, never to count again. */
    removeEnded: async (idleBefore: number, openedBefore: number): Promise<void> => {
      await db
        .deleteFrom('sessions')
        .where((where) => where.or([where('used_at', '<=', idleBefore), where('opened_at', '<=', openedBefore)]))
        .execute();
    },
    /** Every session ends (a restored backup: nobody signs in with what the copy held). */
    removeAll: async (): Promise<void> => {
      await db.deleteFrom('sessions').execute();
    },
  };
}
