import { fontFaceCss } from '../../../shared/print/printCss';
import { bundledFontFaces } from './bundledFontFaces';

/** Declares the bundled page fonts once, at document level (Chrome ignores @font-face inside shadow roots). */
export function ensureFontFaces(target: Document = document): void {
  if (target.getElementById('redacta-page-fonts')) return;
  const style = target.createElement('style');
  style.id = 'redacta-page-fonts';
  style.textContent = fontFaceCss(bundledFontFaces);
  target.head.append(style);
}
