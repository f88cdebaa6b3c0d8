import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { networkReason } from '../../../shared/contract/networkReason';
import type { ContractError } from '../../../shared/contract/result';
import { useErrorMessage } from '../api/useErrorMessage';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { DeskState } from './DeskContext';
import { startAfresh } from './startAfresh';

/** How often an office out of reach is asked again without the person. */
const retryAloneMs = 15_000;

/** Why a desk cannot use its office now: unreachable (with the network's reason), or presenting another certificate. */
export type OfficeTrouble = { kind: 'unreachable'; detail: string } | { kind: 'changed'; error: ContractError };

/**
 * A desk working in an office that it cannot use now: unreachable (try again, or work in this computer's database
 * meanwhile), or presenting another certificate (nothing was sent; back to this computer).
 */
export function OfficeTroubleScreen({ desk, trouble, retry }: { desk: DeskState & { office: { url: string } }; trouble: OfficeTrouble; retry?: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  // An office out of reach is asked again by itself: the person need not stay to press «Reintentar».
  useEffect(() => {
    if (trouble.kind !== 'unreachable' || !retry) return;
    const timer = setTimeout(retry, retryAloneMs);
    return () => clearTimeout(timer);
  }, [trouble, retry]);
  const reason = trouble.kind === 'unreachable' ? networkReason(trouble.detail) : null;
  const detail = trouble.kind === 'unreachable' ? (reason ? t(`network.${reason}`) : trouble.detail) : '';
  return (
    <main className="unauthorized">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <h1>{trouble.kind === 'unreachable' ? t('desk.unreachableHeading') : t('desk.changedHeading')}</h1>
      <p role="alert">{trouble.kind === 'unreachable' ? t('desk.unreachable', { url: desk.office.url, detail }) : describe(trouble.error)}</p>
      {trouble.kind === 'unreachable' && retry && <p>{t('desk.retryingAlone', { seconds: retryAloneMs / 1000 })}</p>}
      <div className="actions">
        {retry && (
          <button type="button" onClick={retry}>
            {t('desk.retry')}
          </button>
        )}
        <button type="button" onClick={() => void desk.api.leaveOffice({}).then((result) => result.ok && startAfresh())}>
          {t('desk.leave')}
        </button>
      </div>
    </main>
  );
}
