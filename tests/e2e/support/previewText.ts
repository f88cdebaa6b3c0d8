import type { Locator } from '@playwright/test';

/** What the preview's pages say, part by part, with paragraphs cut by a page break joined again. */
export interface PreviewText {
  pages: { header: string; footer: string }[];
  number: string;
  dateline: string;
  title: string;
  summary: string[];
  paragraphs: string[];
  closing: string;
}

/** Reads the live preview (a region whose pages sit in a shadow root) into its parts. */
export async function readPreview(preview: Locator): Promise<PreviewText> {
  return preview.locator('.page-preview-pages').evaluate((host) => {
    // Only the pages: the paginator's hidden measuring flow lives beside them.
    const root = (host.shadowRoot as ShadowRoot).querySelector('.pages') as Element;
    const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const pages = [...root.querySelectorAll('.page')];
    const paragraphs: string[] = [];
    let joinNext = false;
    for (const part of root.querySelectorAll('.page-body > .body-p')) {
      const value = text(part);
      if (joinNext) paragraphs[paragraphs.length - 1] = `${paragraphs.at(-1) ?? ''} ${value}`.trim();
      else paragraphs.push(value);
      joinNext = part.classList.contains('continues');
    }
    return {
      pages: pages.map((page) => ({ header: text(page.querySelector('.page-header')), footer: text(page.querySelector('.page-footer')) })),
      number: text(root.querySelector('.doc-number')),
      dateline: text(root.querySelector('.doc-dateline')),
      title: text(root.querySelector('.doc-title')),
      summary: [...root.querySelectorAll('.doc-summary li')].map(text),
      paragraphs,
      closing: text(root.querySelector('.doc-closing')),
    };
  });
}
