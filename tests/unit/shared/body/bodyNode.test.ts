import { describe, expect, it } from 'vitest';
import { bodyMarkKinds, bodyNodeKinds } from '../../../../shared/body/bodyNode';
import { bodySchema } from '../../../../shared/body/bodySchema';
import { readBody } from '../../../../shared/body/readBody';
import { renderBodyBlocks } from '../../../../shared/print/renderBodyBlocks';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';
import type { BodyNodeJson } from '../../../../shared/body/bodyJson';
import { copyJson, frozenJsonCopy } from '../../../../shared/body/frozenJson';

const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==';

describe('the body as the exporters walk it', () => {
  it('covers exactly the nodes and marks of the editor schema: a kind added to the editor must be added to the union', () => {
    const schema = bodySchema();
    expect(Object.keys(schema.nodes).sort()).toEqual([...bodyNodeKinds].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...bodyMarkKinds].sort());
  });

  it('drops, once for every exporter, an image that is not an allowed PNG or JPEG and a link to an address not allowed', () => {
    const body = readBody({
      type: 'doc',
      content: [
        { type: 'figure', attrs: { src: 'file:///etc/passwd', alt: 'x' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'clic', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }] }] },
      ],
    });
    expect(body).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'clic', marks: [{ type: 'bold' }] }] }]);
    expect(renderBodyBlocks(body)).toEqual(['<p class="body-p"><strong>clic</strong></p>']);
  });

  it('names an image without alternative text in the document’s language in plain text', () => {
    const body = { type: 'doc', content: [{ type: 'figure', attrs: { src: png, alt: '' }, content: [{ type: 'text', text: 'Pie de foto' }] }] };
    expect(bodyToPlainText(body, 'imagen')).toBe('[imagen] Pie de foto');
    expect(bodyToPlainText(body, 'image')).toBe('[image] Pie de foto');
  });

  it('reads and prints a long body’s frozen blocks exactly as fresh ones, once each, with the same drops', () => {
    const content: BodyNodeJson[] = [
      { type: 'paragraph', content: [{ type: 'text', text: 'Uno', marks: [{ type: 'italic' }] }] },
      { type: 'figure', attrs: { src: 'file:///etc/passwd', alt: 'x' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'clic', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
      { type: 'figure', attrs: { src: png, alt: 'Logo' }, content: [{ type: 'text', text: 'Pie' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Viñeta' }] }] }] },
    ];
    const fresh = readBody({ type: 'doc', content: copyJson(content) });
    const frozen = content.map((block) => frozenJsonCopy(block));
    const first = readBody({ type: 'doc', content: frozen });
    expect(first).toEqual(fresh);
    expect(renderBodyBlocks(first)).toEqual(renderBodyBlocks(fresh));
    expect(first).toHaveLength(4);
    // The next pause, one block edited: the others are the blocks (and the HTML) of the last read.
    const edited = [...frozen];
    edited[0] = frozenJsonCopy({ type: 'paragraph', content: [{ type: 'text', text: 'Uno, editado' }] });
    const second = readBody({ type: 'doc', content: edited });
    expect(second.slice(1)).toEqual(first.slice(1));
    for (const [index, block] of second.slice(1).entries()) expect(block).toBe(first[index + 1]);
    expect(second[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Uno, editado', marks: [] }] });
    expect(renderBodyBlocks(second)[0]).toBe('<p class="body-p">Uno, editado</p>');
    // What was read once can not be changed by one caller under the next.
    expect(Object.isFrozen(second[1])).toBe(true);
  });
});
