import { useTranslation } from 'react-i18next';
import { WordParts } from './WordParts';
import type { FieldChange } from '../../../shared/review/diffContent';

/** Changes between two versions, field by field, with the words added and removed marked inside each. */
export function DiffView({ changes, from, to }: { changes: readonly FieldChange[]; from: number; to: number }) {
  const { t } = useTranslation();
  const what = (change: FieldChange) => {
    const place =
      change.field === 'summary'
        ? t('review.anchor.bullet', { n: change.position ?? 0 })
        : change.field === 'body'
          ? t('review.anchor.paragraph', { n: change.position ?? 0 })
          : t(`review.field.${change.field}`);
    return t(`review.change.${change.kind}`, { place });
  };
  return (
    <section className="diff-view" aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t('review.changesFromTo', { from, to })}</h2>
      {changes.length === 0 ? (
        <p>{t('review.noChanges')}</p>
      ) : (
        <ol>
          {changes.map((change, index) => (
            <li key={index} className={`change ${change.kind}`}>
              <strong>{what(change)}</strong>
              <p>
                <WordParts parts={change.parts} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
