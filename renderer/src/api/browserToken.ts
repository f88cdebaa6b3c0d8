const storageKey = 'redacta.token';

/**
 * The browser-mode session token: taken from `?token=` once, kept for this tab only, and removed from the
 * address bar so it does not linger in history or screenshots.
 */
export function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(storageKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(storageKey);
}
