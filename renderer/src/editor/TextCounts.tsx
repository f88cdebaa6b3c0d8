import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextCounts as Counts } from '../analysis/analysisProtocol';

/** Word and character counts of the body and of the whole communiqué (worked out in the analysis worker). */
export const TextCounts = memo(function TextCounts({ counts }: { counts: Counts | null }) {
  const { t, i18n } = useTranslation();
  // Rendered only when the counts change (after a check), never with each render of the form.
  const format = useMemo(() => new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'es-MX'), [i18n.language]);
  if (!counts) return null;
  // One word, two words: each count in the singular or the plural it calls for.
  const words = (count: number) => t('counts.words', { count, formatted: format.format(count) });
  const characters = (count: number) => t('counts.characters', { count, formatted: format.format(count) });
  return (
    <p className="text-counts" aria-live="off">
      {t('counts.body', { words: words(counts.bodyWords), characters: characters(counts.bodyCharacters) })} ·{' '}
      {t('counts.all', { words: words(counts.allWords), characters: characters(counts.allCharacters) })}
    </p>
  );
});
