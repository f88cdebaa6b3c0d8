import { zipSync } from 'fflate';

/** One file for a zip: its name and bytes. */
export interface ZippedFile {
  name: string;
  bytes: Uint8Array;
}

/** Files in one zip, each under its own name: a name met again gets « (2)», « (3)»… before its extension. */
export function zipFiles(files: readonly ZippedFile[]): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    let name = file.name;
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let copy = 2; name in entries; copy += 1) name = `${stem} (${copy})${extension}`;
    // Exports are already compressed (docx, pdf) or small: stored as they are.
    entries[name] = file.bytes;
  }
  return zipSync(entries, { level: 0 }) as Uint8Array<ArrayBuffer>;
}
