/**
 * HTML pasted from Word or the web, reduced to what the body's schema can keep: no scripts, styles sheets, comments
 * or Office markup; Word's list paragraphs become real lists. Parsing happens in an inert document (nothing runs).
 * Inline styles stay long enough for the schema's parse rules to read bold/italic/underline from them; the body
 * stores no style at all.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.querySelectorAll('script, style, meta, link, title, xml, iframe, object, embed, noscript, template, form, input, button, svg'))
    node.remove();
  removeComments(doc.body);
  doc.body.querySelectorAll('*').forEach((element) => {
    if (element.tagName.includes(':')) element.replaceWith(...element.childNodes); // o:p, v:shape, w:…
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('on') || attribute.name === 'class' || attribute.name === 'id' || attribute.name.startsWith('data-')) {
        element.removeAttribute(attribute.name);
      }
    }
  });
  wordListsToLists(doc);
  collapseSpaceRuns(doc.body);
  removeEmptyParagraphs(doc);
  return doc.body.innerHTML;
}

/** Word writes double spaces and indents as runs of non-breaking spaces; in the body they are one plain space. */
function collapseSpaceRuns(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    const text = node.textContent ?? '';
    if (text.includes('\u00a0')) node.textContent = text.replace(/[ \u00a0]*\u00a0[ \u00a0]*/g, (run) => (run.length > 1 ? ' ' : run));
  }
}

/** Word separates paragraphs with empty ones (`<p>&nbsp;</p>`); the body's spacing does that already. */
function removeEmptyParagraphs(doc: Document): void {
  for (const paragraph of [...doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li')])
    if ((paragraph.textContent ?? '').replace(/[\s\u00a0\u200b]/g, '') === '' && !paragraph.querySelector('img, br')) paragraph.remove();
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Word marks list paragraphs with `mso-list` in their style and a marker span; consecutive ones become one list. */
function wordListsToLists(doc: Document): void {
  const isListParagraph = (element: Element | null): element is HTMLElement =>
    element instanceof HTMLElement && element.tagName === 'P' && /mso-list/i.test(element.getAttribute('style') ?? '');
  for (const paragraph of [...doc.body.querySelectorAll('p')]) {
    if (!isListParagraph(paragraph) || !paragraph.isConnected) continue;
    // One list is the paragraphs in a row with Word's same list id (`mso-list:l0 …`); another id starts another list.
    const listId = (element: HTMLElement) => /mso-list:\s*(l\d+)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? '';
    const run: HTMLElement[] = [];
    for (let current: Element | null = paragraph; isListParagraph(current) && listId(current) === listId(paragraph); current = current.nextElementSibling)
      run.push(current);
    const marker = markerText(run[0] as HTMLElement);
    const list = doc.createElement(/^\(?\w{1,3}[.)]/.test(marker) ? 'ol' : 'ul');
    for (const item of run) {
      stripMarker(item);
      const li = doc.createElement('li');
      li.append(...item.childNodes);
      list.append(li);
    }
    run[0]?.replaceWith(list);
    for (const item of run.slice(1)) item.remove();
  }
}

/** Word's marker: a span styled `mso-list:Ignore` (or the paragraph's first characters) such as "·", "1." or "a)". */
function markerText(paragraph: HTMLElement): string {
  const ignored = [...paragraph.querySelectorAll('span')].find((span) => /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''));
  return (ignored?.textContent ?? paragraph.textContent ?? '').trim();
}

function stripMarker(paragraph: HTMLElement): void {
  for (const span of paragraph.querySelectorAll('span')) if (/mso-list:\s*ignore/i.test(span.getAttribute('style') ?? '')) span.remove();
  // Without Word's marker span, the marker is the paragraph's first characters, whatever elements hold them.
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const leading = texts.map((node) => node.data).join('');
  const marker = /^[\s\u00a0]*(?:[·•▪o§\-–\uf0b7\uf0a7]|\(?\w{1,3}[.)])[\s\u00a0]+/.exec(leading);
  let left = marker?.[0].length ?? /^[\s\u00a0]*/.exec(leading)?.[0].length ?? 0;
  for (const node of texts) {
    if (left <= 0) break;
    const cut = Math.min(left, node.data.length);
    node.data = node.data.slice(cut);
    left -= cut;
  }
}
