import type { StoreQueries } from './StoreQueries';

/** A draft a desk named before it reached the office: which communiqué it became, and the revision its create left. */
export interface DraftKey {
  communiqueId: number;
  revision: number;
}

/** Keeps the names desks gave drafts started away from the office, per person, on either engine. */
export function draftKeyRepository(db: StoreQueries) {
  return {
    find: async (person: string, key: string): Promise<DraftKey | undefined> => {
      const row = await db
        .selectFrom('draft_keys')
        .select(['communique_id', 'revision'])
        .where('created_by', '=', person)
        .where('draft_key', '=', key)
        .executeTakeFirst();
      return row && { communiqueId: row.communique_id, revision: row.revision };
    },
    insert: async (person: string, key: string, draft: DraftKey): Promise<void> => {
      await db.insertInto('draft_keys').values({ created_by: person, draft_key: key, communique_id: draft.communiqueId, revision: draft.revision }).execute();
    },
    setRevision: async (person: string, key: string, revision: number): Promise<void> => {
      await db.updateTable('draft_keys').set({ revision }).where('created_by', '=', person).where('draft_key', '=', key).execute();
    },
  };
}
