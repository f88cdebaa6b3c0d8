import { Fragment, Slice } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { stableBodyJson } from '../../../renderer/src/editor/stableBodyJson';
import { bodySchema } from '../../../shared/body/bodySchema';

const doc = () =>
  bodySchema().nodeFromJSON({
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Primero ' },
          { type: 'text', text: 'en negritas', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://www.ipn.mx' } }] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tercero' }] }] }],
      },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Último' }] },
    ],
  });

describe('the body as a save sends it', () => {
  it('is exactly what ProseMirror writes of the body, for a whole body and an empty one', () => {
    const body = doc();
    expect(JSON.stringify(stableBodyJson(body))).toBe(JSON.stringify(body.toJSON()));
    const empty = bodySchema().nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(JSON.stringify(stableBodyJson(empty))).toBe(JSON.stringify(empty.toJSON()));
  });

  it('keeps the blocks an edit did not touch as the same objects, and gives the edited block anew', () => {
    const before = doc();
    // Typing at the end of the last paragraph: ProseMirror keeps the other blocks' nodes.
    const end = before.content.size - 1;
    const after = before.replace(end, end, new Slice(Fragment.from(bodySchema().text('!')), 0, 0));
    const [a, b] = [stableBodyJson(before), stableBodyJson(after)];
    expect(b.content?.slice(0, 3)).toEqual(a.content?.slice(0, 3));
    for (const index of [0, 1, 2]) expect(b.content?.[index]).toBe(a.content?.[index]);
    expect(b.content?.[3]).not.toBe(a.content?.[3]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(after.toJSON()));
  });

  it('is frozen, and freezes nothing of the editor’s own: the nodes’ attributes stay as ProseMirror made them', () => {
    const body = doc();
    const json = stableBodyJson(body);
    const list = json.content?.[1];
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list?.attrs)).toBe(true);
    expect(Object.isFrozen(body.child(1).attrs)).toBe(false);
    const link = body
      .child(0)
      .child(1)
      .marks.find((mark) => mark.type.name === 'link');
    expect(link?.attrs.href).toBe('https://www.ipn.mx');
    expect(Object.isFrozen(link?.attrs)).toBe(false);
    expect(Object.isFrozen(json.content?.[0]?.content?.[1]?.marks?.find((mark) => mark.type === 'link')?.attrs)).toBe(true);
  });
});
