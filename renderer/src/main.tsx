import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../../shared/contract/createClient';
import type { RedactaApi, Transport } from '../../shared/contract/redactaApi';
import type { ContractError } from '../../shared/contract/result';
import type { Language } from '../../shared/domain/language';
import { ApiProvider } from './api/ApiContext';
import { browserToken } from './api/browserToken';
import { httpTransport } from './api/httpTransport';
import { App } from './App';
import { LiveChangesProvider } from './live/LiveChanges';
import type { LiveOpen } from './live/liveOpen';
import { bridgedEvents, fetchEvents } from './live/liveOpen';
import type { DeskApi } from './desk/deskClient';
import { deskClient } from './desk/deskClient';
import type { DeskState } from './desk/DeskContext';
import { DeskProvider } from './desk/DeskContext';
import { OfficeTroubleScreen } from './desk/OfficeTroubleScreen';
import { setStorageScope } from './desk/storageScope';
import { preloadPageFonts } from './print/preloadPageFonts';
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
let certificateChanged: (error: ContractError) => void = () => undefined;

/**
 * Every call carries this tab's session; a call refused for want of one brings the sign-in screen back, a call refused
 * because the store turned out damaged (its background check at start) brings the screen that restores it, and a
 * desk's office presenting another certificate, or speaking another contract, brings the screen that says so.
 */
function withSession(transport: Transport): Transport {
  return async (method, input, meta) => {
    const result = await transport(method, input, { ...meta, session: sessionToken() });
    if (!result.ok && result.error.code === 'UNAUTHORIZED' && method !== 'getSession') sessionLost();
    if (!result.ok && result.error.code === 'DATABASE_DAMAGED' && method !== 'getStoreHealth') storeDamaged();
    // A desk's office presenting another certificate: nothing was sent, and nothing more is until the person decides.
    if (!result.ok && result.error.code === 'OFFICE_CERTIFICATE_CHANGED') certificateChanged(result.error);
    // The office was updated to another contract (an office server's page learns it from its transport too).
    if (!result.ok && result.error.code === 'CONTRACT_MISMATCH') showServerChanged(result.error.message);
    return result;
  };
}

/** How this page reaches its back end: the contract, the desk's own methods (none on an office server's page), the office's live stream. */
interface Connection {
  api: RedactaApi;
  desk: DeskApi | null;
  live: LiveOpen;
}

/**
 * Electron's preload gives `window.redacta` (and the desk's bridges); an office server (HTTPS: browser mode is only
 * ever plain HTTP on loopback) is talked to with sessions alone; browser mode, a desk too, with the tab's launch token.
 */
function connect(): Connection | null {
  const preload = window.redacta;
  const refusals = { onUnauthorized: showUnauthorized, onContractMismatch: showServerChanged };
  const meta = () => ({ locale: i18n.language as Language });
  let transport: Transport;
  let desk: DeskApi | null = null;
  let live: LiveOpen;
  if (preload) {
    transport = (method, input, meta) => (preload[method] as (input: unknown, meta: unknown) => ReturnType<Transport>)(input, meta);
    const bridge = window.redactaDesk;
    if (bridge) desk = deskClient((method, input, callMeta) => bridge[method](input, callMeta), meta);
    live = window.redactaLive ? bridgedEvents(window.redactaLive) : fetchEvents(null);
  } else if (window.location.protocol === 'https:') {
    transport = httpTransport(null, refusals);
    live = fetchEvents(null);
  } else {
    const token = browserToken();
    if (!token) return null;
    transport = httpTransport(token, refusals);
    desk = deskClient(httpTransport(token, refusals, '/desk/'), meta);
    live = fetchEvents(token);
  }
  return { api: createClient(withSession(transport), meta), desk, live };
}

/** Which database a desk works in (null: an office server's own page, or a host without desk methods). */
async function deskState(desk: DeskApi | null): Promise<DeskState | null> {
  if (!desk) return null;
  const connection = await desk.getDeskConnection({});
  return connection.ok ? { api: desk, office: connection.value.office } : null;
}

/** The app; or, when the database failed its check at start, the screen that offers its latest good backup; or, for a desk whose office cannot be used now, the screen that says why. */
async function start(connection: Connection): Promise<void> {
  const { api, live } = connection;
  const desk = await deskState(connection.desk);
  setStorageScope(desk?.office?.url ?? null);
  const health = await api.getStoreHealth({});
  if (!health.ok && health.error.code === 'UNAUTHORIZED') return;
  if (desk?.office) {
    const office = { ...desk, office: desk.office };
    if (!health.ok && health.error.code === 'UNAVAILABLE') {
      const detail = typeof health.error.details.detail === 'string' ? health.error.details.detail : health.error.message;
      root.render(<OfficeTroubleScreen desk={office} trouble={{ kind: 'unreachable', detail }} retry={() => void start(connection)} />);
      return;
    }
    certificateChanged = (error) => root.render(<OfficeTroubleScreen desk={office} trouble={{ kind: 'changed', error }} />);
    if (!health.ok && health.error.code === 'OFFICE_CERTIFICATE_CHANGED') return certificateChanged(health.error);
  }
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
        <DeskProvider value={desk}>
          <SessionProvider
            onLost={(handler) => {
              sessionLost = handler;
            }}
          >
            <LiveChangesProvider open={live}>
              <App />
            </LiveChangesProvider>
          </SessionProvider>
        </DeskProvider>
      </ApiProvider>
    </StrictMode>,
  );
  // The page fonts while the server answers, for a preview made after the network goes.
  preloadPageFonts();
}

const connection = connect();
if (connection) {
  storeDamaged = () => void start(connection);
  void start(connection);
} else {
  showUnauthorized();
}
