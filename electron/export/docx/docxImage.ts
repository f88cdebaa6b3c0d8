import { Resvg } from '@resvg/resvg-js';
import { imageSize } from 'image-size';
import { svgIsSelfContained } from '../../../shared/print/svgIsSelfContained';
import { fontFilePath } from './docxFonts';

/** An image ready for an ImageRun: its bytes, its kind, its natural size, and a PNG stand-in for SVG. */
export interface DocxImage {
  type: 'png' | 'jpg' | 'svg';
  data: Buffer;
  /** For SVG: the PNG Word versions without SVG support (and LibreOffice) show. */
  fallback?: Buffer;
  width: number;
  height: number;
}

const decoded = new Map<string, DocxImage | null>();

/** CSS pixels per millimetre (96 per inch): docx sizes images in these. */
export const pxPerMm = 96 / 25.4;

/** Reads a `data:` URI image (PNG, JPEG or SVG), once per distinct image; null when it is not one we can place. */
export function docxImage(src: string): DocxImage | null {
  if (decoded.has(src)) return decoded.get(src) ?? null;
  const match = /^data:image\/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/=]+)$/.exec(src);
  let image: DocxImage | null = null;
  if (match?.[1] && match[2]) {
    const data = Buffer.from(match[2], 'base64');
    try {
      const size = imageSize(data);
      if (size.width && size.height) {
        const type = match[1] === 'jpeg' ? 'jpg' : match[1] === 'png' ? 'png' : 'svg';
        // An SVG that reaches outside itself is not drawn: resvg would read the files it names.
        if (type === 'svg' && !svgIsSelfContained(data.toString('utf8'))) throw new Error('svg refers outside itself');
        image = { type, data, width: size.width, height: size.height, ...(type === 'svg' ? { fallback: rasterise(data, size.width) } : {}) };
      }
    } catch {
      image = null;
    }
  }
  // Keep the letterhead's few emblems and the last body images; a long batch must not hoard every picture.
  if (decoded.size >= 64) decoded.delete(decoded.keys().next().value ?? '');
  decoded.set(src, image);
  return image;
}

/** An SVG as a PNG at three times its size (sharp enough for print), with the bundled font for any text in it. */
function rasterise(svg: Buffer, width: number): Buffer {
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(width * 3)) },
    font: { loadSystemFonts: false, fontFiles: [fontFilePath('Montserrat', 'regular'), fontFilePath('Montserrat', 'bold')], defaultFontFamily: 'Montserrat' },
  });
  return renderer.render().asPng();
}

/** The size to place an image at: `widthMm` wide (or its natural width), never wider than `maxWidthMm`, in docx pixels. */
export function placedSize(image: DocxImage, widthMm: number | null, maxWidthMm: number): { width: number; height: number } {
  const naturalMm = image.width / pxPerMm;
  const mm = Math.min(widthMm ?? naturalMm, maxWidthMm);
  const width = Math.round(mm * pxPerMm);
  return { width, height: Math.round((width * image.height) / image.width) };
}
