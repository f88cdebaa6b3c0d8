import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { letterheadRepository } from '../repositories/letterheadRepository';
import type { Database } from 'better-sqlite3';
import type { Letterhead } from '../../shared/domain/letterhead';

/** Letterheads: what every page carries. A letterhead in use never changes, so old communiqués keep their paper. */
export const letterheadService: Pick<Handlers, 'listLetterheads' | 'getLetterhead' | 'createLetterhead' | 'updateLetterhead'> = {
  listLetterheads: (_input, { db }) => letterheadRepository(db).list(),
  getLetterhead: ({ id }, { db }) => requireLetterhead(db, id),
  createLetterhead: (input, { db, actor, now }) => {
    const at = now().toISOString();
    const id = db
      .transaction(() => {
        const created = letterheadRepository(db).insert(input, at);
        auditRepository(db).append({ at, actor: actor.name, action: 'letterhead-create', communiqueId: null, details: { id: created, name: input.name } });
        return created;
      })
      .immediate();
    return requireLetterhead(db, id);
  },
  updateLetterhead: ({ id, ...input }, { db, actor, now }) => {
    const at = now().toISOString();
    db.transaction(() => {
      requireLetterhead(db, id);
      const usedBy = letterheadRepository(db).usedBy(id);
      if (usedBy > 0) throw new AppError('LETTERHEAD_IN_USE', { id, count: usedBy });
      letterheadRepository(db).update(id, input);
      auditRepository(db).append({ at, actor: actor.name, action: 'letterhead-update', communiqueId: null, details: { id, name: input.name } });
    }).immediate();
    return requireLetterhead(db, id);
  },
};

function requireLetterhead(db: Database, id: number): Letterhead {
  const letterhead = letterheadRepository(db).get(id);
  if (!letterhead) throw new AppError('LETTERHEAD_NOT_FOUND', { id });
  return letterhead;
}
