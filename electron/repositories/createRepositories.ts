import type { Database } from 'better-sqlite3';
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

/** Every repository over one open database; built once, so each statement is prepared once. */
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
    officeWords: officeWordRepository(db),
    series: seriesRepository(db),
    users: userRepository(db),
    versions: versionRepository(db),
  };
}

/** Every repository over one open database. */
export type Repositories = ReturnType<typeof createRepositories>;
