import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { holdDraft } from '../editor/holdDraft';
import type { RescueCopy } from '../editor/rescueCopy';
import { rescueCopies } from '../editor/rescueCopy';
import type { UnsentDraft } from '../editor/unsentDrafts';
import { dropUnsentDraft, readUnsentDraft, sentAs, unsentDrafts } from '../editor/unsentDrafts';
import { useLongWhen } from '../i18n/useLongWhen';

/** What the person left on this computer and the office does not have yet. */
export interface KeptWork {
  /** Drafts started here while the office could not be reached. */
  drafts: UnsentDraft[];
  /** Text of stored communiqués written here and not stored yet. */
  changes: { id: number; copy: RescueCopy }[];
}

/** What this computer holds for the person signed in, as it is now. */
export function keptHere(): KeptWork {
  return { drafts: unsentDrafts(), changes: rescueCopies() };
}

/**
 * What the person left on this computer and the office does not have yet: drafts started offline (open one, or discard
 * it on purpose) and changes to stored communiqués (open it: the editor offers them back).
 */
export function KeptWorkList({ kept, toDecide, onChange }: { kept: KeptWork; toDecide: readonly number[]; onChange(kept: KeptWork): void }) {
  const { t } = useTranslation();
  const when = useLongWhen();
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // Discarded only by the window holding it, and only if it is still here (it may have reached the office meanwhile).
  const discard = async (key: string) => {
    setDiscarding(null);
    const release = await holdDraft(key);
    if (!release) return setNote(t('unsent.discardOpenElsewhere'));
    try {
      const arrived = sentAs(key);
      if (readUnsentDraft(key) === null) setNote(arrived === null ? t('unsent.gone') : t('unsent.alreadyArrived', { id: arrived }));
      else dropUnsentDraft(key);
    } finally {
      release();
    }
    onChange(keptHere());
  };
  if (kept.drafts.length === 0 && kept.changes.length === 0) return note ? <p role="status">{note}</p> : null;
  return (
    <section className="unsent-drafts" aria-label={t('unsent.listHeading')}>
      <h2>{t('unsent.listHeading')}</h2>
      {note && <p role="status">{note}</p>}
      <ul>
        {kept.drafts.map((draft) => (
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
        {kept.changes.map(({ id, copy }) => (
          <li key={id}>
            <Link href={`/c/${id}`}>
              #{id} {copy.content.title.trim() || t('list.untitled')}
            </Link>{' '}
            <small>{t('unsent.changesKeptAt', { when: when(copy.at) })}</small>
            {toDecide.includes(id) && <strong className="to-decide"> {t('unsent.toDecide')}</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}
