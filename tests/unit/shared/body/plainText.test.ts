import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';
import { plainTextToBody } from '../../../../shared/body/plainTextToBody';
import type { BodyNodeJson } from '../../../../shared/body/bodyJson';
import { storableBody } from '../../../../shared/body/storableBody';

/** Why a body is refused, or null when it is stored. */
const problemOf = (body: BodyNodeJson) => {
  const checked = storableBody(body);
  return 'problem' in checked ? checked.problem : null;
};

describe('plainTextToBody', () => {
  it('makes one paragraph per blank-line block, line breaks inside, whatever the line endings', () => {
    expect(plainTextToBody('Uno\r\n\r\nDos\nsigue\n\n\n\nTres  ')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Uno' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Dos' }, { type: 'hardBreak' }, { type: 'text', text: 'sigue' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Tres' }] },
      ],
    });
  });

  it('turns empty text into one empty paragraph, which the schema accepts', () => {
    const body = plainTextToBody(' \n\n ');
    expect(body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(problemOf(body)).toBeNull();
  });
});

describe('bodyToPlainText', () => {
  it('writes paragraphs, lists and quotes the way a plain-text reader expects', () => {
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Inicio ' },
            { type: 'text', text: 'firme', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] },
          ],
        },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'c' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cita' }] }] },
      ],
    };
    expect(problemOf(body)).toBeNull();
    expect(bodyToPlainText(body, 'imagen')).toBe('Inicio firme\n\n- a\n- b\n\n3. c\n\n> cita');
  });

  it('round-trips plain text', () => {
    const text = 'Primer párrafo.\n\nSegundo, con “comillas”.';
    expect(bodyToPlainText(plainTextToBody(text), 'imagen')).toBe(text);
  });
});

describe('storableBody', () => {
  it('names what does not fit the editor schema', () => {
    expect(problemOf({ type: 'doc', content: [{ type: 'heading', content: [{ type: 'text', text: 'x' }] }] })).toMatchObject({
      reason: 'schema',
      detail: expect.stringMatching(/heading/),
    });
    expect(problemOf({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).toMatchObject({
      reason: 'schema',
      detail: expect.stringMatching(/[Ee]mpty/),
    });
  });

  it('keeps web and mail links, refuses the rest', () => {
    const withLink = (href: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
    });
    expect(problemOf(withLink('https://www.ipn.mx'))).toBeNull();
    expect(problemOf(withLink('mailto:prensa@ipn.mx'))).toBeNull();
    expect(problemOf(withLink('javascript:alert(1)'))).toEqual({ reason: 'link', href: 'javascript:alert(1)' });
    expect(problemOf(withLink('file:///etc/passwd'))).toEqual({ reason: 'link', href: 'file:///etc/passwd' });
  });

  it('refuses lists or quotes nested past the limit, and takes them at the limit', () => {
    const nested = (depth: number): BodyNodeJson => {
      let node: BodyNodeJson = { type: 'paragraph', content: [{ type: 'text', text: 'hondo' }] };
      for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
      return { type: 'doc', content: [node] };
    };
    expect(problemOf(nested(19))).toBeNull();
    expect(problemOf(nested(21))).toEqual({ reason: 'depth', max: 20 });
    expect(problemOf(nested(5000))).toEqual({ reason: 'depth', max: 20 });
  });

  it('stores a body as the editor reads it: attributes it does not know are dropped, the rest unchanged', () => {
    const sent = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)', style: 'color:red' },
          content: [{ type: 'text', text: 'hola', marks: [{ type: 'bold', attrs: { x: 1 } }] }],
        },
      ],
    };
    const stored = storableBody(sent);
    expect(stored).toEqual({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hola', marks: [{ type: 'bold' }] }] }] } });
  });
});
