import { pageGeometry, pxPerMm } from '../../../shared/print/pageGeometry';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import { renderDocumentBlocks } from '../../../shared/print/renderDocumentBlocks';
import { renderDraftMark } from '../../../shared/print/renderDraftMark';
import { renderLetterheadFooter, renderLetterheadHeader } from '../../../shared/print/renderLetterhead';
import type { KnownBreaks, MeasuredBlock } from './measureBlocks';
import { measureBlocks } from './measureBlocks';
import type { Piece } from './planPages';
import { planPages } from './planPages';
import { slicesOf } from './slicesOf';
import { createBlockIds } from './createBlockIds';
import { splitBlock } from './splitBlock';
import { fromPath, toPath } from './splitPointPath';
import type { TaskPacer } from '../taskPacer';
import { taskPacer } from '../taskPacer';

/** Lays communiqués out as pages, again and again, cheaply: what did not change is neither re-laid out nor rebuilt. */
export interface Paginator {
  /**
   * The pages of `doc`; pages whose content did not change since the last call are the same elements. Null when a
   * newer text was asked for before this one was laid out (a long text is laid out in steps, and the newer one wins).
   */
  layout(doc: PrintDocument): Promise<HTMLElement[] | null>;
}

/** The work of a layout goes in tasks of about this long, giving the keyboard its turn between them. */
const taskBudgetMs = 8;

/**
 * New blocks with more HTML than this go into the flow a slice at a time, each laid out in its own task: the browser
 * lays out about 3,000 characters a millisecond here, and 30 pages pasted at once made one task of 40-50 ms.
 */
const sliceChars = 16_000;

/**
 * A paginator working inside `host` (which carries the print CSS). It keeps a hidden flow of the document's blocks
 * and replaces only the blocks that changed, so the browser re-lays out little; it measures the flow, plans the
 * page breaks by arithmetic, and builds each page from copies of the blocks, cut at the planned lines.
 */
export function createPaginator(host: HTMLElement | ShadowRoot): Paginator {
  const ownerDocument = host instanceof ShadowRoot ? host.ownerDocument : host.ownerDocument;
  const flow = ownerDocument.createElement('div');
  flow.className = 'page-measure';
  flow.setAttribute('aria-hidden', 'true');
  host.append(flow);
  let blocksHtml: string[] = [];
  let pagesBySignature = new Map<string, HTMLElement>();
  const blockIds = createBlockIds();
  let frameKey = '';
  const numbered = new WeakMap<HTMLElement, string>();
  let knownBreaks: KnownBreaks = new WeakMap();
  // Page font families found loaded: a font stays loaded, and asking the browser again restyles every page.
  const fontsReady = new Set<string>();

  /** Replaces the blocks that changed; much new text goes in a slice at a time, each laid out in its own task. */
  const updateFlow = async (next: string[], pacer: TaskPacer) => {
    let prefix = 0;
    while (prefix < next.length && prefix < blocksHtml.length && next[prefix] === blocksHtml[prefix]) prefix += 1;
    let suffix = 0;
    while (
      suffix < next.length - prefix &&
      suffix < blocksHtml.length - prefix &&
      next[next.length - 1 - suffix] === blocksHtml[blocksHtml.length - 1 - suffix]
    ) {
      suffix += 1;
    }
    for (let i = blocksHtml.length - suffix - 1; i >= prefix; i -= 1) flow.children[i]?.remove();
    const after = flow.children[prefix] ?? null;
    blocksHtml = next;
    const slices = slicesOf(next.slice(prefix, next.length - suffix), sliceChars);
    for (const [index, slice] of slices.entries()) {
      if (index > 0) await pacer.yield();
      const template = ownerDocument.createElement('template');
      template.innerHTML = slice.join('');
      flow.insertBefore(template.content, after);
      // Laid out now, in this slice's task, not all together in the next frame.
      if (slices.length > 1) flow.getBoundingClientRect();
    }
  };

  // One layout at a time: a long one yields between its steps, and a newer text makes it stop at the next step.
  let queue: Promise<unknown> = Promise.resolve();
  let latest: PrintDocument | null = null;

  const layoutNow = async (doc: PrintDocument): Promise<HTMLElement[] | null> => {
    // Begun in a task of its own (not inside the render that asked for it), and yielding whenever a task ran its budget.
    const pacer = taskPacer(taskBudgetMs);
    await pacer.yield();
    if (latest !== doc) return null;
    /**
     * Whether to go on: false once a newer text was asked for, or once the flow has no layout (the preview was hidden:
     * cut points read then would be nowhere, and pages cut at them kept).
     */
    const step = async () => {
      await pacer.pace();
      return latest === doc && flow.getClientRects().length > 0;
    };
    const html = renderDocumentBlocks(doc);
    const key = JSON.stringify([doc.letterhead, doc.labels, doc.draft]);
    if (key !== frameKey) {
      // Another letterhead or labels: every page changes.
      pagesBySignature = new Map();
      knownBreaks = new WeakMap();
      frameKey = key;
    }
    await updateFlow(html, pacer);
    await ready(ownerDocument, doc.letterhead.font.family, fontsReady, [...flow.querySelectorAll('img')]);
    /** Runs `steps` to its end, a step at a time; null once a step says not to go on. */
    const stepped = async <T>(steps: Generator<void, T, void>): Promise<T | null> => {
      for (let next = steps.next(); ; next = steps.next()) {
        if (next.done) return next.value;
        if (!(await step())) return null;
      }
    };
    if (!(await step())) return null;
    const blocks = await stepped(measureBlocks(flow, knownBreaks));
    if (!blocks || !(await step())) return null;
    const plan = await stepped(planPages(blocks, pageGeometry(doc.letterhead).contentHeightMm * pxPerMm));
    if (!plan) return null;
    // Pages alike (a text repeated) are told apart by their turn, so no page element is ever handed to two places.
    const alike = new Map<string, number>();
    const ids = blockIds(html);
    const signatures = plan.map((pieces) => {
      const shown = pieces.map((piece) => signature(piece, blocks, ids)).join(' ');
      const turn = alike.get(shown) ?? 0;
      alike.set(shown, turn + 1);
      return `${shown}\u0001${turn}`;
    });
    const header = renderLetterheadHeader(doc.letterhead);
    const footer = renderLetterheadFooter(doc.letterhead, doc.labels.page);
    const draftMark = doc.draft ? renderDraftMark(doc.labels.draft, doc.letterhead) : '';

    // Locate every cut on the flow (only this paginator changes its blocks, and each step makes sure it is laid out);
    // the copies are cut afterwards, on pieces of detached pages.
    type Located = { block: MeasuredBlock; paths: ReturnType<typeof toPath>[]; which: number };
    const built: { reused: HTMLElement | undefined; pieces: Located[] }[] = [];
    for (const [index, pieces] of plan.entries()) {
      const reused = pagesBySignature.get(signatures[index] ?? '');
      if (reused) {
        built.push({ reused, pieces: [] });
        continue;
      }
      if (!(await step())) return null;
      built.push({
        reused: undefined,
        pieces: pieces.map((piece) => {
          const block = blocks[piece.block] as MeasuredBlock;
          const points = [piece.from, piece.to].filter((point) => point !== undefined).map((point) => toPath(block.element, point.locate()));
          return { block, paths: points, which: piece.from ? 1 : 0 };
        }),
      });
    }

    const pages: HTMLElement[] = [];
    for (const { reused, pieces } of built) {
      if (reused) {
        pages.push(reused);
        continue;
      }
      if (!(await step())) return null;
      const page = ownerDocument.createElement('section');
      page.className = 'page';
      page.innerHTML = `${header}<div class="page-body"></div>${footer}${draftMark}`;
      const body = page.querySelector('.page-body') as HTMLElement;
      for (const { block, paths, which } of pieces) {
        const copy = block.element.cloneNode(true) as HTMLElement;
        const parts = splitBlock(
          copy,
          paths.map((path) => fromPath(copy, path)),
        );
        const part = parts[which];
        if (part) body.append(part);
      }
      pages.push(page);
    }
    pagesBySignature = new Map(pages.map((page, index) => [signatures[index] ?? '', page]));
    // Page numbers are written only where they change, never on the pages kept as they were.
    const number = (span: Element, value: string) => {
      if (span.textContent !== value) span.textContent = value;
    };
    pages.forEach((page, index) => {
      if (numbered.get(page) === `${index + 1}/${pages.length}`) return;
      numbered.set(page, `${index + 1}/${pages.length}`);
      for (const span of page.querySelectorAll('.page-x')) number(span, String(index + 1));
      for (const span of page.querySelectorAll('.page-y')) number(span, String(pages.length));
    });
    return pages;
  };

  return {
    layout(doc) {
      latest = doc;
      const run = queue.then(() => (latest === doc ? layoutNow(doc) : null));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** What a piece shows: its block's HTML (by number) and the lines it runs between, so equal signatures mean equal pages. */
function signature(piece: Piece, blocks: readonly MeasuredBlock[], ids: readonly number[]): string {
  // Only a cut block's cut points are asked for: asking reads the layout of a block that moved.
  const breaks = piece.from || piece.to ? (blocks[piece.block]?.breaks ?? []) : [];
  const from = piece.from ? breaks.indexOf(piece.from) : -1;
  const to = piece.to ? breaks.indexOf(piece.to) : -1;
  return `${ids[piece.block] ?? ''}@${from}:${to}`;
}

/**
 * Waits for the page font (a fallback font would wrap lines elsewhere) and for images, only if not ready yet; a family
 * found loaded goes into `loaded` and is not asked for again.
 */
async function ready(ownerDocument: Document, family: string, loaded: Set<string>, images: HTMLImageElement[]): Promise<void> {
  const faces = (loaded.has(family) ? [] : ['400 normal', '400 italic', '700 normal', '700 italic']).map((face) => {
    const [weight, style] = face.split(' ');
    return `${style} ${weight} 12px "${family}"`;
  });
  const pending = [
    ...faces.filter((face) => !ownerDocument.fonts.check(face)).map((face) => ownerDocument.fonts.load(face)),
    ...images.filter((image) => !image.complete).map((image) => image.decode().catch(() => undefined)),
  ];
  if (pending.length > 0) await Promise.all(pending);
  loaded.add(family);
}
