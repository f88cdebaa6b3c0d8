import { EventEmitter } from 'node:events';
import type { App, HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenContents } from '../../../../electron/main/hardenContents';
import { ownUrlMatcher } from '../../../../electron/main/ownUrlMatcher';

type RequestHandler = (contents: WebContents, permission: string, grant: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type CheckHandler = (contents: WebContents | null, permission: string, origin: string, details: { requestingUrl?: string }) => boolean;

/** A stand-in for Electron's web contents: what hardenContents registers on it, and a way to fire its events. */
class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  requestHandler: RequestHandler | undefined;
  checkHandler: CheckHandler | undefined;
  session = {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      this.requestHandler = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      this.checkHandler = handler;
    },
  };
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  /** Fires a navigation-like event the way Electron does (details first, the deprecated url after); true if it was stopped. */
  attempt(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { url, isMainFrame: event !== 'will-frame-navigate', preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

function hardened() {
  const app = new EventEmitter();
  const opened: string[] = [];
  hardenContents(app as unknown as App, ownUrlMatcher('redacta://app/index.html'), async (url) => {
    opened.push(url);
  });
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  const asContents = contents as unknown as WebContents;
  return { contents, asContents, opened };
}

const foreign = ['https://evil.example/', 'redacta://app.evil/index.html', 'file:///etc/passwd', 'javascript:alert(1)'];

describe('hardenContents', () => {
  for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
    it(`${event}: stays on our own page, stops every other address`, () => {
      const { contents } = hardened();
      expect(contents.attempt(event, 'redacta://app/print.html')).toBe(false);
      for (const url of foreign) expect(contents.attempt(event, url), url).toBe(true);
    });
  }

  it('refuses to attach any webview, even one pointing at our own page', () => {
    const { contents } = hardened();
    expect(contents.attempt('will-attach-webview', 'redacta://app/index.html')).toBe(true);
  });

  it('never opens a new window; web and mail links go to the system, nothing else does', () => {
    const { contents, opened } = hardened();
    const open = (url: string) => contents.openHandler?.({ url } as HandlerDetails);
    for (const url of [
      'https://www.ipn.mx/',
      'mailto:prensa@ipn.mx',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'redacta://app/index.html',
      'smb://server/share',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.ipn.mx/', 'mailto:prensa@ipn.mx']);
  });

  it('answers every permission request and check with no, but the clipboard write of our own page', () => {
    const { contents, asContents } = hardened();
    const request = (permission: string, requestingUrl: string) => {
      let answer: boolean | undefined;
      contents.requestHandler?.(asContents, permission, (granted) => (answer = granted), { requestingUrl });
      return answer;
    };
    const check = (permission: string, origin: string) => contents.checkHandler?.(asContents, permission, origin, { requestingUrl: origin });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      expect(request(permission, 'redacta://app/index.html'), permission).toBe(false);
      expect(check(permission, 'redacta://app'), permission).toBe(false);
    }
    expect(request('clipboard-sanitized-write', 'redacta://app/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'redacta://app')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});
