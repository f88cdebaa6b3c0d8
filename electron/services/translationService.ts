import { defaultPlace } from '../../shared/domain/defaultPlace';
import type { Language } from '../../shared/domain/language';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { communiqueRepository } from '../repositories/communiqueRepository';
import { letterheadRepository } from '../repositories/letterheadRepository';

const other: Record<Language, Language> = { es: 'en', en: 'es' };

/** Versions of a communiqué in the other language, linked both ways. */
export const translationService: Pick<Handlers, 'createTranslation'> = {
  createTranslation: ({ id }, { db, actor, now }) => {
    const at = now().toISOString();
    const translationId = db
      .transaction(() => {
        const source = communiqueRepository(db).get(id);
        if (!source) throw new AppError('NOT_FOUND', { id });
        const language = other[source.content.language];
        const existing = source.linked.find((link) => link.language === language);
        if (existing) throw new AppError('TRANSLATION_EXISTS', { id, existing: existing.id, language });
        // The structure and the text to translate carry over; the usual place follows the language.
        const { place } = source.content;
        const content = { ...source.content, language, place: place === defaultPlace[source.content.language] ? defaultPlace[language] : place };
        const letterheadId = letterheadRepository(db).idValidOn(toIsoDate(now())) ?? source.letterheadId;
        const created = communiqueRepository(db).insertTranslation({ content, letterheadId, actor: actor.name, at, original: source.translationOf ?? source.id });
        auditRepository(db).append({ at, actor: actor.name, action: 'translation-create', communiqueId: created, details: { original: id, language } });
        return created;
      })
      .immediate();
    const created = communiqueRepository(db).get(translationId);
    if (!created) throw new Error('translation vanished');
    return created;
  },
};
