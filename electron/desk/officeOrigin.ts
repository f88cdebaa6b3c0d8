import { defaultOfficePort } from '../host/defaultOfficeListen';

/**
 * The origin of an office server from what a person types: `https://host:port`, or `host[:port]` (then the office
 * server's own port unless one is written). Anything else (plain http, a path, a user name, a query) is not an office
 * address: null.
 */
export function officeOrigin(typed: string): string | null {
  const text = typed.trim();
  if (text.length === 0 || text.length > 2048) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let url: URL;
  try {
    url = new URL(withScheme ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '') return null;
  if (!withScheme && url.port === '') url.port = String(defaultOfficePort);
  return url.origin;
}
