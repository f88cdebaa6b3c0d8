import type { HTMLElement, Node } from 'node-html-parser';
import { NodeType, parse } from 'node-html-parser';

/** What a saved web page holds that is never the release: scripts, styles, menus, headers and footers, forms. */
const dropped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'svg',
  'select',
  'menu',
  'head',
]);
const blocks = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tr',
  'ul',
  'ol',
  'center',
  'body',
  'figure',
  'figcaption',
  'dd',
  'dt',
]);
/** Class and id words of a page's chrome (menus, share bars, galleries, breadcrumbs). */
const chrome = /\b(?:menu|navbar|nav|breadcrumbs?|share|social|gallery|galeria|sidebar|footer|header|cookie|banner)\b/i;

/**
 * The text of a saved web page with its blocks apart by blank lines and list items as bullets, leaving out what a page
 * wraps a release in (menus, headers, footers, forms, scripts, share bars, galleries); the reader then drops the
 * clutter that is left ("Imprimir", "regresar"…) and starts at the release's number line or dateline.
 */
export function textOfHtml(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const out: string[] = [];
  let line = '';
  const breakLine = (blank: boolean) => {
    if (line.trim() !== '') out.push(line.replace(/[ \t]+/g, ' ').trim());
    line = '';
    if (blank && out[out.length - 1] !== '') out.push('');
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      line += node.text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.tagName?.toLowerCase() ?? '';
    if (dropped.has(tag)) return;
    if (chrome.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('role') ?? ''}`)) return;
    if (tag === 'br') return breakLine(false);
    if (tag === 'li') {
      breakLine(false);
      line = '• ';
    } else if (blocks.has(tag)) breakLine(true);
    for (const child of element.childNodes) walk(child);
    if (tag === 'li') breakLine(false);
    else if (blocks.has(tag)) breakLine(true);
  };
  walk(root);
  breakLine(true);
  return out.join('\n');
}
