import type { App, Event } from 'electron';
import { isAllowedHref } from '../../shared/body/isAllowedHref';
import { permissionVerdict } from './permissionVerdict';

/**
 * Every page, in every frame, stays on our own origin: navigations, redirects and frame navigations elsewhere are
 * stopped, webviews refused, new windows denied (web and mail links open in the OS instead), and every permission
 * refused but our own page's clipboard write.
 */
export function hardenContents(app: App, isOwnUrl: (url: string) => boolean, openExternal: (url: string) => Promise<void>): void {
  const stayHome = (event: Event<{ url: string }>) => {
    if (!isOwnUrl(event.url)) event.preventDefault();
  };
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', stayHome);
    contents.on('will-redirect', stayHome);
    contents.on('will-frame-navigate', stayHome);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedHref(url)) void openExternal(url).catch(() => undefined);
      return { action: 'deny' };
    });
    contents.session.setPermissionRequestHandler((_contents, permission, grant, details) =>
      grant(permissionVerdict(permission, details.requestingUrl, isOwnUrl)),
    );
    contents.session.setPermissionCheckHandler((_contents, permission, origin, details) =>
      permissionVerdict(permission, details.requestingUrl ?? origin, isOwnUrl),
    );
  });
}
