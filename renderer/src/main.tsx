import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../../shared/contract/createClient';
import type { RedactaApi, Transport } from '../../shared/contract/redactaApi';
import type { Language } from '../../shared/domain/language';
import { ApiProvider } from './api/ApiContext';
import { browserToken } from './api/browserToken';
import { httpTransport } from './api/httpTransport';
import { App } from './App';
import { LiveChangesProvider } from './live/LiveChanges';
import { DamagedStoreScreen } from './screens/DamagedStoreScreen';
import { ServerChangedScreen } from './screens/ServerChangedScreen';
import { UnauthorizedScreen } from './screens/UnauthorizedScreen';
import { setupI18n } from './i18n/setupI18n';
import { SessionProvider } from './session/SessionContext';
import { sessionToken } from './session/sessionToken';
import './styles.css';

const i18n = setupI18n();
const root = createRoot(document.getElementById('root') as HTMLElement);
const showUnauthorized = () => root.render(<UnauthorizedScreen />);
const showServerChanged = (message: string) => root.render(<ServerChangedScreen message={message} />);
let sessionLost: () => void = () => undefined;
let storeDamaged: () => void = () => undefined;

/**
 * Every call carries this tab's session; a call refused for want of one brings the sign-in screen back, and a call
 * refused because the store turned out damaged (its background check at start) brings the screen that restores it.
 */
function withSession(transport: Transport): Transport {
  return async (method, input, meta) => {
    const result = await transport(method, input, { ...meta, session: sessionToken() });
    if (!result.ok && result.error.code === 'UNAUTHORIZED' && method !== 'getSession') sessionLost();
    if (!result.ok && result.error.code === 'DATABASE_DAMAGED' && method !== 'getStoreHealth') storeDamaged();
    return result;
  };
}

/**
 * Electron's preload gives `window.redacta`; an office server (HTTPS: browser mode is only ever plain HTTP on loopback)
 * is talked to with sessions alone; browser mode with the tab's launch token.
 */
function connect(): RedactaApi | null {
  const preload = window.redacta;
  const refusals = { onUnauthorized: showUnauthorized, onContractMismatch: showServerChanged };
  let transport: Transport;
  if (preload) {
    transport = (method, input, meta) => (preload[method] as (input: unknown, meta: unknown) => ReturnType<Transport>)(input, meta);
  } else if (window.location.protocol === 'https:') {
    transport = httpTransport(null, refusals);
  } else {
    const token = browserToken();
    if (!token) return null;
    transport = httpTransport(token, refusals);
  }
  return createClient(withSession(transport), () => ({ locale: i18n.language as Language }));
}

/** The app; or, when the database failed its check at start, the screen that offers its latest good backup. */
async function start(api: RedactaApi): Promise<void> {
  const health = await api.getStoreHealth({});
  if (!health.ok && health.error.code === 'UNAUTHORIZED') return;
  if (health.ok && health.value.damaged) {
    root.render(
      <StrictMode>
        <ApiProvider value={api}>
          <DamagedStoreScreen latestBackup={health.value.latestBackup} />
        </ApiProvider>
      </StrictMode>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <ApiProvider value={api}>
        <SessionProvider
          onLost={(handler) => {
            sessionLost = handler;
          }}
        >
          <LiveChangesProvider>
            <App />
          </LiveChangesProvider>
        </SessionProvider>
      </ApiProvider>
    </StrictMode>,
  );
}

const api = connect();
if (api) {
  storeDamaged = () => void start(api);
  void start(api);
} else {
  showUnauthorized();
}
