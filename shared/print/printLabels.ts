import type { Language } from '../domain/language';

/** Words printed on the page itself, in the document's language (not the interface's). */
export const printLabels: Record<Language, { page: string; draft: string; numberPending: string }> = {
  es: { page: 'página {x} de {y}', draft: 'BORRADOR', numberPending: '(número al aprobar)' },
  en: { page: 'page {x} of {y}', draft: 'BORRADOR · DRAFT', numberPending: '(number on approval)' },
};
