import type { BodyNodeJson } from '../../shared/body/bodyJson';
import { storableBody } from '../../shared/body/storableBody';
import { storableText } from '../../shared/text/storableText';
import type { Content } from '../../shared/domain/content';
import { AppError } from '../api/AppError';
import type { Repositories } from '../repositories/createRepositories';

/** The body with every text node's text storable; a text node that held nothing else goes. */
function withStorableText(node: BodyNodeJson): BodyNodeJson {
  return {
    ...node,
    ...(node.text !== undefined ? { text: storableText(node.text) } : {}),
    ...(node.content ? { content: node.content.map(withStorableText).filter((child) => child.type !== 'text' || child.text !== '') } : {}),
  };
}

/** The content as it is stored: its series must exist, its body fit the shared tiptap schema (stored as the schema reads it), its text be printable. */
export async function storableContent(content: Content, repos: Repositories): Promise<Content> {
  if (!(await repos.series.get(content.series))) {
    const available = (await repos.series.list()).map((s) => s.id).join(', ');
    throw new AppError('UNKNOWN_SERIES', { series: content.series, available });
  }
  const checked = storableBody(withStorableText(content.body));
  if ('problem' in checked) throw new AppError('INVALID_BODY', { ...checked.problem });
  return { ...content, title: storableText(content.title), place: storableText(content.place), summary: content.summary.map(storableText), body: checked.body };
}
