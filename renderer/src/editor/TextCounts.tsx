import { useTranslation } from 'react-i18next';
import type { TextCounts as Counts } from '../analysis/analysisProtocol';

/** Word and character counts of the body and of the whole communiqué (worked out in the analysis worker). */
export function TextCounts({ counts }: { counts: Counts | null }) {
  const { t, i18n } = useTranslation();
  if (!counts) return null;
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'es-MX');
  return (
    <p className="text-counts" aria-live="off">
      {t('counts.body', { words: format.format(counts.bodyWords), characters: format.format(counts.bodyCharacters) })} ·{' '}
      {t('counts.all', { words: format.format(counts.allWords), characters: format.format(counts.allCharacters) })}
    </p>
  );
}
