import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from './DeskContext';
import { OfficeConnection } from './OfficeConnection';
import { officeHost } from './officeHost';

/** On a desk: which database the screens work in, always in sight, and the way to connect to the office or come back. */
export function WhereWorking() {
  const { t } = useTranslation();
  const desk = useDesk();
  const dialog = useRef<HTMLDialogElement>(null);
  // The dialog's content starts afresh each time it opens.
  const [opened, setOpened] = useState(0);
  if (!desk) return null;
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className={desk.office ? 'where-working in-office' : 'where-working'}
        title={t('desk.whereTitle')}
        onClick={() => {
          setOpened((count) => count + 1);
          dialog.current?.showModal();
        }}
      >
        {desk.office ? t('desk.inOffice', { host: officeHost(desk.office.url) }) : t('desk.onThisComputer')}
      </button>
      <dialog ref={dialog} className="office-dialog" aria-label={t('desk.heading')}>
        {opened > 0 && <OfficeConnection key={opened} desk={desk} close={close} />}
      </dialog>
    </>
  );
}
