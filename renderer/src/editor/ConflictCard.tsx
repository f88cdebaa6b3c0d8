import { useTranslation } from 'react-i18next';
import { WordParts } from '../review/WordParts';
import type { Content } from '../../../shared/domain/content';
import { diffContent } from '../../../shared/review/diffContent';
import type { ConflictField } from '../../../shared/review/mergeFields';
import { mergeField } from '../../../shared/review/mergeFields';
import type { ConflictMerge } from './useConflictMerge';

/**
 * Beside a field the other window saved differently: what it saved, marked against this window's text (struck: only
 * here; underlined: only there), and the person's choice for this field.
 */
export function ConflictCard({
  field,
  merge,
  mine,
  shown,
}: {
  field: ConflictField;
  merge: ConflictMerge;
  mine: () => Content;
  /** A one-value field (series, language, date) in the words the form shows it with. */
  shown: (field: 'series' | 'language' | 'date', content: Content) => string;
}) {
  const { t } = useTranslation();
  const theirs = merge.stored;
  if (!theirs || !merge.pending.includes(field)) return null;
  const current = mine();
  const changes = diffContent(current, theirs).filter((change) => change.field === field);
  const place = (position: number | null) =>
    field === 'summary' ? t('review.anchor.bullet', { n: position ?? 0 }) : field === 'body' ? t('review.anchor.paragraph', { n: position ?? 0 }) : null;
  const bothHolds = mergeField(field, current, theirs, 'both') !== null;
  return (
    <section className="conflict-card" aria-label={t('conflict.cardLabel', { field: t(`conflict.field.${field}`) })}>
      <p className="conflict-what">{t('conflict.otherSaved', { field: t(`conflict.field.${field}`) })}</p>
      {field === 'series' || field === 'language' || field === 'date' ? (
        <p className="conflict-diff">
          <del>{shown(field, current)}</del> → <ins>{shown(field, theirs)}</ins>
        </p>
      ) : (
        <ul className="conflict-diff">
          {changes.map((change, index) => (
            <li key={index}>
              {place(change.position) && <strong>{place(change.position)}: </strong>}
              <WordParts parts={change.parts} />
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('conflict.legend')}</p>
      <div className="actions">
        <button type="button" onClick={() => merge.choose(field, 'mine')}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => merge.choose(field, 'theirs')}>
          {t('conflict.takeTheirs')}
        </button>
        {bothHolds && (
          <button type="button" onClick={() => merge.choose(field, 'both')}>
            {t('conflict.keepBoth')}
          </button>
        )}
      </div>
    </section>
  );
}
