import { pageGeometry, pxPerMm } from '../../../shared/print/pageGeometry';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { shownPageClass } from './showPagesInView';

/**
 * Screen-only additions around the printed pages: a grey desk, page shadows, scaling by transform (no re-layout), the
 * hidden measuring flow clipped (unscaled, it made the pane scroll on past the last page),
 * and pages out of view skipped by layout and paint (content-visibility; `showPagesInView` shows those in view), so a
 * long communiqué stays cheap.
 */
export function previewCss(letterhead: LetterheadDefinition, scale: number): string {
  const page = pageGeometry(letterhead);
  const width = page.widthMm * pxPerMm;
  const height = page.heightMm * pxPerMm;
  return `
:host { display: block; }
.print-root { position: relative; overflow: clip; }
.pages { display: flex; flex-direction: column; align-items: center; gap: 14px; padding: 12px 0 24px; }
.page-frame { width: ${width * scale}px; height: ${height * scale}px; box-shadow: 0 1px 4px rgba(0,0,0,.25); background: #fff;
  content-visibility: hidden; contain-intrinsic-size: ${width * scale}px ${height * scale}px; }
.page-frame.${shownPageClass} { content-visibility: visible; }
.page-frame > .page { transform: scale(${scale}); transform-origin: 0 0; }
`;
}
