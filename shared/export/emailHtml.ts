import { escapeHtml } from '../print/escapeHtml';
import type { PrintDocument } from '../print/PrintDocument';
import { renderDocumentBlocks } from '../print/renderDocumentBlocks';

const accent = '#6c1d45';
const font = 'Montserrat, Arial, Helvetica, sans-serif';

/** Inline styles for the print markup's classes: mail programs drop style sheets, not style attributes. */
const classStyles: Record<string, string> = {
  'doc-heading': 'margin:0 0 12px;font-size:13px;',
  'doc-number': 'font-weight:700;',
  'doc-dateline': 'float:right;',
  'doc-title': `margin:0 0 12px;font-size:20px;line-height:1.3;text-align:center;color:#111;`,
  'doc-summary': 'margin:0 0 14px;padding-left:20px;font-style:italic;',
  'body-p': 'margin:0 0 12px;text-align:justify;',
  'body-quote': `margin:0 0 12px;padding-left:14px;border-left:3px solid ${accent};font-style:italic;`,
  'body-list': 'margin:0 0 12px;padding-left:24px;',
  'body-table': 'border-collapse:collapse;width:100%;margin:0 0 12px;font-size:13px;',
  'body-figure': 'margin:0 0 12px;text-align:center;',
  'doc-closing': 'margin:12px 0 0;text-align:center;font-weight:700;',
};

/** Inline styles for the elements that carry no class. */
const tagStyles: Record<string, string> = {
  th: 'border:1px solid #777;padding:4px 6px;text-align:left;vertical-align:top;background:#f1e9ed;',
  td: 'border:1px solid #777;padding:4px 6px;text-align:left;vertical-align:top;',
  img: 'max-width:100%;height:auto;',
  figcaption: 'font-size:12px;font-style:italic;margin-top:4px;',
  a: `color:${accent};`,
};

/** Turns the print markup (which we generate, text escaped) into mail-safe markup with inline styles. */
function inlineStyles(html: string): string {
  return html
    .replace(/ class="([a-z-]+)"/g, (_match, name: string) => (classStyles[name] ? ` style="${classStyles[name]}"` : ''))
    .replace(/<(th|td|img|figcaption|a)(?=[\s>])/g, (match, tag: string) => `${match} style="${tagStyles[tag] ?? ''}"`);
}

/** The communiqué as one e-mail-ready HTML document: letterhead words, the text, the footer; styles inline, no letterhead images; `keywords` tag the file. */
export function emailHtml(doc: PrintDocument, keywords = ''): string {
  const { letterhead } = doc;
  const draft = doc.draft
    ? `<p style="margin:0 0 12px;padding:6px;text-align:center;font-weight:700;letter-spacing:2px;color:#a11d2b;border:2px solid #a11d2b;">${escapeHtml(doc.labels.draft)}</p>`
    : '';
  const header = [
    letterhead.institutionName.trim() ? `<div style="font-size:16px;font-weight:700;color:${accent};">${escapeHtml(letterhead.institutionName)}</div>` : '',
    letterhead.motto.trim() ? `<div style="font-size:12px;font-style:italic;">“${escapeHtml(letterhead.motto)}”</div>` : '',
  ].join('');
  const footer = letterhead.footerLines
    .filter((line) => line.trim())
    .map((line) => `<div>${escapeHtml(line)}</div>`)
    .join('');
  const body = inlineStyles(renderDocumentBlocks(doc).join('\n'));
  return `<!doctype html>
<html lang="${doc.language}">
<head><meta charset="utf-8">${keywords ? `<meta name="keywords" content="${escapeHtml(keywords)}">` : ''}<title>${escapeHtml(doc.title)}</title></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="max-width:640px;margin:0 auto;padding:16px;font-family:${font};font-size:14px;line-height:1.5;color:#111;">
${draft}<div style="text-align:center;margin:0 0 16px;">${header}</div>
${body}
<div style="clear:both;margin-top:20px;padding-top:8px;border-top:1px solid ${accent};font-size:11px;color:#444;text-align:center;">${footer}</div>
</div>
</body>
</html>
`;
}
