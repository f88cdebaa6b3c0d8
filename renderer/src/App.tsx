import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from './api/ApiContext';
import { LetterheadEditorScreen } from './letterheads/LetterheadEditorScreen';
import { LetterheadListScreen } from './letterheads/LetterheadListScreen';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LanguageSwitch } from './components/LanguageSwitch';
import { CommuniqueEditorScreen } from './screens/CommuniqueEditorScreen';
import { CommuniqueListScreen } from './screens/CommuniqueListScreen';

/** The workstation's frame: header with navigation and interface language, and the current screen. */
export function App() {
  const { t } = useTranslation();
  const api = useApi();
  const [isAdmin, setIsAdmin] = useState(false);
  useEffect(() => {
    void api.getSession({}).then((result) => setIsAdmin(result.ok && (result.value.actor?.roles.includes('admin') ?? false)));
  }, [api]);
  return (
    <Router hook={useHashLocation}>
      <header className="app-header">
        <span className="brand">
          {t('app.name')} <small>{t('app.tagline')}</small>
        </span>
        <nav aria-label={t('app.mainNav')}>
          <Link href="/">{t('list.heading')}</Link>
          {isAdmin && <Link href="/membretes">{t('letterheads.nav')}</Link>}
        </nav>
        <LanguageSwitch />
      </header>
      <Switch>
        <Route path="/c/:id">{(params) => <CommuniqueEditorScreen key={params.id} id={Number(params.id)} />}</Route>
        <Route path="/membretes">
          <LetterheadListScreen />
        </Route>
        <Route path="/membretes/nuevo/:from">{(params) => <LetterheadEditorScreen key={`copy-${params.from}`} copyOf={Number(params.from)} />}</Route>
        <Route path="/membretes/:id">{(params) => <LetterheadEditorScreen key={params.id} id={Number(params.id)} />}</Route>
        <Route>
          <CommuniqueListScreen />
        </Route>
      </Switch>
    </Router>
  );
}
