/**
 * Whether an address is the app's own page: the same scheme and host (port included) as the page we load, compared
 * exactly, never as a prefix (`http://localhost:5173` must not own `http://localhost:51730` nor `…5173.evil.com`).
 * A page without a host (a `file:` URL) owns nothing, rather than every file on the disk.
 */
export function ownUrlMatcher(rendererUrl: string): (url: string) => boolean {
  const own = parsed(rendererUrl);
  if (!own || own.host === '') return () => false;
  return (url) => {
    const candidate = parsed(url);
    return candidate !== null && candidate.protocol === own.protocol && candidate.host.toLowerCase() === own.host.toLowerCase();
  };
}

function parsed(url: string): URL | null {
  return URL.canParse(url) ? new URL(url) : null;
}
