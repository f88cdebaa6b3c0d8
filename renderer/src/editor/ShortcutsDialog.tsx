import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Every keyboard shortcut of the composer, in a modal dialog (F1 opens it, Escape closes it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  const rows: [string, string][] = [
    ['Ctrl+S', t('shortcuts.save')],
    ['Ctrl+Z', t('editor.undo')],
    ['Ctrl+Shift+Z · Ctrl+Y', t('editor.redo')],
    ['Ctrl+B', t('editor.bold')],
    ['Ctrl+I', t('editor.italic')],
    ['Ctrl+U', t('editor.underline')],
    ['Ctrl+K', t('editor.link')],
    ['Ctrl+Shift+8', t('editor.bulletList')],
    ['Ctrl+Shift+7', t('editor.orderedList')],
    ['Ctrl+Shift+B', t('editor.blockquote')],
    ['Tab · Shift+Tab', t('shortcuts.cells')],
    ['Ctrl+F', t('editor.find')],
    ['Enter · Shift+Enter', t('shortcuts.findNext')],
    [`${t('shortcuts.inBullet')}: Enter`, t('shortcuts.bulletNew')],
    [`${t('shortcuts.inBullet')}: Backspace`, t('shortcuts.bulletRemove')],
    [`${t('shortcuts.inBullet')}: Alt+↑ · Alt+↓`, t('shortcuts.bulletMove')],
    ['F1', t('editor.shortcuts')],
    ['Esc', t('shortcuts.close')],
  ];
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('editor.shortcuts')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
