import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { UnknownWord } from '../analysis/analysisProtocol';
import { misspeltWordAt } from './extensions/IssueMarks';

interface WordSuggestionsProps {
  editor: Editor;
  entries: readonly UnknownWord[];
  onReplace(entry: UnknownWord, replacement: string): void;
  /** Absent for people who may not add to the office dictionary. */
  onAdd?: ((word: string) => Promise<unknown>) | undefined;
  onIgnore(word: string): void;
}

/** With the cursor in an underlined word: the dictionary's suggestions and the ways out, just above the body. */
export function WordSuggestions({ editor, entries, onReplace, onAdd, onIgnore }: WordSuggestionsProps) {
  const { t } = useTranslation();
  const word = useEditorState({ editor, selector: ({ editor: current }) => misspeltWordAt(current.state) });
  const entry = word ? entries.find((candidate) => candidate.word === word) : undefined;
  if (!entry) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a strip of suggestion buttons beside the text, not a form section
    <div className="word-suggestions" role="group" aria-label={t('spelling.unknownWord', { word: entry.word })}>
      <span>{t('spelling.unknownWord', { word: entry.word })}</span>
      {entry.suggestions.map((suggestion) => (
        <button key={suggestion} type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onReplace(entry, suggestion)}>
          {suggestion}
        </button>
      ))}
      {onAdd && (
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => void onAdd(entry.word)}>
          {t('spelling.addShort')}
        </button>
      )}
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onIgnore(entry.word)}>
        {t('spelling.ignoreShort')}
      </button>
    </div>
  );
}
