const key = 'redacta.session';

/** This tab's session token (each tab signs in on its own; closing the tab forgets it). */
export function sessionToken(): string | undefined {
  return sessionStorage.getItem(key) ?? undefined;
}

/** Remembers or forgets this tab's session token. */
export function setSessionToken(token: string | undefined): void {
  if (token) sessionStorage.setItem(key, token);
  else sessionStorage.removeItem(key);
}
