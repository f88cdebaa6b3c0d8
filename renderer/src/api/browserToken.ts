const storageKey = 'redacta.token';

/**
 * The browser-mode token: taken from `?token=` and removed from the address bar (so it does not linger in history or
 * screenshots), then kept for this address, so a bookmark or a second tab of the same address works too; `serve`
 * keeps the token across restarts, and a replaced one (`--new-token`) is simply refused.
 */
export function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    localStorage.setItem(storageKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return localStorage.getItem(storageKey);
}
