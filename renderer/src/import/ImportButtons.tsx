import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ImportButtonsProps {
  disabled: boolean;
  onFiles(files: File[]): void;
}

/** "Importar archivo…" and "Importar carpeta…": the system's chooser for files, or for a folder and all it holds. */
export function ImportButtons({ disabled, onFiles }: ImportButtonsProps) {
  const { t } = useTranslation();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const take = (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])].filter((file) => !file.name.startsWith('.'));
    input.value = '';
    onFiles(chosen);
  };
  return (
    <>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        accept=".txt,.docx,.pdf,.html,.htm,.jsonl"
        data-testid="import-files"
        onChange={(event) => take(event.target)}
      />
      <input
        ref={(input) => {
          folder.current = input;
          // The folder chooser is a non-standard attribute React does not pass through by name.
          input?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        data-testid="import-folder"
        onChange={(event) => take(event.target)}
      />
      <button type="button" disabled={disabled} onClick={() => files.current?.click()}>
        {t('import.choose')}
      </button>
      <button type="button" disabled={disabled} onClick={() => folder.current?.click()}>
        {t('import.chooseFolder')}
      </button>
    </>
  );
}
