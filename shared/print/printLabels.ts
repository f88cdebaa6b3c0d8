import type { Language } from '../domain/language';

/** Words printed on the page itself, in the document's language (not the interface's). */
export const printLabels: Record<Language, { page: string; draft: string; numberPending: string; image: string; workingCopy: string }> = {
  es: { page: 'página {x} de {y}', draft: 'BORRADOR', numberPending: '(número al aprobar)', image: 'imagen', workingCopy: 'copia de trabajo' },
  en: { page: 'page {x} of {y}', draft: 'BORRADOR · DRAFT', numberPending: '(number on approval)', image: 'image', workingCopy: 'working copy' },
};
