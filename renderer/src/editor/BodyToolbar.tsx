import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { inBody } from './focusBody';
import { formattingButtons, toolbarState } from './toolbarButtons';
import type { ToolbarButton } from './toolbarButtons';
import { ImageIcon, KeyboardIcon, SearchIcon, TableIcon } from './toolIcons';
import { syncSelectionFromDom } from './syncSelectionFromDom';
import type { WholeUndo } from './useWholeUndo';

interface BodyToolbarProps {
  editor: Editor;
  onLink(): void;
  onImage(): void;
  onFind(): void;
  onShortcuts(): void;
  /** Undo and redo of a change across fields (replace all). */
  whole?: WholeUndo | undefined;
}

/** Formatting buttons for the body; each shows whether its format is on where the cursor is. */
export function BodyToolbar({ editor, onLink, onImage, onFind, onShortcuts, whole }: BodyToolbarProps) {
  const { t } = useTranslation();
  // Plain values, compared after every transaction: the toolbar re-renders only when a state actually changes.
  const state = useEditorState({ editor, selector: ({ editor: current }) => toolbarState(current) });
  const buttons = formattingButtons(editor, state, t, onLink, whole);
  const inTable = state.table;
  const extra: ToolbarButton[] = [
    {
      key: 'table',
      label: t('editor.insertTable'),
      shortcut: '',
      glyph: <TableIcon />,
      run: inBody(editor, (chain) => chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true })),
      disabled: inTable,
    },
    { key: 'image', label: t('editor.insertImage'), shortcut: '', glyph: <ImageIcon />, run: onImage },
    { key: 'find', label: t('editor.find'), shortcut: 'Ctrl+F', glyph: <SearchIcon />, run: onFind },
    { key: 'shortcuts', label: t('editor.shortcuts'), shortcut: 'F1', glyph: <KeyboardIcon />, run: onShortcuts },
  ];
  const tableButtons: ToolbarButton[] = inTable
    ? [
        { key: 'addRow', label: t('editor.addRow'), shortcut: '', glyph: '+▤', run: inBody(editor, (chain) => chain.addRowAfter()) },
        { key: 'addColumn', label: t('editor.addColumn'), shortcut: '', glyph: '+▥', run: inBody(editor, (chain) => chain.addColumnAfter()) },
        { key: 'deleteRow', label: t('editor.deleteRow'), shortcut: '', glyph: '−▤', run: inBody(editor, (chain) => chain.deleteRow()) },
        { key: 'deleteColumn', label: t('editor.deleteColumn'), shortcut: '', glyph: '−▥', run: inBody(editor, (chain) => chain.deleteColumn()) },
        { key: 'deleteTable', label: t('editor.deleteTable'), shortcut: '', glyph: '✕▦', run: inBody(editor, (chain) => chain.deleteTable()) },
      ]
    : [];
  const render = (button: ToolbarButton) => (
    <button
      key={button.key}
      type="button"
      aria-label={button.label}
      title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
      aria-keyshortcuts={button.shortcut ? button.shortcut.replace('Ctrl', 'Control') : undefined}
      aria-pressed={button.pressed}
      disabled={button.disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        syncSelectionFromDom(editor.view);
        button.run();
      }}
    >
      <span aria-hidden="true">{button.glyph}</span>
    </button>
  );
  return (
    <div className="body-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {buttons.map(render)}
      <span className="separator" aria-hidden="true" />
      {extra.map(render)}
      {tableButtons.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a group of toolbar buttons, not a form section
        <div className="table-tools" role="group" aria-label={t('editor.tableTools')}>
          {tableButtons.map(render)}
        </div>
      )}
    </div>
  );
}
