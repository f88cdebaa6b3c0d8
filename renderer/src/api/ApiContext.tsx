import { createContext, useContext } from 'react';
import type { RedactaApi } from '../../../shared/contract/redactaApi';

const ApiContext = createContext<RedactaApi | null>(null);

/** Provides the contract client to every screen. */
export const ApiProvider = ApiContext.Provider;

/** The contract client: `window.redacta` in Electron, HTTP in browser mode. */
export function useApi(): RedactaApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
