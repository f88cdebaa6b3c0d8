import { placeInLanguage } from '../../shared/domain/placeInLanguage';
import type { Language } from '../../shared/domain/language';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import type { Handlers } from '../api/Handlers';
import { assertAllowed } from './assertAllowed';
import { requireCommunique } from './requireCommunique';

const other: Record<Language, Language> = { es: 'en', en: 'es' };

/** Versions of a communiqué in the other language, linked both ways, and whether they keep up with the original. */
export const translationService: Pick<Handlers, 'createTranslation' | 'markTranslationSynced'> = {
  createTranslation: async ({ id }, { repos, actor, now }) => {
    const source = await requireCommunique(repos, id);
    assertAllowed(actor, 'translate', source);
    const language = other[source.content.language];
    // The structure and the text to translate carry over; the usual place follows the language.
    const content = { ...source.content, language, place: placeInLanguage(source.content.place, source.content.language, language) };
    const at = now().toISOString();
    const original = source.translationOf ?? source.id;
    const letterheadId = (await repos.letterheads.idValidOn(toIsoDate(now()))) ?? source.letterheadId;
    const created = await repos.communiques.insert({
      content,
      letterheadId,
      actor: actor.name,
      at,
      translationOf: original,
      translationSyncedVersionId: await repos.communiques.approvedVersionId(original),
    });
    await repos.audit.append({ at, actor: actor.name, action: 'translation-create', communiqueId: created, details: { original: id, language } });
    return await requireCommunique(repos, created);
  },

  markTranslationSynced: async ({ id }, { repos, actor, now }) => {
    const translation = await requireCommunique(repos, id);
    assertAllowed(actor, 'syncTranslation', translation);
    const original = translation.translationOf ?? id;
    await repos.communiques.setTranslationSynced(id, await repos.communiques.approvedVersionId(original));
    await repos.audit.append({
      at: now().toISOString(),
      actor: actor.name,
      action: 'translation-sync',
      communiqueId: id,
      details: { original, version: translation.translationSync?.originalApprovedSeq ?? null },
    });
    return await requireCommunique(repos, id);
  },
};
