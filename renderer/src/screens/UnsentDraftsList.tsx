import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { UnsentDraft } from '../editor/unsentDrafts';
import { dropUnsentDraft, unsentDrafts } from '../editor/unsentDrafts';
import { useLongWhen } from '../i18n/useLongWhen';

/** Drafts started on this computer while the office could not be reached and not there yet: open one, or discard it on purpose. */
export function UnsentDraftsList({ drafts, onChange }: { drafts: readonly UnsentDraft[]; onChange(drafts: UnsentDraft[]): void }) {
  const { t } = useTranslation();
  const when = useLongWhen();
  const [discarding, setDiscarding] = useState<string | null>(null);
  if (drafts.length === 0) return null;
  return (
    <section className="unsent-drafts" aria-label={t('unsent.listHeading')}>
      <h2>{t('unsent.listHeading')}</h2>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.key}>
            <Link href={`/nuevo/${draft.key}`}>{draft.content.title.trim() || t('unsent.untitled')}</Link>{' '}
            <small>{t('unsent.keptAt', { when: when(draft.at) })}</small>{' '}
            {discarding === draft.key ? (
              <span role="alert">
                {t('unsent.confirmDiscard')}{' '}
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    dropUnsentDraft(draft.key);
                    setDiscarding(null);
                    onChange(unsentDrafts());
                  }}
                >
                  {t('unsent.discard')}
                </button>{' '}
                <button type="button" onClick={() => setDiscarding(null)}>
                  {t('unsent.keep')}
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setDiscarding(draft.key)}>
                {t('unsent.discard')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
