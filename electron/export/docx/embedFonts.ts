import { deflateRawSync } from 'node:zlib';
import type { ZipInputFile } from 'fflate';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { embeddedFont } from './docxFonts';
import { concatBytes } from '../../../shared/format/concatBytes';

type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';
const faceOf: Record<string, Face> = { embedRegular: 'regular', embedBold: 'bold', embedItalic: 'italic', embedBoldItalic: 'boldItalic' };

/** A font face ready to go into any Word file: obfuscated with its fixed key, deflated, with its size and CRC. */
interface PackedFace {
  key: string;
  deflated: Uint8Array<ArrayBuffer>;
  size: number;
  crc: number;
}

const packed = new Map<string, PackedFace>();

/** The fixed obfuscation key of a face (a GUID, as ECMA-376 asks; the same in every file so the bytes can be reused). */
const fixedKey = (face: Face) => `{5EDAC7A0-0000-4000-8000-00000000000${['regular', 'bold', 'italic', 'boldItalic'].indexOf(face) + 1}}`;

/** ECMA-376 Part 2 §11.1 font obfuscation: the first 32 bytes XORed with the key's bytes in reverse order. */
function obfuscate(font: Uint8Array, key: string): Uint8Array {
  const bytes = (key.replace(/[{}-]/g, '').match(/../g) ?? []).map((hex) => parseInt(hex, 16)).reverse();
  const out = new Uint8Array(font);
  for (let i = 0; i < 32 && i < out.length; i += 1) out[i] = (out[i] ?? 0) ^ (bytes[i % bytes.length] ?? 0);
  return out;
}

/** A face obfuscated and deflated once per process (the costly part of a Word file with its fonts). */
function packedFace(family: LetterheadDefinition['font']['family'], face: Face): PackedFace {
  const id = `${family}/${face}`;
  const cached = packed.get(id);
  if (cached) return cached;
  const font = embeddedFont(family);
  const raw = { regular: font.data, bold: font.bold, italic: font.italic, boldItalic: font.boldItalic }[face];
  const key = fixedKey(face);
  const data = obfuscate(raw, key);
  // fflate's own CRC, through its pass-through stream.
  const crcOf = new ZipPassThrough('crc');
  crcOf.ondata = () => undefined;
  crcOf.push(data, true);
  const made = { key, deflated: new Uint8Array(deflateRawSync(data, { level: 9 })), size: data.length, crc: crcOf.crc };
  packed.set(id, made);
  return made;
}

/** A zip entry whose deflated bytes are already made: fflate's documented way to add custom-compressed data. */
function prePacked(filename: string, face: PackedFace): ZipInputFile {
  return { filename, size: face.size, crc: face.crc, compression: 8 };
}

/**
 * Puts the page font's four faces into a Word file that docx built with placeholders for them: the placeholders'
 * keys in word/fontTable.xml become the faces' fixed keys, and each font part becomes the face prepared once.
 * A file gains its fonts for the cost of copying them.
 */
export function embedFonts(docx: Uint8Array, family: LetterheadDefinition['font']['family']): Uint8Array {
  const files = unzipSync(docx);
  const rels = strFromU8(files['word/_rels/fontTable.xml.rels'] ?? new Uint8Array());
  const targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((match) => [match[1] ?? '', `word/${match[2] ?? ''}`]));
  const faceByPart = new Map<string, PackedFace>();
  const fontTable = strFromU8(files['word/fontTable.xml'] ?? new Uint8Array()).replace(
    /<w:(embedRegular|embedBold|embedItalic|embedBoldItalic)([^>]*?)r:id="([^"]+)"([^>]*?)w:fontKey="\{[^}]+\}"/g,
    (_match, element: string, before: string, id: string, between: string) => {
      const face = packedFace(family, faceOf[element] ?? 'regular');
      const part = targets.get(id);
      if (part) faceByPart.set(part, face);
      return `<w:${element}${before}r:id="${id}"${between}w:fontKey="${face.key}"`;
    },
  );
  files['word/fontTable.xml'] = strToU8(fontTable);

  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const face = faceByPart.get(name);
    if (face) {
      const entry = prePacked(name, face);
      zip.add(entry);
      entry.ondata?.(null, face.deflated, true);
    } else {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength), true);
    }
  }
  zip.end();
  return concatBytes(chunks);
}
