import { useEffect } from 'react';

/** The composer's own keys anywhere on its screen: Ctrl+S saves now, Ctrl+F finds, F1 lists the shortcuts. */
export function useComposerKeys(saveNow: () => Promise<void>, find: () => void, showShortcuts: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = event.ctrlKey || event.metaKey;
      if (command && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveNow();
      } else if (command && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        find();
      } else if (event.key === 'F1') {
        event.preventDefault();
        showShortcuts();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveNow, find, showShortcuts]);
}
