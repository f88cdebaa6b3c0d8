import type { BodyNodeJson } from './bodyJson';

/** Renders a body as plain text: paragraphs apart by blank lines, items with "- " or "1. ", quotes with "> ", table rows with " | ". */
export function bodyToPlainText(body: BodyNodeJson): string {
  return blocks(body.content ?? [], '').join('\n\n');
}

function blocks(nodes: BodyNodeJson[], prefix: string): string[] {
  return nodes.flatMap((node) => block(node, prefix));
}

function block(node: BodyNodeJson, prefix: string): string[] {
  switch (node.type) {
    case 'paragraph':
      return [prefix + inline(node.content ?? [])];
    case 'blockquote':
      return blocks(node.content ?? [], `${prefix}> `);
    case 'bulletList':
      return [listItems(node, prefix, () => '- ')];
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return [listItems(node, prefix, (index) => `${start + index}. `)];
    }
    case 'table':
      return [(node.content ?? []).map((row) => prefix + (row.content ?? []).map((cell) => blocks(cell.content ?? [], '').join(' ')).join(' | ')).join('\n')];
    case 'figure': {
      const alt = typeof node.attrs?.alt === 'string' && node.attrs.alt ? `[${node.attrs.alt}]` : '[imagen]';
      const caption = inline(node.content ?? []);
      return [prefix + (caption ? `${alt} ${caption}` : alt)];
    }
    default:
      return [prefix + inline(node.content ?? [])];
  }
}

function listItems(list: BodyNodeJson, prefix: string, bullet: (index: number) => string): string {
  return (list.content ?? [])
    .map((item, index) => {
      const marker = bullet(index);
      const [first = '', ...rest] = blocks(item.content ?? [], '');
      const indent = ' '.repeat(marker.length);
      return [prefix + marker + first, ...rest.map((line) => prefix + indent + line)].join('\n');
    })
    .join('\n');
}

function inline(nodes: BodyNodeJson[]): string {
  return nodes.map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? inline(node.content ?? [])))).join('');
}
