import { setSessionToken } from '../session/sessionToken';

/** After the desk changed database: no session of the other one is kept, and the page starts again at the list. */
export function startAfresh(): void {
  setSessionToken(undefined);
  window.location.hash = '#/';
  window.location.reload();
}
