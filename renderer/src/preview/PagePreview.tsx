import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageGeometry, pxPerMm } from '../../../shared/print/pageGeometry';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import { printCss } from '../../../shared/print/printCss';
import { ensureFontFaces } from '../print/ensureFontFaces';
import type { Paginator } from '../print/createPaginator';
import { createPaginator } from '../print/createPaginator';
import { previewCss } from './previewCss';
import { showPagesInView } from './showPagesInView';

/** Name of the performance measure from a pause in typing to the preview painted (read by `npm run bench`). */
export const previewMeasure = 'redacta:preview';

/** The live page preview: the print layout, paginated exactly as the PDF will be, scaled to the pane. */
export function PagePreview({ doc, startMark, hidden = false }: { doc: PrintDocument | null; startMark: string | null; hidden?: boolean }) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const shadow = useRef<ShadowRoot | null>(null);
  const generation = useRef(0);
  const paginator = useRef<Paginator | null>(null);
  const inView = useRef<ReturnType<typeof showPagesInView> | null>(null);
  const frames = useRef(new WeakMap<HTMLElement, HTMLElement>());
  const [pageCount, setPageCount] = useState(0);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    ensureFontFaces();
    if (!host.current || shadow.current) return;
    shadow.current = host.current.attachShadow({ mode: 'open' });
    shadow.current.innerHTML = '<style class="print-css"></style><style class="preview-css"></style><div class="print-root"><div class="pages"></div></div>';
    paginator.current = createPaginator(shadow.current.querySelector('.print-root') as HTMLElement);
    const container = shadow.current.querySelector('.pages') as HTMLElement;
    const shown = showPagesInView(section.current ?? host.current, () => Array.from(container.children) as HTMLElement[]);
    inView.current = shown;
    const observer = new ResizeObserver(([entry]) => {
      setWidth(entry?.contentRect.width ?? 0);
      shown.refresh();
    });
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      shown.destroy();
    };
  }, []);

  const scale = doc && width > 0 ? Math.min(1, (width - 24) / (pageGeometry(doc.letterhead).widthMm * pxPerMm)) : 0.5;

  useEffect(() => {
    const root = shadow.current;
    // Hidden, it has no layout to measure: the text is laid out when it is shown again.
    if (!doc || !root || !paginator.current || hidden) return;
    const run = ++generation.current;
    const css = printCss(doc.letterhead);
    const style = root.querySelector('.print-css') as HTMLStyleElement;
    if (style.textContent !== css) style.textContent = css;
    void paginator.current.layout(doc).then((pages) => {
      if (!pages || run !== generation.current) return; // a newer text is already being laid out
      const container = root.querySelector('.pages') as HTMLElement;
      const wanted = pages.map((page) => {
        let frame = frames.current.get(page);
        if (!frame) {
          frame = document.createElement('div');
          frame.className = 'page-frame';
          frame.setAttribute('role', 'group');
          frame.append(page);
          frames.current.set(page, frame);
        }
        return frame;
      });
      // Pages no longer shown go first, so the pages kept are already in order and only new ones are inserted:
      // moving every page after a changed one cost a 300-page preview a fifth of a second.
      const keep = new Set(wanted);
      for (const child of Array.from(container.children)) if (!keep.has(child as HTMLElement)) child.remove();
      let next: Element | null = container.firstElementChild;
      wanted.forEach((frame, index) => {
        const label = t('preview.page', { x: index + 1, y: pages.length });
        if (frame.getAttribute('aria-label') !== label) frame.setAttribute('aria-label', label);
        if (next === frame) next = frame.nextElementSibling;
        else container.insertBefore(frame, next);
      });
      inView.current?.refresh();
      setPageCount(pages.length);
      if (startMark) requestAnimationFrame(() => performance.measure(previewMeasure, startMark));
    });
  }, [doc, startMark, t, hidden]);

  useEffect(() => {
    const style = shadow.current?.querySelector('.preview-css');
    if (style && doc) style.textContent = previewCss(doc.letterhead, scale);
    inView.current?.refresh();
  }, [doc, scale]);

  return (
    <section ref={section} className="page-preview" aria-labelledby="preview-heading" hidden={hidden}>
      <h2 id="preview-heading">
        {t('preview.heading')} <small>{t('preview.pages', { count: pageCount })}</small>
      </h2>
      <div className="page-preview-pages" ref={host} data-pages={pageCount} />
    </section>
  );
}
