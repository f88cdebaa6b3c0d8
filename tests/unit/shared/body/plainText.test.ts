import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';
import { plainTextToBody } from '../../../../shared/body/plainTextToBody';
import { validateBody } from '../../../../shared/body/validateBody';

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
    expect(validateBody(body)).toBeNull();
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
    expect(validateBody(body)).toBeNull();
    expect(bodyToPlainText(body, 'imagen')).toBe('Inicio firme\n\n- a\n- b\n\n3. c\n\n> cita');
  });

  it('round-trips plain text', () => {
    const text = 'Primer párrafo.\n\nSegundo, con “comillas”.';
    expect(bodyToPlainText(plainTextToBody(text), 'imagen')).toBe(text);
  });
});

describe('validateBody', () => {
  it('names what does not fit the editor schema', () => {
    expect(validateBody({ type: 'doc', content: [{ type: 'heading', content: [{ type: 'text', text: 'x' }] }] })).toMatchObject({
      reason: 'schema',
      detail: expect.stringMatching(/heading/),
    });
    expect(validateBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).toMatchObject({
      reason: 'schema',
      detail: expect.stringMatching(/[Ee]mpty/),
    });
  });

  it('keeps web and mail links, refuses the rest', () => {
    const withLink = (href: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
    });
    expect(validateBody(withLink('https://www.ipn.mx'))).toBeNull();
    expect(validateBody(withLink('mailto:prensa@ipn.mx'))).toBeNull();
    expect(validateBody(withLink('javascript:alert(1)'))).toEqual({ reason: 'link', href: 'javascript:alert(1)' });
    expect(validateBody(withLink('file:///etc/passwd'))).toEqual({ reason: 'link', href: 'file:///etc/passwd' });
  });
});
