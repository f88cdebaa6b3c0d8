import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { UnsentDraft } from '../editor/unsentDrafts';
import { holdDraft } from '../editor/holdDraft';
import { dropUnsentDraft, readUnsentDraft, sentAs, unsentDrafts } from '../editor/unsentDrafts';
import { useLongWhen } from '../i18n/useLongWhen';

/** Drafts started on this computer while the office could not be reached and not there yet: open one, or discard it on purpose. */
export function UnsentDraftsList({ drafts, onChange }: { drafts: readonly UnsentDraft[]; onChange(drafts: UnsentDraft[]): void }) {
  const { t } = useTranslation();
  const when = useLongWhen();
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // Discarded only by the window holding it, and only if it is still here (it may have reached the office meanwhile).
  const discard = async (key: string) => {
    setDiscarding(null);
    const release = await holdDraft(key);
    if (!release) return setNote(t('unsent.openElsewhere'));
    try {
      const arrived = sentAs(key);
      if (readUnsentDraft(key) === null) setNote(arrived === null ? t('unsent.gone') : t('unsent.alreadyArrived', { id: arrived }));
      else dropUnsentDraft(key);
    } finally {
      release();
    }
    onChange(unsentDrafts());
  };
  if (drafts.length === 0) return note ? <p role="status">{note}</p> : null;
  return (
    <section className="unsent-drafts" aria-label={t('unsent.listHeading')}>
      <h2>{t('unsent.listHeading')}</h2>
      {note && <p role="status">{note}</p>}
      <ul>
        {drafts.map((draft) => (
          <li key={draft.key}>
            <Link href={`/nuevo/${draft.key}`}>{draft.content.title.trim() || t('list.untitled')}</Link>{' '}
            <small>{t('unsent.keptAt', { when: when(draft.at) })}</small>{' '}
            {discarding === draft.key ? (
              <span role="alert">
                {t('unsent.confirmDiscard')}{' '}
                <button type="button" className="danger" onClick={() => void discard(draft.key)}>
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
