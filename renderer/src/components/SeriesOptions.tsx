import { useTranslation } from 'react-i18next';
import type { Series } from '../../../shared/domain/series';

/** The office's series as a select's options, labelled in the interface's language. */
export function SeriesOptions({ series }: { series: readonly Series[] }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  return (
    <>
      {series.map((candidate) => (
        <option key={candidate.id} value={candidate.id}>
          {candidate.label[language]}
        </option>
      ))}
    </>
  );
}
