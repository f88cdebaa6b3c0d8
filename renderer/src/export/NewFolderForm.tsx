import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidFolderName, maxFolderNameLength } from '../../../shared/domain/folderName';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import type { FolderView } from './FolderPicker';

/** "Nueva carpeta…": names a folder inside the one shown, makes it, and goes into it (as a save dialog does). */
export function NewFolderForm({ parent, onMade }: { parent: string; onMade(folder: FolderView): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!naming)
    return (
      <button type="button" onClick={() => setNaming(true)}>
        {t('folders.newFolder')}
      </button>
    );
  const close = () => {
    setNaming(false);
    setName('');
    setProblem(null);
  };
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        // The same rule the back end applies, said before the round trip.
        if (!isValidFolderName(name)) return setProblem(t('errors.INVALID_FOLDER_NAME', { name }));
        void api.makeFolder({ parent, name }).then((result) => {
          if (!result.ok) return setProblem(describe(result.error));
          close();
          onMade(result.value);
        });
      }}
    >
      <label>
        {t('folders.newFolderName')}
        <input
          type="text"
          value={name}
          maxLength={maxFolderNameLength}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close();
            }
          }}
        />
      </label>
      <button type="submit">{t('folders.create')}</button>
      <button type="button" onClick={close}>
        {t('folders.cancel')}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
