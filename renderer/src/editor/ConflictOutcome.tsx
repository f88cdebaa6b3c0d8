import { useTranslation } from 'react-i18next';
import { useListFormat } from '../i18n/useListFormat';
import type { ConflictField } from '../../../shared/review/mergeFields';
import type { ConflictMerge } from './useConflictMerge';

/** After a conflict: what came in from the other window untouched here, that the combination was saved, what was doubled. */
export function ConflictOutcome({ merge }: { merge: ConflictMerge }) {
  const { t } = useTranslation();
  const list = useListFormat();
  const fieldsOf = (fields: readonly ConflictField[]) => list.join(fields.map((field) => t(`conflict.field.${field}`)));
  const saved = merge.saved && merge.pending.length === 0;
  if (merge.taken.length === 0 && !saved) return null;
  return (
    <p className="field-note" role="note">
      {saved && `${t('conflict.saved')} `}
      {merge.taken.length > 0 && `${t('conflict.taken', { count: merge.taken.length, fields: fieldsOf(merge.taken) })} `}
      {merge.doubled.length > 0 && t('conflict.doubled', { fields: fieldsOf(merge.doubled) })}
    </p>
  );
}
