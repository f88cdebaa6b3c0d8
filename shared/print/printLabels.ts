import type { Language } from '../domain/language';

/** The words the paper itself carries, in the document's language (not the interface's): the paper's own catalog. */
export interface PaperLabels {
  page: string;
  draft: string;
  numberPending: string;
  /** A translation's number line before its original is approved. */
  originalNumberPending: string;
  /** An image without alternative text, in plain text and in Word's selection pane. */
  image: string;
  workingCopy: string;
  /** The office's own Word styles (Word names its built-in ones itself). */
  styles: { heading: string; tableText: string; closing: string };
  /** The file's properties, as Word and PDF readers list them. */
  properties: {
    communique: string;
    number: string;
    version: string;
    versionSha256: string;
    approvedBy: string;
    approvedAt: string;
    exportedBy: string;
    exportedAt: string;
    state: string;
    approved: string;
    exportKey: string;
  };
}

/** Words printed on the page itself, in the document's language (not the interface's). */
export const printLabels: Record<Language, PaperLabels> = {
  es: {
    page: 'página {x} de {y}',
    draft: 'BORRADOR',
    numberPending: '(número al aprobar)',
    originalNumberPending: '(número del original al aprobarse)',
    image: 'imagen',
    workingCopy: 'copia de trabajo',
    styles: { heading: 'Número y fecha', tableText: 'Texto de tabla', closing: 'Cierre' },
    properties: {
      communique: 'Comunicado',
      number: 'Número',
      version: 'Versión',
      versionSha256: 'SHA-256 de la versión',
      approvedBy: 'Aprobó',
      approvedAt: 'Fecha de aprobación',
      exportedBy: 'Exportó',
      exportedAt: 'Fecha de exportación',
      state: 'Estado',
      approved: 'Aprobado',
      exportKey: 'Exportación',
    },
  },
  en: {
    page: 'page {x} of {y}',
    draft: 'BORRADOR · DRAFT',
    numberPending: '(number on approval)',
    originalNumberPending: '(the original’s number on its approval)',
    image: 'image',
    workingCopy: 'working copy',
    styles: { heading: 'Number and dateline', tableText: 'Table text', closing: 'Closing mark' },
    properties: {
      communique: 'Communiqué',
      number: 'Number',
      version: 'Version',
      versionSha256: 'Version SHA-256',
      approvedBy: 'Approved by',
      approvedAt: 'Approved on',
      exportedBy: 'Exported by',
      exportedAt: 'Exported on',
      state: 'State',
      approved: 'Approved',
      exportKey: 'Export',
    },
  },
};
