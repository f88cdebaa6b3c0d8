import type { BodyNodeJson } from '../body/bodyJson';
import { isAllowedImageSrc } from '../body/imageSource';
import { escapeHtml } from './escapeHtml';
import { renderInline } from './renderInline';

/** The body's top-level nodes, one HTML block each: the units the paginator places and splits. */
export function renderBodyBlocks(body: BodyNodeJson): string[] {
  return (body.content ?? []).map(renderBlock).filter((html) => html !== '');
}

function renderBlock(node: BodyNodeJson): string {
  switch (node.type) {
    case 'paragraph':
      return `<p class="body-p">${renderInline(node.content) || '<br>'}</p>`;
    case 'blockquote':
      return `<blockquote class="body-quote">${inner(node)}</blockquote>`;
    case 'bulletList':
      return `<ul class="body-list">${inner(node)}</ul>`;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return `<ol class="body-list" start="${start}">${inner(node)}</ol>`;
    }
    case 'table':
      return `<table class="body-table"><tbody>${inner(node)}</tbody></table>`;
    case 'figure': {
      const src = node.attrs?.src;
      if (!isAllowedImageSrc(src)) return '';
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
      const caption = renderInline(node.content);
      return `<figure class="body-figure"><img src="${src}" alt="${escapeHtml(alt)}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
    }
    default:
      return '';
  }
}

/** Content nested inside a block (list items, quoted paragraphs, table rows and cells). */
function inner(node: BodyNodeJson): string {
  return (node.content ?? [])
    .map((child) => {
      switch (child.type) {
        case 'paragraph':
          return `<p>${renderInline(child.content) || '<br>'}</p>`;
        case 'listItem':
          return `<li>${inner(child)}</li>`;
        case 'tableRow':
          return `<tr>${inner(child)}</tr>`;
        case 'tableHeader':
        case 'tableCell': {
          const tag = child.type === 'tableHeader' ? 'th' : 'td';
          const span = (name: string) => {
            const value = child.attrs?.[name];
            return typeof value === 'number' && value > 1 ? ` ${name}="${value}"` : '';
          };
          return `<${tag}${span('colspan')}${span('rowspan')}>${inner(child)}</${tag}>`;
        }
        default:
          return renderBlock(child);
      }
    })
    .join('');
}
