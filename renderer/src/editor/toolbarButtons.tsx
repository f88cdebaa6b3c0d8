import type { Editor } from '@tiptap/react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { LinkIcon, RedoIcon, UndoIcon } from './toolIcons';

/** One formatting button: its name key, shortcut, action and whether it shows as pressed. */
export interface ToolbarButton {
  key: string;
  label: string;
  shortcut: string;
  glyph: ReactNode;
  run(): void;
  pressed?: boolean;
  disabled?: boolean;
}

/** The body's formatting buttons, in toolbar order; the same list feeds the shortcuts help. */
export function formattingButtons(editor: Editor, t: TFunction, onLink: () => void): ToolbarButton[] {
  const chain = () => editor.chain().focus();
  return [
    { key: 'undo', label: t('editor.undo'), shortcut: 'Ctrl+Z', glyph: <UndoIcon />, run: () => chain().undo().run(), disabled: !editor.can().undo() },
    { key: 'redo', label: t('editor.redo'), shortcut: 'Ctrl+Shift+Z', glyph: <RedoIcon />, run: () => chain().redo().run(), disabled: !editor.can().redo() },
    { key: 'bold', label: t('editor.bold'), shortcut: 'Ctrl+B', glyph: <b>B</b>, run: () => chain().toggleBold().run(), pressed: editor.isActive('bold') },
    { key: 'italic', label: t('editor.italic'), shortcut: 'Ctrl+I', glyph: <i>I</i>, run: () => chain().toggleItalic().run(), pressed: editor.isActive('italic') },
    { key: 'underline', label: t('editor.underline'), shortcut: 'Ctrl+U', glyph: <u>S</u>, run: () => chain().toggleUnderline().run(), pressed: editor.isActive('underline') },
    { key: 'bulletList', label: t('editor.bulletList'), shortcut: 'Ctrl+Shift+8', glyph: '•', run: () => chain().toggleBulletList().run(), pressed: editor.isActive('bulletList') },
    { key: 'orderedList', label: t('editor.orderedList'), shortcut: 'Ctrl+Shift+7', glyph: '1.', run: () => chain().toggleOrderedList().run(), pressed: editor.isActive('orderedList') },
    { key: 'blockquote', label: t('editor.blockquote'), shortcut: 'Ctrl+Shift+B', glyph: '“”', run: () => chain().toggleBlockquote().run(), pressed: editor.isActive('blockquote') },
    { key: 'link', label: t('editor.link'), shortcut: 'Ctrl+K', glyph: <LinkIcon />, run: onLink, pressed: editor.isActive('link') },
  ];
}
