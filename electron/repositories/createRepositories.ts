import type { Database } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { StoreSchema } from '../db/schema/StoreSchema';
import { archiveRepository } from './archiveRepository';
import { auditRepository } from './auditRepository';
import { commentRepository } from './commentRepository';
import { communiqueSearchRepository } from './communiqueSearchRepository';
import { communiqueRepository } from './communiqueRepository';
import { decisionRepository } from './decisionRepository';
import { exportRepository } from './exportRepository';
import { letterheadRepository } from './letterheadRepository';
import { numberLogRepository } from './numberLogRepository';
import { officeWordRepository } from './officeWordRepository';
import { seriesRepository } from './seriesRepository';
import { userRepository } from './userRepository';
import { versionRepository } from './versionRepository';

/** The repositories still written for better-sqlite3, over one open database; built once, so each statement is prepared once. */
export function createRepositories(db: Database) {
  return {
    archive: archiveRepository(db),
    audit: auditRepository(db),
    comments: commentRepository(db),
    communiques: communiqueRepository(db),
    search: communiqueSearchRepository(db),
    decisions: decisionRepository(db),
    exports: exportRepository(db),
    letterheads: letterheadRepository(db),
    numbers: numberLogRepository(db),
    series: seriesRepository(db),
    users: userRepository(db),
    versions: versionRepository(db),
  };
}

/** The repositories of one transaction: those prepared once on its connection, and those on the query builder bound to it (both engines). */
export function repositoriesOn(prepared: ReturnType<typeof createRepositories>, executor: Kysely<StoreSchema>) {
  return { ...prepared, officeWords: officeWordRepository(executor) };
}

/** Every repository, as a call sees them. */
export type Repositories = ReturnType<typeof repositoriesOn>;
