import { completeContent } from '../../shared/domain/completeContent';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import type { Handlers } from '../api/Handlers';
import { requireCommunique } from './requireCommunique';
import { storableContent } from './storableContent';
import { createdAgain } from './createdAgain';
import { saveWorkingCopy } from './saveWorkingCopy';

/** Drafting: create, read, list and autosave communiqués. */
export const communiqueService: Pick<Handlers, 'listCommuniques' | 'getCommunique' | 'createCommunique' | 'saveCommunique'> = {
  listCommuniques: async ({ limit }, { repos }) => await repos.communiques.list(limit),

  getCommunique: async ({ id }, { repos }) => await requireCommunique(repos, id),

  createCommunique: async ({ content: input, draftKey }, { repos, actor, now }) => {
    const content = await storableContent(completeContent(input, now()), repos);
    // A desk sending again a draft it started away from the office: the first create made it; this one saves over it.
    const earlier = draftKey === undefined ? undefined : await repos.draftKeys.find(actor.name, draftKey);
    if (draftKey !== undefined && earlier !== undefined) return await createdAgain(repos, { actor, now, content, draftKey, earlier });
    // The letterhead in force on the day the communiqué is started; it keeps that one for good.
    const letterheadId = await repos.letterheads.idValidOn(toIsoDate(now()));
    if (letterheadId === undefined) throw new Error('no letterhead in the database');
    const at = now().toISOString();
    const id = await repos.communiques.insert({ content, letterheadId, actor: actor.name, at });
    await repos.audit.append({ at, actor: actor.name, action: 'create', communiqueId: id, details: { series: content.series } });
    const created = await requireCommunique(repos, id);
    if (draftKey !== undefined) await repos.draftKeys.insert(actor.name, draftKey, { communiqueId: id, revision: created.revision });
    return created;
  },

  // Read, decided and written under one write lock: a submit from another process cannot land in between.
  saveCommunique: async ({ id, revision, content: sent }, { repos, actor, now }) =>
    await saveWorkingCopy(repos, { id, revision, content: await storableContent(sent, repos), actor, at: now().toISOString() }),
};
