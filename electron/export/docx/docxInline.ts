import type { ParagraphChild } from 'docx';
import { ExternalHyperlink, TextRun } from 'docx';
import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import { isAllowedHref } from '../../../shared/body/isAllowedHref';

/** Character formatting a run inherits from its surroundings (a quote is italic, a header cell bold). */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Inline content (text with bold, italic, underline and links; line breaks) as Word runs. */
export function docxInline(nodes: readonly BodyNodeJson[] = [], inherited: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    if (node.type === 'hardBreak') return [new TextRun({ break: 1 })];
    if (node.type !== 'text') return docxInline(node.content, inherited);
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    const run = {
      text: node.text ?? '',
      bold: marks.has('bold') || inherited.bold === true,
      italics: marks.has('italic') || inherited.italics === true,
      ...(marks.has('underline') ? { underline: {} } : {}),
    };
    const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
    if (typeof href === 'string' && isAllowedHref(href)) {
      return [new ExternalHyperlink({ link: href, children: [new TextRun({ ...run, style: 'Hyperlink' })] })];
    }
    return [new TextRun(run)];
  });
}
