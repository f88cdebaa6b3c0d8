import { mergeAttributes, Node } from '@tiptap/core';
import { isAllowedImageSrc } from '../imageSource';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image (PNG or JPEG data: URI) with an empty caption below it. */
      insertFigure: (attributes: { src: string; alt?: string }) => ReturnType;
    };
  }
}

/** An image with its caption: the caption is editable text, the image is stored inline as a data: URI. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'text*',
  marks: 'bold italic underline',
  draggable: true,
  isolating: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        contentElement: 'figcaption',
        getAttrs: (element) => {
          const image = element.querySelector('img');
          const src = image?.getAttribute('src');
          return isAllowedImageSrc(src) ? { src, alt: image?.getAttribute('alt') ?? '' } : false;
        },
      },
      {
        // A bare image (pasted or dropped): kept only if it is inline data of an allowed type.
        tag: 'img[src]',
        getAttrs: (element) => {
          const src = element.getAttribute('src');
          return isAllowedImageSrc(src) ? { src, alt: element.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    const { src, alt, ...rest } = HTMLAttributes as { src: string; alt: string };
    return ['figure', mergeAttributes(rest, { class: 'body-figure' }), ['img', { src, alt, draggable: 'false' }], ['figcaption', 0]];
  },

  addCommands() {
    return {
      insertFigure:
        ({ src, alt = '' }) =>
        ({ commands }) =>
          isAllowedImageSrc(src) && commands.insertContent({ type: this.name, attrs: { src, alt } }),
    };
  },
});
