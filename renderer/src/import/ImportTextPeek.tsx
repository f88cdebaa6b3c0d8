import { useTranslation } from 'react-i18next';
import { bodyToPlainText } from '../../../shared/body/bodyToPlainText';
import type { ImportItem } from '../../../shared/domain/importItem';

/** Paragraphs shown of a read text: enough to see the reader kept the release and left the page's clutter out. */
const shownParagraphs = 4;

/** What was read of a file's text beyond its title: the place, the bullets, the first paragraphs and how many more. */
export function ImportTextPeek({ item, label, onPlace }: { item: ImportItem; label: string; onPlace(place: string): void }) {
  const { t } = useTranslation();
  const paragraphs = bodyToPlainText(item.content.body, t('import.image')).split('\n\n').filter(Boolean);
  return (
    <details className="import-peek">
      <summary>{t('import.peek')}</summary>
      <label>
        {t('import.place')}
        <input value={item.content.place} maxLength={120} aria-label={`${t('import.place')} ${label}`} onChange={(event) => onPlace(event.target.value)} />
      </label>
      <ul>
        {item.content.summary.map((bullet) => (
          <li key={bullet}>{bullet}</li>
        ))}
      </ul>
      {paragraphs
        .slice(0, shownParagraphs)
        .map((text, place) => ({ text, key: `p${place}` }))
        .map(({ text, key }) => (
          <p key={key}>{text}</p>
        ))}
      {paragraphs.length > shownParagraphs && <p className="import-more">{t('import.moreParagraphs', { count: paragraphs.length - shownParagraphs })}</p>}
    </details>
  );
}
