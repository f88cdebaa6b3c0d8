import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { useSession } from '../session/SessionContext';
import type { Autosave, AutosaveOptions } from './createAutosave';
import { createAutosave } from './createAutosave';

/** The form's autosave (`createAutosave`), made once, told each render's callbacks, and told of the window around it. */
export function useAutosave(options: Omit<AutosaveOptions, 'api' | 'me' | 'describe'>): Autosave {
  const api = useApi();
  const describe = useErrorMessage();
  const me = useSession().actor?.name;
  const [autosave] = useState(() => createAutosave({ ...options, api, me, describe }));
  autosave.follow({ getContent: options.getContent, onSaved: options.onSaved, onArrived: options.onArrived, describe });

  useEffect(() => {
    const back = () => autosave.online();
    // Warn before closing the tab with text not yet stored; flush when the screen goes away.
    const warn = (event: BeforeUnloadEvent) => {
      if (autosave.closing()) event.preventDefault();
    };
    window.addEventListener('online', back);
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('online', back);
      window.removeEventListener('beforeunload', warn);
      autosave.leave();
    };
  }, [autosave]);
  return autosave;
}
