import type { Kysely } from 'kysely';
import type { StoreSchema } from '../db/schema/StoreSchema';

/** The query builder as a repository uses it: bound to the call's transaction, on either engine. */
export type StoreQueries = Kysely<StoreSchema>;
