import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/result';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { WhereWorking } from '../desk/WhereWorking';
import { useSession } from './SessionContext';
import { setSessionToken } from './sessionToken';
import { startsInInbox } from '../../../shared/workflow/waitingFor';

/** Who is working: a profile and its passphrase, asked when the workstation has profiles. */
export function SignInScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { refresh, office } = useSession();
  const [profiles, setProfiles] = useState<{ name: string; displayName: string }[]>([]);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  // The refusal itself, said at each render in the interface's language (switching it translates the message too).
  const [error, setError] = useState<ContractError | null>(null);
  const [busy, setBusy] = useState(false);
  // While the back end asks to wait (SIGN_IN_LOCKED), the button waits too, and the message goes when the wait is over.
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  useEffect(() => {
    if (waitUntil === null) return;
    const timer = window.setTimeout(
      () => {
        setWaitUntil(null);
        setError(null);
      },
      Math.max(0, waitUntil - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [waitUntil]);
  useEffect(() => {
    void api.listProfiles({}).then((result) => {
      if (!result.ok) return;
      setProfiles(result.value);
      setName((current) => current || result.value[0]?.name || '');
    });
  }, [api]);
  return (
    <main className="sign-in">
      <div className="sign-in-language">
        <WhereWorking />
        <LanguageSwitch />
      </div>
      <h1>{t('app.name')}</h1>
      <form
        aria-label={t('session.heading')}
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void api.signIn({ name, passphrase }).then(async (result) => {
            setBusy(false);
            if (!result.ok) {
              const { code, details } = result.error;
              setWaitUntil(code === 'SIGN_IN_LOCKED' && typeof details.retryAt === 'string' ? Date.parse(details.retryAt) : null);
              return setError(result.error);
            }
            setSessionToken(result.value.session);
            // Those who review start where the work waits for them.
            if (startsInInbox(result.value.actor.roles)) window.location.hash = '#/bandeja';
            await refresh();
          });
        }}
      >
        <h2>{t('session.heading')}</h2>
        {office ? (
          // An office server keeps its people's names to itself: each types their own.
          <label>
            {t('session.profile')}
            <input
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={100}
              value={name}
              onChange={(event) => {
                setName(event.target.value.trim());
                setWaitUntil(null);
              }}
              required
            />
          </label>
        ) : (
          <label>
            {t('session.profile')}
            <select
              value={name}
              onChange={(event) => {
                // Another profile may not have to wait: the back end says so if its place does.
                setName(event.target.value);
                setWaitUntil(null);
              }}
              required
            >
              {profiles.map((profile) => (
                <option key={profile.name} value={profile.name}>
                  {profile.displayName} ({profile.name})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('session.passphrase')}
          <input type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} required />
        </label>
        {error && <ErrorBanner message={describe(error)} />}
        <button type="submit" className="primary" disabled={busy || waitUntil !== null || !name || !passphrase}>
          {t('session.signIn')}
        </button>
      </form>
    </main>
  );
}
