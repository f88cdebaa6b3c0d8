import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedHref } from '../../../shared/body/isAllowedHref';
import { focusBody } from './focusBody';

interface LinkFormProps {
  editor: Editor;
  onClose(): void;
}

/** Sets, changes or removes the link on the selection; only http(s) and mailto addresses are accepted. */
export function LinkForm({ editor, onClose }: LinkFormProps) {
  const { t } = useTranslation();
  const current = editor.getAttributes('link').href;
  const [href, setHref] = useState(typeof current === 'string' ? current : 'https://');
  const [invalid, setInvalid] = useState(false);
  const close = () => {
    onClose();
    focusBody(editor);
  };
  const apply = () => {
    const value = href.trim();
    if (!isAllowedHref(value)) return setInvalid(true);
    editor.chain().extendMarkRange('link').setLink({ href: value }).run();
    close();
  };
  return (
    <form
      noValidate
      className="link-form"
      aria-label={t('editor.link')}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <label>
        {t('editor.linkUrl')}
        <input
          type="url"
          value={href}
          autoFocus
          aria-invalid={invalid}
          aria-describedby={invalid ? 'link-error' : undefined}
          onChange={(event) => {
            setHref(event.target.value);
            setInvalid(false);
          }}
        />
      </label>
      <button type="submit">{t('editor.applyLink')}</button>
      {typeof current === 'string' && (
        <button
          type="button"
          onClick={() => {
            editor.chain().extendMarkRange('link').unsetLink().run();
            close();
          }}
        >
          {t('editor.removeLink')}
        </button>
      )}
      <button type="button" onClick={close}>
        {t('editor.cancel')}
      </button>
      {invalid && (
        <p id="link-error" role="alert">
          {t('editor.invalidLink')}
        </p>
      )}
    </form>
  );
}
