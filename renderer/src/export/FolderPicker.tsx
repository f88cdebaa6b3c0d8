import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { NewFolderForm } from './NewFolderForm';

/** The folder shown: where it is, what it holds, whether files can go there. */
export interface FolderView {
  path: string;
  parent: string | null;
  home: string;
  folders: string[];
  writable: boolean;
}

/** Chooses a folder of this computer by walking its folders (or typing a path); reports the folder shown. */
export function FolderPicker({ initial, onChange }: { initial: string | null; onChange(folder: FolderView | null): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [view, setView] = useState<FolderView | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The folder being gone to, until it is shown.
  const [opening, setOpening] = useState<string | null>(null);
  const report = useRef(onChange);
  report.current = onChange;
  const shown = useRef<FolderView | null>(null);

  // Only the latest request counts: a slow answer never replaces the folder the person went to since.
  const latest = useRef(0);
  const pathInput = useRef<HTMLInputElement>(null);
  const go = useCallback(
    async (path?: string, fallbackHome = false): Promise<void> => {
      const request = ++latest.current;
      // Until the folder asked for is shown, none is chosen: files saved now would go into the folder being left.
      report.current(null);
      setOpening(path ?? '');
      const result = await api.listFolder(path ? { path } : {});
      if (request !== latest.current) return;
      setOpening(null);
      if (!result.ok) {
        // A remembered folder that is gone falls back to the home folder.
        if (fallbackHome) return go();
        // Not found: the folder still shown is the one chosen.
        report.current(shown.current);
        return setError(describe(result.error));
      }
      setError(null);
      shown.current = result.value;
      setView(result.value);
      // Never change the path under the person's cursor while they type one: written now, not at a later render that
      // could land after they clicked into the box (their typing then went after the home folder's path).
      if (document.activeElement !== pathInput.current) flushSync(() => setTyped(result.value.path));
      report.current(result.value);
    },
    [api, describe],
  );
  useEffect(() => {
    void go(initial ?? undefined, true);
  }, [go, initial]);

  return (
    <div className="folder-picker">
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim()) void go(typed.trim());
        }}
      >
        <label>
          {t('folders.path')}
          <input ref={pathInput} type="text" value={typed} onChange={(event) => setTyped(event.target.value)} spellCheck={false} />
        </label>
        <button type="submit">{t('folders.go')}</button>
      </form>
      {error && <ErrorBanner message={error} />}
      {opening !== null && view && <p role="status">{t('folders.opening', { path: opening || view.home })}</p>}
      {view && (
        <>
          <p>
            {t('folders.current')}: <strong>{view.path}</strong>
            {!view.writable && <span className="warning"> {t('folders.readOnly')}</span>}
          </p>
          <div className="actions">
            <button type="button" disabled={!view.parent} onClick={() => view.parent && void go(view.parent)}>
              ↑ {t('folders.up')}
            </button>
            <button type="button" onClick={() => void go(view.home)}>
              ⌂ {t('folders.home')}
            </button>
          </div>
          {view.writable && (
            <NewFolderForm
              parent={view.path}
              onMade={(made) => {
                latest.current++;
                setOpening(null);
                shown.current = made;
                setError(null);
                setView(made);
                setTyped(made.path);
                report.current(made);
              }}
            />
          )}
          {view.folders.length === 0 ? (
            <p>{t('folders.none')}</p>
          ) : (
            <ul className="folder-list" aria-label={t('folders.list')}>
              {view.folders.map((name) => (
                <li key={name}>
                  <button
                    type="button"
                    aria-label={t('folders.open', { name })}
                    onClick={() => void go(`${view.path.replace(/[\\/]$/, '')}${view.path.includes('\\') ? '\\' : '/'}${name}`)}
                  >
                    ▸ {name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
