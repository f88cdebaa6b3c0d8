import { validateBody } from '../../shared/body/validateBody';
import { completeContent } from '../../shared/domain/completeContent';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import type { Content } from '../../shared/domain/content';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { communiqueRepository } from '../repositories/communiqueRepository';
import { letterheadRepository } from '../repositories/letterheadRepository';
import { seriesRepository } from '../repositories/seriesRepository';
import type { HandlerContext } from '../api/HandlerContext';
import { requireCommunique } from './requireCommunique';
import { assertTransition } from './transitions';

/** Drafting: create, read, list and autosave communiqués. */
export const communiqueService: Pick<Handlers, 'listCommuniques' | 'getCommunique' | 'createCommunique' | 'saveCommunique'> = {
  listCommuniques: ({ limit }, { db }) => communiqueRepository(db).list(limit ?? -1),

  getCommunique: ({ id }, { db }) => requireCommunique(db, id),

  createCommunique: ({ content: input }, context) => {
    const { db, actor } = context;
    const content = completeContent(input, context.now());
    assertStorable(content, context);
    // The letterhead in force on the day the communiqué is started; it keeps that one for good.
    const letterheadId = letterheadRepository(db).idValidOn(toIsoDate(context.now()));
    if (letterheadId === undefined) throw new Error('no letterhead in the database');
    const at = context.now().toISOString();
    const create = db.transaction(() => {
      const id = communiqueRepository(db).insert({ content, letterheadId, actor: actor.name, at });
      auditRepository(db).append({ at, actor: actor.name, action: 'create', communiqueId: id, details: { series: content.series } });
      return id;
    });
    return requireCommunique(db, create.immediate());
  },

  saveCommunique: ({ id, revision, content }, context) => {
    assertStorable(content, context);
    const current = requireCommunique(context.db, id);
    assertTransition(current, 'edit');
    const outcome = communiqueRepository(context.db).save({
      id,
      expectedRevision: revision,
      content,
      actor: context.actor.name,
      at: context.now().toISOString(),
      // An edit after approval is a new working copy that needs approval again; the approved version stays as it was.
      status: current.status === 'approved' ? 'draft' : current.status,
    });
    switch (outcome.kind) {
      case 'saved':
        return { revision: outcome.revision, updatedAt: outcome.updatedAt, status: outcome.status };
      case 'conflict':
        throw new AppError('REVISION_CONFLICT', { id, expected: revision, current: outcome.currentRevision });
      case 'missing':
        throw new AppError('NOT_FOUND', { id });
    }
  },
};

/** Refuses content whose series does not exist or whose body does not fit the shared tiptap schema. */
function assertStorable(content: Content, { db }: HandlerContext): void {
  const series = seriesRepository(db);
  if (!series.get(content.series)) {
    throw new AppError('UNKNOWN_SERIES', {
      series: content.series,
      available: series
        .list()
        .map((s) => s.id)
        .join(', '),
    });
  }
  const bodyProblem = validateBody(content.body);
  if (bodyProblem) throw new AppError('INVALID_INPUT', { issues: `body: ${bodyProblem}` });
}
