import type { BodyNodeJson } from './bodyJson';
import { emptyBody } from './bodyJson';

/** Turns plain text into a body: blank lines separate paragraphs, single newlines become line breaks. */
export function plainTextToBody(text: string): BodyNodeJson {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  if (paragraphs.length === 0) return emptyBody();
  return {
    type: 'doc',
    content: paragraphs.map((block) => ({ type: 'paragraph', content: lineNodes(block) })),
  };
}

function lineNodes(block: string): BodyNodeJson[] {
  return block.split('\n').flatMap((line, index): BodyNodeJson[] => {
    const text = { type: 'text', text: line.replace(/[ \t]+$/, '') };
    return index === 0 ? [text] : [{ type: 'hardBreak' }, text];
  });
}
