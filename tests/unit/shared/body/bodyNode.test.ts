import { describe, expect, it } from 'vitest';
import { bodyMarkKinds, bodyNodeKinds } from '../../../../shared/body/bodyNode';
import { bodySchema } from '../../../../shared/body/bodySchema';
import { readBody } from '../../../../shared/body/readBody';
import { renderBodyBlocks } from '../../../../shared/print/renderBodyBlocks';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';

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
});
