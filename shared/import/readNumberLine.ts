/** A series label and number as a release prints it, and what is left of its line (often the dateline). */
export interface NumberLine {
  label: string;
  number: number;
  rest: string;
}

/** The labels the office's releases print before their number, longest first. */
const labels = ['Comunicado conjunto', 'Joint Release', 'Press Release', 'Boletín de prensa', 'Boletín', 'Comunicado', 'Número', 'Bulletin'];
const pattern = new RegExp(`^(${labels.join('|')})\\s*(?:n\\.|no\\.|núm\\.|nº|n°|#)?\\s*(\\d{1,5})\\.?\\s*(.*)$`, 'i');

/** Reads "Comunicado 223", "Joint Release n. 035", "BOLETÍN DE PRENSA 030", "Comunicado No. 12", or null. */
export function readNumberLine(line: string): NumberLine | null {
  if (line.length > 240) return null;
  const found = pattern.exec(line.trim());
  if (!found) return null;
  const number = Number(found[2]);
  return number > 0 ? { label: found[1] ?? '', number, rest: (found[3] ?? '').trim() } : null;
}
