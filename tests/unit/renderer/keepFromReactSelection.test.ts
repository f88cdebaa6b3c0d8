// @vitest-environment happy-dom
// happy-dom gives the elements, their contenteditable attribute and property.
import { describe, expect, it } from 'vitest';
import { keepFromReactSelection } from '../../../renderer/src/editor/keepFromReactSelection';

const editable = () => {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  document.body.append(root);
  return root;
};

describe('keepFromReactSelection', () => {
  it("answers React's \"contentEditable === 'true'\" with no, and leaves the attribute as it was", () => {
    const root = editable();
    expect(root.contentEditable).toBe('true');
    keepFromReactSelection(root);
    expect(root.contentEditable).not.toBe('true');
    expect(root.getAttribute('contenteditable')).toBe('true');
  });

  it('still sets the attribute when written, and reports a body made read-only as the browser does', () => {
    const root = editable();
    keepFromReactSelection(root);
    root.contentEditable = 'false';
    expect(root.getAttribute('contenteditable')).toBe('false');
    expect(root.contentEditable).toBe('false');
  });

  it('gives the browser its own property back when the editor goes', () => {
    const root = editable();
    const undo = keepFromReactSelection(root);
    undo();
    expect(root.contentEditable).toBe('true');
  });
});
