import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../../shared/contract/createClient';
import type { RedactaApi } from '../../shared/contract/redactaApi';
import type { Language } from '../../shared/domain/language';
import { ApiProvider } from './api/ApiContext';
import { browserToken } from './api/browserToken';
import { httpTransport } from './api/httpTransport';
import { App } from './App';
import { UnauthorizedScreen } from './screens/UnauthorizedScreen';
import { setupI18n } from './i18n/setupI18n';
import './styles.css';

const i18n = setupI18n();
const root = createRoot(document.getElementById('root') as HTMLElement);
const showUnauthorized = () => root.render(<UnauthorizedScreen />);

/** Electron's preload gives `window.redacta`; browser mode talks HTTP with the tab's token. */
function connect(): RedactaApi | null {
  if (window.redacta) return window.redacta;
  const token = browserToken();
  if (!token) return null;
  return createClient(httpTransport(token, showUnauthorized), () => ({ locale: i18n.language as Language }));
}

const api = connect();
if (api) {
  root.render(
    <StrictMode>
      <ApiProvider value={api}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
} else {
  showUnauthorized();
}
