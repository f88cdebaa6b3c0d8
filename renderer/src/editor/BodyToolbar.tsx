import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { syncSelectionFromDom } from './syncSelectionFromDom';

interface BodyToolbarProps {
  editor: Editor;
  onLink(): void;
}

/** A chain link, drawn rather than taken from an emoji font the machine may not have. */
function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      <path d="M6.5 9.5l3-3" />
      <path d="M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5" />
      <path d="M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5" />
    </svg>
  );
}

/** Formatting buttons for the body; each shows whether its format is on where the cursor is. */
export function BodyToolbar({ editor, onLink }: BodyToolbarProps) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
    }),
  });
  const buttons = [
    { key: 'bold', label: t('editor.bold'), shortcut: 'Ctrl+B', run: () => editor.chain().focus().toggleBold().run(), glyph: <b>B</b> },
    { key: 'italic', label: t('editor.italic'), shortcut: 'Ctrl+I', run: () => editor.chain().focus().toggleItalic().run(), glyph: <i>I</i> },
    { key: 'bulletList', label: t('editor.bulletList'), shortcut: 'Ctrl+Shift+8', run: () => editor.chain().focus().toggleBulletList().run(), glyph: '•' },
    { key: 'orderedList', label: t('editor.orderedList'), shortcut: 'Ctrl+Shift+7', run: () => editor.chain().focus().toggleOrderedList().run(), glyph: '1.' },
    { key: 'blockquote', label: t('editor.blockquote'), shortcut: 'Ctrl+Shift+B', run: () => editor.chain().focus().toggleBlockquote().run(), glyph: '“”' },
    { key: 'link', label: t('editor.link'), shortcut: 'Ctrl+K', run: onLink, glyph: <LinkIcon /> },
  ] as const;
  return (
    <div className="body-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          aria-label={button.label}
          title={`${button.label} (${button.shortcut})`}
          aria-keyshortcuts={button.shortcut.replace('Ctrl', 'Control')}
          aria-pressed={active[button.key]}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            syncSelectionFromDom(editor.view);
            button.run();
          }}
        >
          <span aria-hidden="true">{button.glyph}</span>
        </button>
      ))}
    </div>
  );
}
