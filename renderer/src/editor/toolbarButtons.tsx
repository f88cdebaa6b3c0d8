import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { Editor } from '@tiptap/react';
import type { WholeUndo } from './useWholeUndo';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { focusBody, inBody } from './focusBody';
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

/**
 * Reads the toolbar's state from the editor (called on every transaction, so it only reads). At a cursor, which is
 * what typing has, the formats are its marks and the blocks around it, read directly; a selection asks the editor,
 * which looks along the whole range.
 */
export function toolbarState(editor: Editor): ToolbarState {
  const { state } = editor;
  const { selection } = state;
  const marks = state.storedMarks ?? selection.$from.marks();
  const active = (name: string, kind: 'mark' | 'node') => {
    if (!selection.empty) return editor.isActive(name);
    if (kind === 'mark') return marks.some((mark) => mark.type.name === name);
    for (let depth = selection.$from.depth; depth > 0; depth -= 1) if (selection.$from.node(depth).type.name === name) return true;
    return false;
  };
  return {
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
    bold: active('bold', 'mark'),
    italic: active('italic', 'mark'),
    underline: active('underline', 'mark'),
    bulletList: active('bulletList', 'node'),
    orderedList: active('orderedList', 'node'),
    blockquote: active('blockquote', 'node'),
    link: active('link', 'mark'),
    table: active('table', 'node'),
  };
}

/** The body's formatting buttons, in toolbar order. */
export function formattingButtons(editor: Editor, state: ToolbarState, t: TFunction, onLink: () => void, whole?: WholeUndo): ToolbarButton[] {
  // Undo and redo take a change across fields (replace all) as one step first, as the keyboard does.
  const step = (direction: 'undo' | 'redo') => () => {
    if (!whole?.step(direction)) editor.chain()[direction]().run();
    focusBody(editor);
  };
  return [
    {
      key: 'undo',
      label: t('editor.undo'),
      shortcut: 'Ctrl+Z',
      glyph: <UndoIcon />,
      run: step('undo'),
      disabled: !state.canUndo && whole?.available !== 'undo',
    },
    {
      key: 'redo',
      label: t('editor.redo'),
      shortcut: 'Ctrl+Shift+Z',
      glyph: <RedoIcon />,
      run: step('redo'),
      disabled: !state.canRedo && whole?.available !== 'redo',
    },
    { key: 'bold', label: t('editor.bold'), shortcut: 'Ctrl+B', glyph: <b>B</b>, run: inBody(editor, (chain) => chain.toggleBold()), pressed: state.bold },
    {
      key: 'italic',
      label: t('editor.italic'),
      shortcut: 'Ctrl+I',
      glyph: <i>I</i>,
      run: inBody(editor, (chain) => chain.toggleItalic()),
      pressed: state.italic,
    },
    {
      key: 'underline',
      label: t('editor.underline'),
      shortcut: 'Ctrl+U',
      glyph: <u>S</u>,
      run: inBody(editor, (chain) => chain.toggleUnderline()),
      pressed: state.underline,
    },
    {
      key: 'bulletList',
      label: t('editor.bulletList'),
      shortcut: 'Ctrl+Shift+8',
      glyph: '•',
      run: inBody(editor, (chain) => chain.toggleBulletList()),
      pressed: state.bulletList,
    },
    {
      key: 'orderedList',
      label: t('editor.orderedList'),
      shortcut: 'Ctrl+Shift+7',
      glyph: '1.',
      run: inBody(editor, (chain) => chain.toggleOrderedList()),
      pressed: state.orderedList,
    },
    {
      key: 'blockquote',
      label: t('editor.blockquote'),
      shortcut: 'Ctrl+Shift+B',
      glyph: '“”',
      run: inBody(editor, (chain) => chain.toggleBlockquote()),
      pressed: state.blockquote,
    },
    { key: 'link', label: t('editor.link'), shortcut: 'Ctrl+K', glyph: <LinkIcon />, run: onLink, pressed: state.link },
  ];
}
