import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../electron/main/mainWindowOptions';

describe('mainWindowOptions', () => {
  for (const packaged of [true, false]) {
    it(`keeps the page isolated and sandboxed, without Node or webviews (packaged: ${packaged})`, () => {
      const options = mainWindowOptions('/app/preload/index.cjs', packaged);
      expect(options.show).toBe(false);
      expect(options.webPreferences).toMatchObject({
        preload: '/app/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
      });
    });
  }

  it('offers DevTools while developing and never in the packaged app', () => {
    expect(mainWindowOptions('/p.cjs', false).webPreferences?.devTools).toBe(true);
    expect(mainWindowOptions('/p.cjs', true).webPreferences?.devTools).toBe(false);
  });
});
