import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/role';
import { roles } from '../../../shared/domain/role';
import type { User } from '../../../shared/domain/user';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { useSession } from './SessionContext';
import { setSessionToken } from './sessionToken';
import { mayAddProfile } from '../../../shared/workflow/mayAddProfile';
import { removesLastAdmin } from '../../../shared/workflow/removesLastAdmin';

/** The office's profiles: who works here, with which roles. On a workstation without profiles, the first one. */
export function PeopleScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const session = useSession();
  const [users, setUsers] = useState<User[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The shared rules: who adds profiles (anyone before the first, then administrators), who manages them.
  const first = !session.profilesExist;
  const manages = !first && session.mayCall('listUsers');
  const adds = mayAddProfile(session.actor?.roles ?? [], session.profilesExist);
  const activeAdmins = users.filter((user) => user.active && user.roles.includes('admin')).length;
  const wouldRemoveLastAdmin = (user: User, change: { roles?: Role[]; active?: boolean }) => removesLastAdmin(user, change, activeAdmins);

  const load = useCallback(async () => {
    if (!manages) return;
    const result = await api.listUsers({});
    if (result.ok) setUsers(result.value);
    else setError(describe(result.error));
  }, [api, describe, manages]);
  useEffect(() => void load(), [load]);

  const update = async (input: Parameters<typeof api.updateUser>[0], message: string) => {
    const result = await api.updateUser(input);
    if (!result.ok) return setError(describe(result.error));
    setError(null);
    setNotice(message);
    // A change to one's own roles changes what every screen may offer: ask again who is working.
    if (result.value.name === session.actor?.name) await session.refresh();
    await load();
  };

  return (
    <main className="list-screen">
      <h1>{t('people.heading')}</h1>
      <p>{first ? t('people.firstExplain') : t('people.explain')}</p>
      {error && <ErrorBanner message={error} />}
      {notice && <p role="status">{notice}</p>}
      {!manages && !adds && <p role="note">{t('people.notAllowed')}</p>}
      {manages && (
        <table className="communique-table">
          <thead>
            <tr>
              <th scope="col">{t('people.displayName')}</th>
              <th scope="col">{t('people.name')}</th>
              {roles.map((role) => (
                <th scope="col" key={role}>
                  {t(`people.role.${role}`)}
                </th>
              ))}
              <th scope="col">{t('people.active')}</th>
              <th scope="col">{t('people.passphrase')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.name}</td>
                {roles.map((role) => (
                  <td key={role}>
                    <input
                      type="checkbox"
                      aria-label={t('people.roleOf', { role: t(`people.role.${role}`), name: user.displayName })}
                      checked={user.roles.includes(role)}
                      // The last active administrator keeps the role: the back end would refuse (LAST_ADMIN).
                      disabled={user.roles.includes(role) && wouldRemoveLastAdmin(user, { roles: user.roles.filter((held) => held !== role) })}
                      title={
                        user.roles.includes(role) && wouldRemoveLastAdmin(user, { roles: user.roles.filter((held) => held !== role) })
                          ? t('people.lastAdmin')
                          : undefined
                      }
                      onChange={(event) => {
                        const next = event.target.checked ? [...user.roles, role] : user.roles.filter((held) => held !== role);
                        if (next.length === 0) return setError(t('people.needRole'));
                        void update({ id: user.id, roles: next }, t('people.saved', { name: user.displayName }));
                      }}
                    />
                  </td>
                ))}
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('people.activeOf', { name: user.displayName })}
                    checked={user.active}
                    disabled={wouldRemoveLastAdmin(user, { active: false })}
                    title={wouldRemoveLastAdmin(user, { active: false }) ? t('people.lastAdmin') : undefined}
                    onChange={(event) => void update({ id: user.id, active: event.target.checked }, t('people.saved', { name: user.displayName }))}
                  />
                </td>
                <td>
                  <ResetPassphrase
                    name={user.displayName}
                    onReset={(passphrase) => update({ id: user.id, passphrase }, t('people.passphraseReset', { name: user.displayName }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adds && (
        <NewProfileForm
          first={first}
          onCreated={async (name, passphrase, displayName) => {
            setNotice(t('people.created', { name: displayName }));
            if (first) {
              // The workstation now has profiles: continue as the one just created.
              const signed = await api.signIn({ name, passphrase });
              if (signed.ok) setSessionToken(signed.value.session);
              await session.refresh();
              return;
            }
            await load();
          }}
        />
      )}
    </main>
  );
}

function ResetPassphrase({ name, onReset }: { name: string; onReset(passphrase: string): Promise<void> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onReset(value).then(() => setValue(''));
      }}
    >
      <input
        type="password"
        autoComplete="new-password"
        aria-label={t('people.newPassphraseOf', { name })}
        value={value}
        minLength={10}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" disabled={value.length < 10}>
        {t('people.reset')}
      </button>
    </form>
  );
}

function NewProfileForm({ first, onCreated }: { first: boolean; onCreated(name: string, passphrase: string, displayName: string): Promise<void> }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [chosen, setChosen] = useState<Role[]>(first ? ['admin'] : ['redaccion']);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="new-profile"
      aria-label={t(first ? 'people.firstHeading' : 'people.newHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase !== again) return setError(t('people.differ'));
        void api.createUser({ name, displayName, roles: chosen, passphrase }).then(async (result) => {
          if (!result.ok) return setError(describe(result.error));
          setError(null);
          setName('');
          setDisplayName('');
          setPassphrase('');
          setAgain('');
          await onCreated(result.value.name, passphrase, result.value.displayName);
        });
      }}
    >
      <h2>{t(first ? 'people.firstHeading' : 'people.newHeading')}</h2>
      <label>
        {t('people.displayName')}
        <input type="text" value={displayName} maxLength={80} required onChange={(event) => setDisplayName(event.target.value)} />
      </label>
      <label>
        {t('people.name')}
        <input
          type="text"
          value={name}
          maxLength={40}
          required
          pattern="[a-z0-9][a-z0-9.\-]{1,39}"
          title={t('people.nameRule')}
          onChange={(event) => setName(event.target.value.toLowerCase())}
        />
      </label>
      <fieldset>
        <legend>{t('people.roles')}</legend>
        {roles.map((role) => (
          <label key={role} className="inline">
            <input
              type="checkbox"
              checked={chosen.includes(role)}
              onChange={(event) => setChosen(event.target.checked ? [...chosen, role] : chosen.filter((held) => held !== role))}
            />
            {t(`people.role.${role}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('people.passphrase')}
        <input type="password" autoComplete="new-password" value={passphrase} minLength={10} required onChange={(event) => setPassphrase(event.target.value)} />
      </label>
      <label>
        {t('people.again')}
        <input type="password" autoComplete="new-password" value={again} minLength={10} required onChange={(event) => setAgain(event.target.value)} />
      </label>
      {error && <ErrorBanner message={error} />}
      <button type="submit" className="primary" disabled={chosen.length === 0}>
        {t(first ? 'people.createFirst' : 'people.create')}
      </button>
    </form>
  );
}
