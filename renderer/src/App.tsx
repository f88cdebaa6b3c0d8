import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { BackupsScreen } from './backup/BackupsScreen';
import { LanguageSwitch } from './components/LanguageSwitch';
import { WhereWorking } from './desk/WhereWorking';
import { VerifyScreen } from './export/VerifyScreen';
import { LetterheadEditorScreen } from './letterheads/LetterheadEditorScreen';
import { LetterheadListScreen } from './letterheads/LetterheadListScreen';
import { AuditScreen } from './review/AuditScreen';
import { InboxLink } from './review/InboxLink';
import { InboxScreen } from './review/InboxScreen';
import { NumbersScreen } from './review/NumbersScreen';
import { ReviewScreen } from './review/ReviewScreen';
import { CommuniqueEditorScreen } from './screens/CommuniqueEditorScreen';
import { CommuniqueListScreen } from './screens/CommuniqueListScreen';
import { UnsentDraftScreen } from './screens/UnsentDraftScreen';
import { PeopleScreen } from './session/PeopleScreen';
import { useSession } from './session/SessionContext';
import { SignInScreen } from './session/SignInScreen';

/** The workstation's frame: who works, navigation, interface language, and the current screen. */
export function App() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.loaded) return <p className="loading">{t('app.loading')}</p>;
  if (!session.actor) return <SignInScreen />;
  const { actor } = session;
  return (
    <Router hook={useHashLocation}>
      <header className="app-header">
        <span className="brand">
          {t('app.name')} <small>{t('app.tagline')}</small>
        </span>
        <nav aria-label={t('app.mainNav')}>
          <Link href="/">{t('list.heading')}</Link>
          <InboxLink />
          <Link href="/numeros">{t('numbers.nav')}</Link>
          <Link href="/bitacora">{t('audit.nav')}</Link>
          <Link href="/verificar">{t('verify.nav')}</Link>
          {session.mayCall('createLetterhead') && <Link href="/membretes">{t('letterheads.nav')}</Link>}
          {session.mayCall('listUsers') && <Link href="/personas">{t('people.nav')}</Link>}
          {session.mayCall('listBackups') && session.backupsHere && <Link href="/copias">{t('backups.nav')}</Link>}
        </nav>
        <span className="who">{actor.workstation ? t('session.workstation') : t('session.workingAs', { name: actor.displayName })}</span>
        {!actor.workstation && (
          <button type="button" className="sign-out" onClick={() => void session.signOut()}>
            {t('session.signOut')}
          </button>
        )}
        <WhereWorking />
        <LanguageSwitch />
      </header>
      <Switch>
        <Route path="/c/:id/revision">{(params) => <ReviewScreen key={params.id} id={Number(params.id)} />}</Route>
        <Route path="/c/:id">{(params) => <CommuniqueEditorScreen key={params.id} id={Number(params.id)} />}</Route>
        <Route path="/nuevo/:key">{(params) => <UnsentDraftScreen key={params.key} draftKey={params.key} />}</Route>
        <Route path="/bandeja">
          <InboxScreen />
        </Route>
        <Route path="/numeros">
          <NumbersScreen />
        </Route>
        <Route path="/bitacora">
          <AuditScreen />
        </Route>
        <Route path="/verificar">
          <VerifyScreen />
        </Route>
        <Route path="/membretes">
          <LetterheadListScreen />
        </Route>
        <Route path="/membretes/nuevo/:from">{(params) => <LetterheadEditorScreen key={`copy-${params.from}`} copyOf={Number(params.from)} />}</Route>
        <Route path="/membretes/:id">{(params) => <LetterheadEditorScreen key={params.id} id={Number(params.id)} />}</Route>
        <Route path="/personas">
          <PeopleScreen />
        </Route>
        <Route path="/copias">
          <BackupsScreen />
        </Route>
        <Route>
          <CommuniqueListScreen />
        </Route>
      </Switch>
    </Router>
  );
}
