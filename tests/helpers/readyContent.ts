import type { MethodInput } from '../../shared/contract/contract';

type ContentInput = MethodInput<'createCommunique'>['content'];

/** Content whole enough to go to review (a title, a bullet and a body), with whatever else the test says. */
export function readyContent(title: string, more: ContentInput = {}): ContentInput {
  return { title, summary: ['Balazo de prueba'], body: 'Texto del comunicado de prueba.', ...more };
}
