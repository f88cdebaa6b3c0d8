import type { Engine } from '../db/Engine';
import { archiveRepository } from './archiveRepository';
import { auditRepository } from './auditRepository';
import { commentRepository } from './commentRepository';
import { communiqueSearchRepository } from './communiqueSearchRepository';
import { communiqueRepository } from './communiqueRepository';
import { decisionRepository } from './decisionRepository';
import { draftKeyRepository } from './draftKeyRepository';
import { exportRepository } from './exportRepository';
import { letterheadRepository } from './letterheadRepository';
import { numberLogRepository } from './numberLogRepository';
import { officeWordRepository } from './officeWordRepository';
import { seriesRepository } from './seriesRepository';
import { sessionRepository } from './sessionRepository';
import type { StoreQueries } from './StoreQueries';
import { userRepository } from './userRepository';
import { versionRepository } from './versionRepository';

/** Every repository over the query builder bound to one transaction, on either engine. */
export function repositoriesOn(db: StoreQueries, engine: Engine) {
  return {
    archive: archiveRepository(db),
    audit: auditRepository(db),
    comments: commentRepository(db),
    communiques: communiqueRepository(db, engine),
    search: communiqueSearchRepository(db, engine),
    decisions: decisionRepository(db),
    draftKeys: draftKeyRepository(db),
    exports: exportRepository(db),
    letterheads: letterheadRepository(db),
    numbers: numberLogRepository(db, engine),
    officeWords: officeWordRepository(db),
    series: seriesRepository(db),
    sessions: sessionRepository(db),
    users: userRepository(db, engine),
    versions: versionRepository(db),
  };
}

/** Every repository, as a call sees them. */
export type Repositories = ReturnType<typeof repositoriesOn>;
