import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/result';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import type { DeskState } from './DeskContext';
import { startAfresh } from './startAfresh';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'confirm'; url: string; fingerprint: string }
  | { kind: 'refused'; error: ContractError }
  | { kind: 'forgotten'; url: string };

/**
 * Which database this desk works in, and the way to change it: connecting to an office pins its certificate on first
 * use, after the person compared its fingerprint with IT's; a changed certificate is refused with what to do.
 */
export function OfficeConnection({ desk, close }: { desk: DeskState; close: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [address, setAddress] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const connect = async (fingerprint?: string) => {
    setStep({ kind: 'checking' });
    const result = await desk.api.connectToOffice({ url: address, ...(fingerprint ? { fingerprint } : {}) });
    if (result.ok) return startAfresh();
    const { code, details } = result.error;
    if (code === 'OFFICE_CERTIFICATE_NEW' && typeof details.url === 'string' && typeof details.fingerprint === 'string') {
      return setStep({ kind: 'confirm', url: details.url, fingerprint: details.fingerprint });
    }
    setStep({ kind: 'refused', error: result.error });
  };

  if (desk.office) {
    return (
      <section className="office-connection">
        <h2>{t('desk.heading')}</h2>
        <p>{t('desk.officeNow', { url: desk.office.url })}</p>
        <p>
          {t('desk.officeFingerprint')} <code className="fingerprint">{desk.office.fingerprint}</code>
        </p>
        <p className="hint">{t('desk.leaveExplain')}</p>
        <div className="actions">
          <button type="button" onClick={() => void desk.api.leaveOffice({}).then((result) => result.ok && startAfresh())}>
            {t('desk.leave')}
          </button>
          <button type="button" onClick={close}>
            {t('desk.close')}
          </button>
        </div>
      </section>
    );
  }

  const changedUrl = step.kind === 'refused' && step.error.code === 'OFFICE_CERTIFICATE_CHANGED' ? step.error.details.url : undefined;
  return (
    <section className="office-connection">
      <h2>{t('desk.heading')}</h2>
      <p>{t('desk.hereNow')}</p>
      {step.kind === 'confirm' ? (
        <div role="alertdialog" aria-label={t('desk.firstHeading')}>
          <h3>{t('desk.firstHeading')}</h3>
          <p>{step.url}</p>
          <p>{t('desk.firstExplain')}</p>
          <p>
            <code className="fingerprint">{step.fingerprint}</code>
          </p>
          <div className="actions">
            <button type="button" onClick={() => void connect(step.fingerprint)}>
              {t('desk.match')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('desk.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <form
          aria-label={t('desk.connectHeading')}
          onSubmit={(event) => {
            event.preventDefault();
            void connect();
          }}
        >
          <h3>{t('desk.connectHeading')}</h3>
          <label>
            {t('desk.address')}
            <input value={address} onChange={(event) => setAddress(event.target.value)} placeholder="https://192.168.1.10:47443" autoComplete="url" />
          </label>
          <p className="hint">{t('desk.addressHint')}</p>
          {step.kind === 'checking' && <p role="status">{t('desk.checking')}</p>}
          {step.kind === 'refused' && <ErrorBanner message={describe(step.error)} />}
          {step.kind === 'forgotten' && <p role="status">{t('desk.forgotten', { url: step.url })}</p>}
          <div className="actions">
            <button type="submit" disabled={step.kind === 'checking' || address.trim() === ''}>
              {t('desk.connect')}
            </button>
            {typeof changedUrl === 'string' && (
              <button
                type="button"
                onClick={() => void desk.api.forgetOffice({ url: changedUrl }).then((result) => result.ok && setStep({ kind: 'forgotten', url: changedUrl }))}
              >
                {t('desk.forget')}
              </button>
            )}
            <button type="button" onClick={close}>
              {t('desk.close')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
