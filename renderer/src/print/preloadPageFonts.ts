import { bundledFontFaces } from './bundledFontFaces';
import { ensureFontFaces } from './ensureFontFaces';

/**
 * Loads the page fonts once the app has started, while the server is surely reachable: a browser on an office server
 * that loses the network later still lays out pages (a draft started offline has its preview from its first word).
 */
export function preloadPageFonts(): void {
  ensureFontFaces();
  for (const face of bundledFontFaces)
    void document.fonts.load(`${face.style} ${face.weight} 12px "${face.family}"`).catch(() => {
      // Not loaded now: the preview asks again when it needs them.
    });
}
