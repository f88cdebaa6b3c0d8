import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './extensions/Figure';
import { allowedLinkProtocols, isAllowedHref } from './isAllowedHref';

/** The body's tiptap extensions: one list shared by the editor, the back end's validation and the exporters. */
export const bodyExtensions: Extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    strike: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: [...allowedLinkProtocols],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Figure,
];
