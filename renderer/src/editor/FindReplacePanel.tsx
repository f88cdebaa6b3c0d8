import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findMatches, replaceMatches } from '../../../shared/text/findMatches';
import { searchKey } from './extensions/SearchHighlight';
import type { WholeChange } from './useWholeUndo';

interface FindReplacePanelProps {
  editor: Editor;
  title: string;
  summary: string[];
  /** Absent when the text cannot be edited now: the panel finds, and offers no replacing. */
  onTextFields?: ((patch: { title: string; summary: string[] }) => void) | undefined;
  /** Told what "Replace all" did, so one Ctrl+Z undoes it in every field. */
  onReplacedAll?(change: WholeChange): void;
  onClose(): void;
}

/** Find and replace across the whole communiqué: body (highlighted, step by step), title and bullets (replace all); find only when read-only. */
export function FindReplacePanel({ editor, title, summary, onTextFields, onReplacedAll, onClose }: FindReplacePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  // How many "Reemplazar todo" just replaced, said until the search changes.
  const [replaced, setReplaced] = useState<number | null>(null);
  const body = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = searchKey.getState(current.state);
      return { count: state?.matches.length ?? 0, current: state?.current ?? 0 };
    },
  });
  const inFields = [title, ...summary].reduce((sum, text) => sum + findMatches(text, query, caseSensitive).length, 0);

  useEffect(() => {
    editor.commands.setSearch(query, caseSensitive);
  }, [editor, query, caseSensitive]);
  useEffect(() => () => void editor.commands.setSearch('', false), [editor]);

  // The match is shown even while the focus stays in the panel (the editor scrolls to its selection only when focused).
  const goTo = (direction: 1 | -1) => {
    if (editor.commands.goToMatch(direction)) editor.view.dom.querySelector('.search-match.current')?.scrollIntoView({ block: 'center' });
  };

  const replaceAll = () => {
    if (!onTextFields) return;
    setReplaced(body.count + inFields);
    const bodyChanged = editor.commands.replaceAllMatches(replacement);
    const before = { title, summary };
    const after =
      inFields > 0
        ? {
            title: replaceMatches(title, query, replacement, caseSensitive),
            summary: summary.map((bullet) => replaceMatches(bullet, query, replacement, caseSensitive)),
          }
        : before;
    if (inFields > 0) onTextFields(after);
    onReplacedAll?.({ before, after, bodyChanged });
  };

  return (
    <section
      className="find-panel"
      aria-label={t('editor.find')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <label>
        {t('find.query')}
        <input
          type="search"
          autoFocus
          value={query}
          onChange={(event) => {
            setReplaced(null);
            setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              goTo(event.shiftKey ? -1 : 1);
            }
          }}
        />
      </label>
      {onTextFields && (
        <label>
          {t('find.replacement')}
          <input type="text" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
        </label>
      )}
      <label className="inline">
        <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} />
        {t('find.caseSensitive')}
      </label>
      <p role="status" id={`${id}-status`}>
        {replaced !== null
          ? t('find.replaced', { count: replaced })
          : query
            ? t('find.count', { body: body.count, fields: inFields, current: body.count > 0 ? body.current + 1 : 0 })
            : ''}
      </p>
      <div className="actions">
        <button type="button" disabled={body.count === 0} onClick={() => goTo(-1)}>
          {t('find.previous')}
        </button>
        <button type="button" disabled={body.count === 0} onClick={() => goTo(1)}>
          {t('find.next')}
        </button>
        {onTextFields && (
          <>
            <button type="button" disabled={body.count === 0} onClick={() => editor.commands.replaceMatch(replacement)}>
              {t('find.replace')}
            </button>
            <button type="button" disabled={body.count + inFields === 0} onClick={replaceAll}>
              {t('find.replaceAll')}
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          {t('find.close')}
        </button>
      </div>
    </section>
  );
}
