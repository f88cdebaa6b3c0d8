/** The non-empty text nodes inside an element, in reading order. */
export function textNodes(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.length > 0) nodes.push(node as Text);
  return nodes;
}
