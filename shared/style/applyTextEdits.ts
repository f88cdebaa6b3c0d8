import { Transform } from '@tiptap/pm/transform';
import type { BodyNodeJson } from '../body/bodyJson';
import { bodySchema } from '../body/bodySchema';
import type { Content } from '../domain/content';
import type { TextEdit } from './StyleIssue';

/** The plain-text fields a fix can change. */
export type TextFields = Pick<Content, 'title' | 'place' | 'summary'>;

/** Content with the edits applied; body edits keep the formatting at the start of what they replace. */
export function applyTextEdits(content: Content, edits: readonly TextEdit[]): Content {
  return {
    ...content,
    ...applyFieldEdits(content, edits),
    body: applyBodyEdits(
      content.body,
      edits.filter((edit) => edit.field === 'body'),
    ),
  };
}

/** Title, place and bullets with their edits applied (body edits are ignored here). */
export function applyFieldEdits(fields: TextFields, edits: readonly TextEdit[]): TextFields {
  const splice = (text: string, own: readonly TextEdit[]) =>
    [...own].sort((a, b) => b.from - a.from).reduce((result, edit) => result.slice(0, edit.from) + edit.insert + result.slice(edit.to), text);
  const of = (field: TextEdit['field'], index?: number) => edits.filter((edit) => edit.field === field && (index === undefined || edit.index === index));
  return {
    title: splice(fields.title, of('title')),
    place: splice(fields.place, of('place')),
    summary: fields.summary.map((bullet, index) => splice(bullet, of('summary', index))),
  };
}

/** Applies body edits (document positions), last first so earlier positions stay valid. */
export function applyBodyEdits(body: BodyNodeJson, edits: readonly TextEdit[]): BodyNodeJson {
  if (edits.length === 0) return body;
  const schema = bodySchema();
  const transform = new Transform(schema.nodeFromJSON(body));
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) {
    if (edit.insert === '') transform.delete(edit.from, edit.to);
    else transform.replaceWith(edit.from, edit.to, schema.text(edit.insert, transform.doc.resolve(edit.from).marks()));
  }
  return transform.doc.toJSON() as BodyNodeJson;
}
