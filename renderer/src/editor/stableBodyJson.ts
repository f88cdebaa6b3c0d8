import type { Node } from '@tiptap/pm/model';
import type { Content } from '../../../shared/domain/content';
import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import { copyJson, freezeJson, frozenJsonCopy } from '../../../shared/body/frozenJson';

/** Each top-level block's JSON, made once per node (ProseMirror keeps the node of a block no edit touched). */
const blocks = new WeakMap<Node, BodyNodeJson>();

/**
 * The body as `doc.toJSON()` gives it, but each top-level block is made once and frozen: a block no edit touched is
 * the same object from one call to the next, so a save reuses its bytes and a long body is not rebuilt per call.
 */
export function stableBodyJson(doc: Node): Content['body'] {
  const content: BodyNodeJson[] = [];
  doc.forEach((child) => {
    let json = blocks.get(child);
    if (!json) {
      json = freezeJson(ownAttrs(child.toJSON() as BodyNodeJson));
      blocks.set(child, json);
    }
    content.push(json);
  });
  // As ProseMirror writes a node: type, then attrs if it has any, then content if it is not empty.
  const json: BodyNodeJson = { type: doc.type.name };
  if (Object.keys(doc.attrs).length > 0) json.attrs = frozenJsonCopy(doc.attrs);
  if (doc.content.size > 0) json.content = content;
  return json;
}

/** `toJSON` makes every object anew except attrs, which are the nodes' and marks' own: those are copied before freezing. */
function ownAttrs(node: BodyNodeJson): BodyNodeJson {
  if (node.attrs) node.attrs = copyJson(node.attrs);
  if (node.marks) node.marks = node.marks.map((mark) => (mark.attrs ? { ...mark, attrs: copyJson(mark.attrs) } : mark));
  node.content?.forEach(ownAttrs);
  return node;
}
