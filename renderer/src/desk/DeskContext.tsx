import { createContext, useContext } from 'react';
import type { DeskOffice } from '../../../shared/desk/deskContract';
import type { DeskApi } from './deskClient';

/** Where this page's screens work: a desk (its API; the office it works in, or null for its own database), or an office server's page (null). */
export interface DeskState {
  api: DeskApi;
  office: DeskOffice | null;
}

const DeskContext = createContext<DeskState | null>(null);

/** Gives the screens the desk they run on (none on an office server's page). */
export const DeskProvider = DeskContext.Provider;

/** The desk these screens run on, or null on an office server's own page. */
export function useDesk(): DeskState | null {
  return useContext(DeskContext);
}
