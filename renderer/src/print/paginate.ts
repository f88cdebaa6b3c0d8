import { pageGeometry, pxPerMm } from '../../../shared/print/pageGeometry';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import { renderDocumentBlocks } from '../../../shared/print/renderDocumentBlocks';
import { renderLetterheadFooter, renderLetterheadHeader } from '../../../shared/print/renderLetterhead';
import type { SplitPoint } from './measureBlocks';
import { measureBlocks } from './measureBlocks';
import { planPages } from './planPages';
import { splitBlock } from './splitBlock';

/**
 * Lays a communiqué out as pages inside `host` (which must carry the print CSS), and returns them.
 * Three steps, so layout is read once: measure every block, plan the page breaks by arithmetic, then cut.
 */
export async function paginate(host: HTMLElement | ShadowRoot, doc: PrintDocument): Promise<HTMLElement[]> {
  const ownerDocument = host instanceof ShadowRoot ? host.ownerDocument : host.ownerDocument;
  const flow = ownerDocument.createElement('div');
  flow.className = 'page-measure';
  flow.innerHTML = renderDocumentBlocks(doc).join('');
  host.append(flow);
  try {
    // Measure only in the page's own fonts: load them (a fallback font would wrap lines elsewhere), and decode images.
    const family = doc.letterhead.font.family;
    await Promise.all([
      ...['400 normal', '400 italic', '700 normal', '700 italic'].map((face) => {
        const [weight, style] = face.split(' ');
        return ownerDocument.fonts.load(`${style} ${weight} 12px "${family}"`);
      }),
      ...[...flow.querySelectorAll('img')].map((image) => image.decode().catch(() => undefined)),
    ]);
    const blocks = measureBlocks(flow);
    const height = pageGeometry(doc.letterhead).contentHeightMm * pxPerMm;
    const plan = planPages(blocks, height);

    // Locate every cut while the layout is still untouched, then cut.
    const cuts = new Map<number, SplitPoint[]>();
    for (const piece of plan.flat()) if (piece.to) cuts.set(piece.block, [...(cuts.get(piece.block) ?? []), piece.to.locate()]);
    const parts = blocks.map((block, index) => splitBlock(block.element, cuts.get(index) ?? []));

    const used = new Map<number, number>();
    const header = renderLetterheadHeader(doc.letterhead);
    const footer = renderLetterheadFooter(doc.letterhead, doc.labels.page);
    const draftMark = doc.draft ? `<div class="draft-mark" aria-hidden="true">${doc.labels.draft}</div>` : '';
    return plan.map((pieces, pageIndex) => {
      const page = ownerDocument.createElement('section');
      page.className = 'page';
      page.innerHTML = `${header}<div class="page-body"></div>${footer}${draftMark}`;
      const body = page.querySelector('.page-body') as HTMLElement;
      for (const piece of pieces) {
        const n = used.get(piece.block) ?? 0;
        used.set(piece.block, n + 1);
        const part = parts[piece.block]?.[n];
        if (part) body.append(part);
      }
      page.querySelectorAll('.page-x').forEach((span) => (span.textContent = String(pageIndex + 1)));
      page.querySelectorAll('.page-y').forEach((span) => (span.textContent = String(plan.length)));
      return page;
    });
  } finally {
    flow.remove();
  }
}
