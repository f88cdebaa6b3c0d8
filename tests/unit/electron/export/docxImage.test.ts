import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxImage } from '../../../../electron/export/docx/docxImage';
import { tempDir } from '../../../helpers/tempDir';

/** A 1×1 red PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const svgUri = (inside: string) =>
  `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">${inside}</svg>`).toString('base64')}`;

describe('images placed in a Word file', () => {
  it('draws a self-contained SVG, and never one that names a file on this machine', () => {
    const secret = join(tempDir(), 'firma.png');
    writeFileSync(secret, png);
    expect(docxImage(svgUri('<rect width="40" height="20" fill="#800"/>'))).toMatchObject({ type: 'svg', width: 40, height: 20 });
    expect(docxImage(svgUri(`<image href="${secret}" width="40" height="20"/>`))).toBeNull();
    expect(docxImage(svgUri(`<image href="file://${secret}" width="40" height="20"/>`))).toBeNull();
  });
});
