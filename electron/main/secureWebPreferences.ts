import type { WebPreferences } from 'electron';

/** What every window of ours runs with: isolated, sandboxed, no Node, no webviews, DevTools only when asked for. */
export function secureWebPreferences(devTools: boolean): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    devTools,
    // Electron's own spellchecker fetches dictionaries from a CDN; Redacta is offline (bundled dictionaries come with the composer).
    spellcheck: false,
  };
}
