/** The browser's own `contentEditable` property, which the body's root shadows for React alone. */
const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');

/**
 * Keeps React from measuring the body's selection. Before every commit, whatever it updates (the save indicator),
 * React reads the focused element's selection, and for an element whose `contentEditable` property is "true" it walks
 * all of the element's text to count characters: in a 1 MB body, 2 ms and a megabyte of strings on the first key after
 * each pause (profiled). ProseMirror keeps the body's selection, so the body's root tells React it is not editable text.
 * Only the property is shadowed: the attribute, which the browser, assistive technology and ProseMirror use, is unchanged.
 */
export function keepFromReactSelection(root: HTMLElement): () => void {
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get: () => (root.getAttribute('contenteditable') === 'true' ? 'inherit' : native?.get?.call(root)),
    set: (value: string) => native?.set?.call(root, value),
  });
  return () => {
    delete (root as { contentEditable?: string }).contentEditable;
  };
}
