import type { IRunOptions, ParagraphChild } from 'docx';
import { ExternalHyperlink, TextRun } from 'docx';
import type { InlineHandlers, InlineNode, MarkHandlers } from '../../../shared/body/bodyNode';
import { onInline, onMark } from '../../../shared/body/bodyNode';

/** Character formatting a run inherits from its surroundings (a quote is italic, a header cell bold). */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** A run being built: its formatting, and the link it sits in, if any. */
interface Run {
  options: { text: string; bold: boolean; italics: boolean; underline?: IRunOptions['underline'] };
  link: string | null;
}

const markRun: MarkHandlers<Run, [Run]> = {
  bold: (_mark, run) => ({ ...run, options: { ...run.options, bold: true } }),
  italic: (_mark, run) => ({ ...run, options: { ...run.options, italics: true } }),
  underline: (_mark, run) => ({ ...run, options: { ...run.options, underline: {} } }),
  link: (mark, run) => ({ ...run, link: mark.href }),
};

const inlineDocx: InlineHandlers<ParagraphChild[], [RunStyle]> = {
  text: (node, inherited) => {
    const start: Run = { options: { text: node.text, bold: inherited.bold === true, italics: inherited.italics === true }, link: null };
    const run = node.marks.reduce((built, mark) => onMark(markRun, mark, built), start);
    if (run.link) return [new ExternalHyperlink({ link: run.link, children: [new TextRun({ ...run.options, style: 'Hyperlink' })] })];
    return [new TextRun(run.options)];
  },
  hardBreak: () => [new TextRun({ break: 1 })],
};

/** Inline content (text with bold, italic, underline and links; line breaks) as Word runs. */
export function docxInline(nodes: readonly InlineNode[] = [], inherited: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node) => onInline(inlineDocx, node, inherited));
}
