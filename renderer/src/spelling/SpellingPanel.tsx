import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import type { UnknownWord } from '../analysis/analysisProtocol';
import { ShowMore, useShownCount } from '../components/ShowMore';

interface SpellingPanelProps {
  language: Language;
  entries: readonly UnknownWord[];
  checking: boolean;
  failure: string | null;
  /** Absent when the text cannot be edited now: suggestions are shown, not offered. */
  onReplace?: ((entry: UnknownWord, replacement: string) => void) | undefined;
  /** Absent for people who may not add to the office dictionary. */
  onAdd?: ((word: string) => Promise<unknown>) | undefined;
  onIgnore(word: string): void;
  onGo(entry: UnknownWord): void;
}

/** Unknown words with the dictionary's suggestions, "add to the office dictionary" and "ignore". */
export const SpellingPanel = memo(function SpellingPanel({ language, entries, checking, failure, onReplace, onAdd, onIgnore, onGo }: SpellingPanelProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | null>(null);
  const { shown, more, showMore } = useShownCount(entries.length);
  return (
    <section className="spelling-panel" aria-labelledby="spelling-heading" aria-busy={checking}>
      <h2 id="spelling-heading">
        {t('spelling.heading')}{' '}
        <small>
          {t(`languageName.${language}`)} · {checking ? t('spelling.checking') : t('spelling.count', { count: entries.length })}
        </small>
      </h2>
      {failure && (
        <p className="field-error" role="alert">
          {t('spelling.failed', { detail: failure })}
        </p>
      )}
      {!checking && entries.length === 0 && !failure && <p className="style-none">{t('spelling.none')}</p>}
      <ul>
        {entries.slice(0, shown).map((entry) => (
          <li key={entry.word} className="spelling-entry">
            <div>
              <strong lang={language}>{entry.word}</strong>
              {entry.count > 1 && <span className="where"> ×{entry.count}</span>}
              <div className="suggestions">
                {entry.suggestions.length === 0 && <span className="where">{t('spelling.noSuggestions')}</span>}
                {entry.suggestions.map((suggestion) =>
                  onReplace ? (
                    <button
                      key={suggestion}
                      type="button"
                      lang={language}
                      aria-label={t('spelling.replace', { word: entry.word, suggestion })}
                      onClick={() => onReplace(entry, suggestion)}
                    >
                      {suggestion}
                    </button>
                  ) : (
                    <span key={suggestion} lang={language} className="suggestion">
                      {suggestion}
                    </span>
                  ),
                )}
              </div>
            </div>
            <div className="actions">
              <button type="button" aria-label={t('spelling.goTo', { word: entry.word })} onClick={() => onGo(entry)}>
                {t('style.go')}
              </button>
              {onAdd && (
                <button
                  type="button"
                  aria-label={t('spelling.add', { word: entry.word })}
                  disabled={adding === entry.word}
                  onClick={() => {
                    setAdding(entry.word);
                    void onAdd(entry.word).finally(() => setAdding(null));
                  }}
                >
                  {t('spelling.addShort')}
                </button>
              )}
              <button type="button" aria-label={t('spelling.ignore', { word: entry.word })} onClick={() => onIgnore(entry.word)}>
                {t('spelling.ignoreShort')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ShowMore more={more} onMore={showMore} />
    </section>
  );
});
