/** A word safe in any file system: accents dropped, anything but letters and digits turned into single hyphens. */
export function asciiFileWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
