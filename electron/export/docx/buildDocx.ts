import { AlignmentType, convertMillimetersToTwip, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import { pageGeometry } from '../../../shared/print/pageGeometry';
import type { ExportStamp } from '../ExportStamp';
import { exportKeyword } from '../ExportStamp';
import { docxBody } from './docxBody';
import { placeholderFont } from './docxFonts';
import { embedFonts } from './embedFonts';
import { docxFooter } from './docxFooter';
import { docxHeader } from './docxHeader';
import { docxNumbering, docxStyles } from './docxStyles';
import { textWidthMm } from './textWidthMm';
import { typeScale } from '../../../shared/print/typeScale';

const mm = convertMillimetersToTwip;

/**
 * The communiqué as a Word document: the letterhead as the header and the footer of every page (with live page
 * fields), then number and dateline, title, summary, body and closing mark in named styles; the page font embedded
 * (see `embedFonts`);
 * document properties that say which communiqué, version and approval the file is.
 */
export async function buildDocx(doc: PrintDocument, stamp: ExportStamp): Promise<Buffer> {
  const page = pageGeometry(doc.letterhead);
  const { family, sizePt } = doc.letterhead.font;
  const layout = {
    contentWidthMm: page.contentWidthMm,
    contentHeightMm: page.contentHeightMm,
    nextListInstance: 1,
    orderedStarts: new Set<number>(),
    // Table text is set smaller than the body, as in the print CSS.
    measureTableText: (text: string, bold: boolean) => textWidthMm(family, text, sizePt * typeScale.table.scale, bold),
    imageLabel: doc.labels.image,
  };
  const heading = new Paragraph({
    style: 'RedactaHeading',
    tabStops: [{ type: TabStopType.RIGHT, position: mm(page.contentWidthMm) }],
    children: [new TextRun({ text: doc.numberLine, bold: true }), new TextRun({ text: `\t${doc.dateline}` })],
  });
  const title = doc.title.trim() ? [new Paragraph({ style: 'Title', children: [new TextRun(doc.title)] })] : [];
  // The summary's last bullet keeps its own 1 mm and the gap a block leaves before the body, as on the PDF.
  const summary = doc.summary.map(
    (bullet, index) =>
      new Paragraph({
        style: 'Subtitle',
        numbering: { reference: 'summary', level: 0 },
        ...(index === doc.summary.length - 1 ? { spacing: { after: mm(typeScale.summary.itemGapMm + typeScale.blockGapMm) } } : {}),
        children: [new TextRun(bullet)],
      }),
  );
  const body = docxBody(doc.body, layout);
  const closing = doc.closingMark.trim()
    ? [new Paragraph({ style: 'RedactaClosing', alignment: AlignmentType.CENTER, children: [new TextRun(doc.closingMark)] })]
    : [];
  const version = stamp.versionSeq === null ? doc.labels.workingCopy : `v${stamp.versionSeq}`;
  const named = doc.labels.properties;

  const document = new Document({
    title: doc.title,
    subject: doc.numberLine,
    creator: 'Redacta',
    lastModifiedBy: stamp.approvedBy ?? stamp.exportedBy,
    keywords: exportKeyword(stamp.exportKey),
    description: [doc.numberLine, doc.dateline, version, stamp.draft ? doc.labels.draft : ''].filter(Boolean).join(' · '),
    customProperties: [
      { name: named.communique, value: String(stamp.communiqueId) },
      { name: named.number, value: stamp.draft ? '' : doc.numberLine },
      { name: named.version, value: version },
      { name: named.versionSha256, value: stamp.versionSha256 ?? '' },
      { name: named.approvedBy, value: stamp.approvedBy ?? '' },
      { name: named.approvedAt, value: stamp.approvedAt ?? '' },
      { name: named.exportedBy, value: stamp.exportedBy },
      { name: named.exportedAt, value: stamp.exportedAt },
      { name: named.state, value: stamp.draft ? doc.labels.draft : named.approved },
      { name: named.exportKey, value: stamp.exportKey },
    ],
    styles: docxStyles(doc.letterhead, doc.labels.styles),
    numbering: docxNumbering(layout.orderedStarts),
    fonts: [placeholderFont(doc.letterhead.font.family)],
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(page.widthMm), height: mm(page.heightMm) },
            margin: {
              top: mm(page.margins.top),
              right: mm(page.margins.right),
              bottom: mm(page.margins.bottom),
              left: mm(page.margins.left),
              header: mm(typeScale.header.fromEdgeMm),
              footer: mm(typeScale.footer.fromEdgeMm),
            },
          },
        },
        headers: { default: docxHeader(doc.letterhead, page.contentWidthMm, doc.draft ? doc.labels.draft : null) },
        footers: { default: docxFooter(doc.letterhead, page.contentWidthMm, doc.labels.page) },
        children: [heading, ...title, ...summary, ...body, ...closing],
      },
    ],
  });
  return Buffer.from(embedFonts(await Packer.pack(document, 'uint8array'), doc.letterhead.font.family));
}
