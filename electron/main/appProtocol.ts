import { net, protocol } from 'electron';
import { normalize, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

/** The renderer's own scheme and origin: `redacta://app/`. */
export const appScheme = 'redacta';
export const appOrigin = `${appScheme}://app`;

/** Must run before `app.ready`: makes `redacta://` a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer under `redacta://app/`, never a file outside it, always with the CSP. */
export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const path = normalize(resolve(root, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`));
    const inside = !relative(root, path).startsWith('..') && (path === root || path.startsWith(root + sep));
    if (url.host !== 'app' || !inside) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
