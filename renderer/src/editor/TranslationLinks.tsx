import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Communique } from '../../../shared/domain/communique';
import type { Language } from '../../../shared/domain/language';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { useSession } from '../session/SessionContext';

interface TranslationLinksProps {
  communique: Communique;
  language: Language;
  /** Stores pending edits first, so the new version starts from the latest text. */
  saveNow(): Promise<void>;
}

/** The same communiqué in the other language: open it, or create it. */
export const TranslationLinks = memo(function TranslationLinks({ communique, language, saveNow }: TranslationLinksProps) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const other: Language = language === 'es' ? 'en' : 'es';
  const session = useSession();
  // Offered only when the shared rule book lets this person translate it (in the language now in the form).
  const mayTranslate = session.allows('translate', { ...communique, content: { ...communique.content, language } });
  const create = async () => {
    await saveNow();
    const result = await api.createTranslation({ id: communique.id });
    if (result.ok) return navigate(`/c/${result.value.id}`);
    const existing = result.error.details.existing;
    if (result.error.code === 'TRANSLATION_EXISTS' && typeof existing === 'number') return navigate(`/c/${existing}`);
    setProblem(describe(result.error));
  };
  return (
    <div className="translation-links">
      {communique.linked.map((link) => (
        <span key={link.id}>
          {t(link.relation === 'original' ? 'translation.originalIs' : 'translation.versionIs', {
            language: t(`translation.in.${link.language}`),
            id: link.id,
          })}{' '}
          <Link href={`/c/${link.id}`} aria-label={t('translation.open', { id: link.id })}>
            {t('translation.openShort')}
          </Link>
        </span>
      ))}
      {mayTranslate && (
        <button type="button" onClick={() => void create()}>
          {t(`translation.create.${other}`)}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
});
