import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LanguageSwitch } from './components/LanguageSwitch';
import { CommuniqueEditorScreen } from './screens/CommuniqueEditorScreen';
import { CommuniqueListScreen } from './screens/CommuniqueListScreen';

/** The workstation's frame: header with navigation and interface language, and the current screen. */
export function App() {
  const { t } = useTranslation();
  return (
    <Router hook={useHashLocation}>
      <header className="app-header">
        <span className="brand">
          {t('app.name')} <small>{t('app.tagline')}</small>
        </span>
        <nav aria-label={t('app.mainNav')}>
          <Link href="/">{t('list.heading')}</Link>
        </nav>
        <LanguageSwitch />
      </header>
      <Switch>
        <Route path="/c/:id">{(params) => <CommuniqueEditorScreen key={params.id} id={Number(params.id)} />}</Route>
        <Route>
          <CommuniqueListScreen />
        </Route>
      </Switch>
    </Router>
  );
}
