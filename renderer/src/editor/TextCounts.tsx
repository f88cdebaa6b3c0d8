import { useTranslation } from 'react-i18next';
import { bodyToPlainText } from '../../../shared/body/bodyToPlainText';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import { countCharacters, countWords } from '../../../shared/text/countWords';

/** Word and character counts, taken from the same pause-delayed snapshot as the preview (never per keystroke). */
export function TextCounts({ doc }: { doc: PrintDocument | null }) {
  const { t, i18n } = useTranslation();
  if (!doc) return null;
  const body = bodyToPlainText(doc.body);
  const all = [doc.title, ...doc.summary, body].join('\n');
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'es-MX');
  return (
    <p className="text-counts" aria-live="off">
      {t('counts.body', { words: format.format(countWords(body)), characters: format.format(countCharacters(body)) })} ·{' '}
      {t('counts.all', { words: format.format(countWords(all)), characters: format.format(countCharacters(all)) })}
    </p>
  );
}
