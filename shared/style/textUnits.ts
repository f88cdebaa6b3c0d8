import type { Content } from '../domain/content';
import { bodySchema } from '../body/bodySchema';

/** A run of text the rules read: the title, the place, one bullet, or one textblock of the body. */
export interface TextUnit {
  field: 'title' | 'place' | 'summary' | 'body';
  index?: number | undefined;
  text: string;
  /** Where offset 0 sits: 0 for plain fields, the document position of the block's first character for the body. */
  base: number;
}

/** Every text of a communiqué in reading order; body blocks count inline leaves (line breaks) as one character. */
export function textUnits(content: Content): TextUnit[] {
  const units: TextUnit[] = [
    { field: 'title', text: content.title, base: 0 },
    { field: 'place', text: content.place, base: 0 },
    ...content.summary.map((text, index) => ({ field: 'summary' as const, index, text, base: 0 })),
  ];
  return [...units, ...bodyUnits(content)];
}

/** The body's textblocks (paragraphs, list items, quotes, cells, captions) with their positions. */
export function bodyUnits(content: Content): TextUnit[] {
  const units: TextUnit[] = [];
  let doc: ReturnType<ReturnType<typeof bodySchema>['nodeFromJSON']>;
  try {
    doc = bodySchema().nodeFromJSON(content.body);
  } catch {
    return units; // a body the schema rejects is reported by the back end, not by the style checks
  }
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    units.push({ field: 'body', index: units.length, text: node.textBetween(0, node.content.size, undefined, '\ufffc'), base: pos + 1 });
    return false;
  });
  return units;
}

/** An edit replacing [start, end) of a unit's text. */
export function unitEdit(unit: TextUnit, start: number, end: number, insert: string) {
  return {
    field: unit.field,
    index: unit.field === 'summary' ? unit.index : undefined,
    from: unit.base + start,
    to: unit.base + end,
    insert,
  };
}
