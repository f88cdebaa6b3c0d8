import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/result';
import { useErrorMessage } from '../api/useErrorMessage';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { DeskState } from './DeskContext';
import { startAfresh } from './startAfresh';

/** Why a desk cannot use its office now: unreachable (with the network's reason), or presenting another certificate. */
export type OfficeTrouble = { kind: 'unreachable'; detail: string } | { kind: 'changed'; error: ContractError };

/**
 * A desk working in an office that it cannot use now: unreachable (try again, or work in this computer's database
 * meanwhile), or presenting another certificate (nothing was sent; back to this computer).
 */
export function OfficeTroubleScreen({ desk, trouble, retry }: { desk: DeskState & { office: { url: string } }; trouble: OfficeTrouble; retry?: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <main className="unauthorized">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <h1>{trouble.kind === 'unreachable' ? t('desk.unreachableHeading') : t('desk.changedHeading')}</h1>
      <p role="alert">{trouble.kind === 'unreachable' ? t('desk.unreachable', { url: desk.office.url, detail: trouble.detail }) : describe(trouble.error)}</p>
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
