import { foldForSearch } from '../text/foldForSearch';

/** What a saved web page of the office prints around a release: buttons, links back, gallery headings, share bars. */
const clutter = new Set(
  [
    'imprimir',
    'descarga el comunicado',
    'descargar comunicado',
    'descargar el comunicado',
    'descargar pdf',
    'regresar',
    'volver',
    'inicio',
    'galeria de imagenes',
    'galeria',
    'compartir',
    'comparte',
    'ver mas',
    'leer mas',
    'print',
    'download',
    'download the press release',
    'back',
    'go back',
    'home',
    'share',
    'image gallery',
    'gallery',
    'read more',
  ].map((line) => foldForSearch(line)),
);

/** Whether a line is a web page's clutter (a button, a link back, a gallery heading) or only breadcrumbs and separators. */
export function isClutter(line: string): boolean {
  const parts = line.split(/\s+[|·•]\s+/);
  if (parts.length > 1) return parts.every((part) => isClutter(part));
  const key = foldForSearch(line.replace(/[«»<>|›»/\\·•]+/g, ' '))
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (key === '') return /^[\s|›»/\\·•_=*-]+$/.test(line) && !/^-0-$/.test(line);
  return clutter.has(key);
}
