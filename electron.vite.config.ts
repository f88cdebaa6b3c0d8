import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './shared/security/contentSecurityPolicy';

/** Puts the shared CSP into the built page, so browser mode, Electron and the file itself agree. */
function cspMeta(): Plugin {
  return {
    name: 'redacta-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    // The dictionaries' package.json exports only index.js; the Hunspell files are reached by path.
    resolve: { alias: { '@dictionaries/es': resolve('node_modules/dictionary-es'), '@dictionaries/en': resolve('node_modules/dictionary-en') } },
    worker: { format: 'es' },
    build: {
      // REDACTA_NO_MINIFY=1 keeps names readable in a profile.
      minify: process.env.REDACTA_NO_MINIFY !== '1',
      // Never inline assets as data: URLs: the CSP lets the page fetch only its own origin (dictionaries, fonts).
      assetsInlineLimit: 0,
      // One local bundle loaded from disk: size warnings meant for the web do not apply.
      chunkSizeWarningLimit: 2000,
      outDir: resolve('out/renderer'),
      // The app, and the print page the PDF printer loads.
      rolldownOptions: { input: { index: resolve('renderer/index.html'), print: resolve('renderer/print.html') } },
    },
  },
});
