import type { Editor } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import { bodyExtensions } from '../../../shared/body/bodyExtensions';
import { BodyToolbar } from './BodyToolbar';
import type { WholeUndo } from './useWholeUndo';
import { cleanPastedHtml } from './cleanPastedHtml';
import { cleanPastedText } from '../../../shared/text/cleanPastedText';
import { IssueMarks } from './extensions/IssueMarks';
import { OffscreenBlocks } from './extensions/OffscreenBlocks';
import { SearchHighlight } from './extensions/SearchHighlight';
import { LinkForm } from './LinkForm';
import { CommentedParagraphs } from './extensions/CommentedParagraphs';
import { inBody } from './focusBody';
import { readImageFile } from './readImageFile';
import { syncSelectionFromDom } from './syncSelectionFromDom';
import { keepFromReactSelection } from './keepFromReactSelection';
import { warmFirstKey } from './warmFirstKey';

interface BodyEditorProps {
  initial: BodyNodeJson;
  language: string;
  onChange(): void;
  onReady(editor: Editor): void;
  onFind(): void;
  onShortcuts(): void;
  /** False while the communiqué is locked (in review, published, withdrawn). */
  editable: boolean;
  /** Undo and redo of a change across fields, for the toolbar. */
  whole?: WholeUndo;
}

/** The rich-text body, on the same tiptap extensions the back end validates against (plus search highlighting). */
export function BodyEditor({ initial, language, onChange, onReady, onFind, onShortcuts, editable, whole }: BodyEditorProps) {
  const { t, i18n } = useTranslation();
  const [linking, setLinking] = useState(false);
  const [imageProblem, setImageProblem] = useState<string | null>(null);
  const [imageNote, setImageNote] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const editor = useEditor({
    extensions: [...bodyExtensions, SearchHighlight, IssueMarks, CommentedParagraphs, OffscreenBlocks],
    content: initial,
    editable,
    shouldRerenderOnTransaction: false,
    // Nothing listens for tiptap's «delete» events, which replay each change's steps in a timer after every key.
    enableCoreExtensions: { delete: false },
    editorProps: {
      attributes: {
        'aria-label': t('editor.body'),
        'aria-multiline': 'true',
        role: 'textbox',
        lang: language,
        spellcheck: 'false',
        class: 'body-content',
      },
      transformPastedHTML: cleanPastedHtml,
      transformPastedText: cleanPastedText,
      handleKeyDown: (view, event) => {
        // Shortcuts act on what is selected on screen, even if Chrome has not reported the selection yet.
        if (event.ctrlKey || event.metaKey || event.altKey) syncSelectionFromDom(view);
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setLinking(true);
          return true;
        }
        return false;
      },
    },
    onCreate: ({ editor: created }) => onReady(created),
    onUpdate: () => onChange(),
  });

  // Once this body's editor (and its links' protocols) exist, and it takes keys: its first key then waits for nothing built lazily.
  useEffect(() => (editable ? warmFirstKey(editor) : undefined), [editor, editable]);
  // Each React update elsewhere on the screen would otherwise walk the whole body while it has the focus.
  useEffect(() => keepFromReactSelection(editor.view.dom), [editor]);

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  // Keep the accessible name and the document language in step with the interface and the document.
  useEffect(() => {
    editor.view.dom.setAttribute('aria-label', t('editor.body'));
    editor.view.dom.setAttribute('lang', language);
  }, [editor, t, language]);

  const insertImage = async (file: File | undefined) => {
    if (!file) return;
    const read = await readImageFile(file);
    if ('refused' in read) return setImageProblem(t(read.refused === 'unreadable' ? 'editor.imageUnreadable' : 'editor.imageWrongType', { name: file.name }));
    setImageProblem(null);
    const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString(i18n.language === 'en' ? 'en-US' : 'es-MX', { maximumFractionDigits: 1 });
    setImageNote(read.reduced ? t('editor.imageReduced', { name: file.name, from: megabytes(read.reduced.from), to: megabytes(read.reduced.to) }) : null);
    inBody(editor, (chain) => chain.insertFigure({ src: read.src, alt: file.name.replace(/\.[^.]+$/, '') }))();
  };

  return (
    <div className="body-editor">
      {editable && (
        <BodyToolbar
          editor={editor}
          onLink={() => setLinking(true)}
          onImage={() => fileInput.current?.click()}
          onFind={onFind}
          onShortcuts={onShortcuts}
          whole={whole}
        />
      )}
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        aria-label={t('editor.imageFile')}
        onChange={(event) => {
          void insertImage(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {imageProblem && (
        <p className="field-error" role="alert">
          {imageProblem}
        </p>
      )}
      {imageNote && (
        <p className="field-note" role="status">
          {imageNote}
        </p>
      )}
      {linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}
