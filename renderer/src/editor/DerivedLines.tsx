import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Communique } from '../../../shared/domain/communique';
import type { Language } from '../../../shared/domain/language';
import type { Series } from '../../../shared/domain/series';
import { formatDateline } from '../../../shared/format/formatDateline';
import { formatNumberLine } from '../../../shared/format/formatNumberLine';
import { printLabels } from '../../../shared/print/printLabels';

/** The number line and the dateline as the paper will print them (a translation shows its original's number). */
export const DerivedLines = memo(function DerivedLines({
  communique,
  series,
  language,
  place,
  date,
}: {
  communique: Pick<Communique, 'number' | 'translationOf'>;
  series: Series | undefined;
  language: Language;
  place: string;
  date: string;
}) {
  const { t } = useTranslation();
  const labels = printLabels[language];
  return (
    <dl className="derived-lines">
      <div>
        <dt>{t('editor.numberLine')}</dt>
        <dd>
          {series
            ? formatNumberLine(series, language, communique.number, communique.translationOf === null ? labels.numberPending : labels.originalNumberPending)
            : '—'}
        </dd>
      </div>
      <div>
        <dt>{t('editor.dateline')}</dt>
        <dd lang={language}>{formatDateline(place, date, language)}</dd>
      </div>
    </dl>
  );
});
