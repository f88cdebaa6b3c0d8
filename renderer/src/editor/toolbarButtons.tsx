import type { Editor } from '@tiptap/react';
import type { WholeUndo } from './useWholeUndo';
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

/** Which formats are on where the cursor is, and what can be undone: plain values, so unchanged means no re-render. */
export interface ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  table: boolean;
}

/** Reads the toolbar's state from the editor (called on every transaction, so it only reads). */
export function toolbarState(editor: Editor): ToolbarState {
  return {
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    table: editor.isActive('table'),
  };
}

/** The body's formatting buttons, in toolbar order. */
export function formattingButtons(editor: Editor, state: ToolbarState, t: TFunction, onLink: () => void, whole?: WholeUndo): ToolbarButton[] {
  const chain = () => editor.chain().focus();
  // Undo and redo take a change across fields (replace all) as one step first, as the keyboard does.
  const undo = () => (whole?.step('undo') ? editor.commands.focus() : chain().undo().run());
  const redo = () => (whole?.step('redo') ? editor.commands.focus() : chain().redo().run());
  return [
    { key: 'undo', label: t('editor.undo'), shortcut: 'Ctrl+Z', glyph: <UndoIcon />, run: undo, disabled: !state.canUndo && whole?.available !== 'undo' },
    { key: 'redo', label: t('editor.redo'), shortcut: 'Ctrl+Shift+Z', glyph: <RedoIcon />, run: redo, disabled: !state.canRedo && whole?.available !== 'redo' },
    { key: 'bold', label: t('editor.bold'), shortcut: 'Ctrl+B', glyph: <b>B</b>, run: () => chain().toggleBold().run(), pressed: state.bold },
    { key: 'italic', label: t('editor.italic'), shortcut: 'Ctrl+I', glyph: <i>I</i>, run: () => chain().toggleItalic().run(), pressed: state.italic },
    {
      key: 'underline',
      label: t('editor.underline'),
      shortcut: 'Ctrl+U',
      glyph: <u>S</u>,
      run: () => chain().toggleUnderline().run(),
      pressed: state.underline,
    },
    {
      key: 'bulletList',
      label: t('editor.bulletList'),
      shortcut: 'Ctrl+Shift+8',
      glyph: '•',
      run: () => chain().toggleBulletList().run(),
      pressed: state.bulletList,
    },
    {
      key: 'orderedList',
      label: t('editor.orderedList'),
      shortcut: 'Ctrl+Shift+7',
      glyph: '1.',
      run: () => chain().toggleOrderedList().run(),
      pressed: state.orderedList,
    },
    {
      key: 'blockquote',
      label: t('editor.blockquote'),
      shortcut: 'Ctrl+Shift+B',
      glyph: '“”',
      run: () => chain().toggleBlockquote().run(),
      pressed: state.blockquote,
    },
    { key: 'link', label: t('editor.link'), shortcut: 'Ctrl+K', glyph: <LinkIcon />, run: onLink, pressed: state.link },
  ];
}
