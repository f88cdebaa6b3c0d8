import type { Editor } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import { bodyExtensions } from '../../../shared/body/bodyExtensions';
import { BodyToolbar } from './BodyToolbar';
import { syncSelectionFromDom } from './syncSelectionFromDom';
import { LinkForm } from './LinkForm';

interface BodyEditorProps {
  initial: BodyNodeJson;
  language: string;
  onChange(): void;
  onReady(editor: Editor): void;
}

/** The rich-text body, on the same tiptap extensions the back end validates against. */
export function BodyEditor({ initial, language, onChange, onReady }: BodyEditorProps) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState(false);
  const editor = useEditor({
    extensions: bodyExtensions,
    content: initial,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': t('editor.body'),
        'aria-multiline': 'true',
        role: 'textbox',
        lang: language,
        spellcheck: 'true',
        class: 'body-content',
      },
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

  // Keep the accessible name and the spelling language in step with the interface and the document.
  useEffect(() => {
    editor.view.dom.setAttribute('aria-label', t('editor.body'));
    editor.view.dom.setAttribute('lang', language);
  }, [editor, t, language]);

  return (
    <div className="body-editor">
      <BodyToolbar editor={editor} onLink={() => setLinking(true)} />
      {linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}
