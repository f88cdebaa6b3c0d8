import { defaultPlace } from '../../shared/domain/defaultPlace';
import type { Language } from '../../shared/domain/language';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { communiqueRepository } from '../repositories/communiqueRepository';
import { letterheadRepository } from '../repositories/letterheadRepository';
import { requireCommunique } from './requireCommunique';

const other: Record<Language, Language> = { es: 'en', en: 'es' };

/** Versions of a communiqué in the other language, linked both ways, and whether they keep up with the original. */
export const translationService: Pick<Handlers, 'createTranslation' | 'markTranslationSynced'> = {
  createTranslation: ({ id }, { db, actor, now }) =>
    db
      .transaction(() => {
        const source = requireCommunique(db, id);
        const language = other[source.content.language];
        const existing = source.linked.find((link) => link.language === language);
        if (existing) throw new AppError('TRANSLATION_EXISTS', { id, existing: existing.id, language });
        // The structure and the text to translate carry over; the usual place follows the language.
        const { place } = source.content;
        const content = { ...source.content, language, place: place === defaultPlace[source.content.language] ? defaultPlace[language] : place };
        const at = now().toISOString();
        const original = source.translationOf ?? source.id;
        const letterheadId = letterheadRepository(db).idValidOn(toIsoDate(now())) ?? source.letterheadId;
        const created = communiqueRepository(db).insert({
          content,
          letterheadId,
          actor: actor.name,
          at,
          translationOf: original,
          translationSyncedVersionId: communiqueRepository(db).approvedVersionId(original),
        });
        auditRepository(db).append({ at, actor: actor.name, action: 'translation-create', communiqueId: created, details: { original: id, language } });
        return requireCommunique(db, created);
      })
      .immediate(),

  markTranslationSynced: ({ id }, { db, actor, now }) =>
    db
      .transaction(() => {
        const translation = requireCommunique(db, id);
        if (translation.translationOf === null) throw new AppError('INVALID_TRANSITION', { id, status: translation.status, action: 'syncTranslation' });
        const versionId = communiqueRepository(db).approvedVersionId(translation.translationOf);
        communiqueRepository(db).setTranslationSynced(id, versionId);
        auditRepository(db).append({
          at: now().toISOString(),
          actor: actor.name,
          action: 'translation-sync',
          communiqueId: id,
          details: { original: translation.translationOf, version: translation.translationSync?.originalApprovedSeq ?? null },
        });
        return requireCommunique(db, id);
      })
      .immediate(),
};
