import { relative, resolve, sep } from 'node:path';
import { appHost } from './appOrigin';

/**
 * The file of the built renderer a `redacta://app/…` address names, or null (served as «not found») for another host,
 * a port, an address that does not parse or decode, or a path that would leave the renderer's folder.
 */
export function rendererFilePath(rendererDir: string, requestUrl: string): string | null {
  if (!URL.canParse(requestUrl)) return null;
  const url = new URL(requestUrl);
  if (url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  const root = resolve(rendererDir);
  const path = resolve(root, `.${pathname}`);
  const inside = !relative(root, path).startsWith('..') && path.startsWith(root + sep);
  return inside ? path : null;
}
