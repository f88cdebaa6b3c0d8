import type { App } from 'electron';
import { shell } from 'electron';
import { isAllowedHref } from '../../shared/body/isAllowedHref';

/** No navigation away from our page, no new windows, no webviews; web and mail links open in the OS. */
export function hardenContents(app: App, isOwnUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedHref(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
