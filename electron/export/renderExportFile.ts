import { randomUUID } from 'node:crypto';
import type { ExportFormat } from '../../shared/export/exportFormat';
import { communiqueText } from '../../shared/export/communiqueText';
import { emailHtml } from '../../shared/export/emailHtml';
import { exportFileName } from '../../shared/export/exportFileName';
import { buildPrintDocument } from '../../shared/print/buildPrintDocument';
import type { PrintDocument } from '../../shared/print/PrintDocument';
import { buildDocx } from './docx/buildDocx';
import type { ExportStamp } from './ExportStamp';
import { exportKeyword } from './ExportStamp';
import type { ExportText } from './exportText';
import type { PdfPrinter } from './pdf/PdfPrinter';
import { stampPdf } from './pdf/stampPdf';
import { assertPrintable } from './printLimits';

/** A file made, not yet written anywhere. */
export interface RenderedExport {
  bytes: Uint8Array;
  fileName: string;
  stamp: ExportStamp;
  /** The text it holds. */
  text: ExportText;
}

/** What making a file needs. */
export interface RenderRequest {
  text: ExportText;
  format: ExportFormat;
  printer: () => PdfPrinter;
  exportedBy: string;
  exportedAt: string;
}

/** Makes the file: the print document of the chosen text, then DOCX, PDF (printed on the preview's layout), text or e-mail HTML. */
export async function renderExportFile({ text, format, printer, exportedBy, exportedAt }: RenderRequest): Promise<RenderedExport> {
  const { communique, content, series, letterhead } = text;
  const number = text.draft ? null : communique.number;
  const doc: PrintDocument = buildPrintDocument({
    content,
    series,
    letterhead: letterhead.definition,
    number,
    draft: text.draft,
    translation: communique.translationOf !== null,
  });
  const stamp: ExportStamp = {
    exportKey: randomUUID(),
    communiqueId: communique.id,
    numberLine: doc.numberLine,
    versionSeq: text.version?.seq ?? null,
    versionSha256: text.version?.sha256 ?? null,
    approvedBy: text.approvedBy,
    approvedAt: text.approvedAt,
    exportedBy,
    exportedAt,
    draft: text.draft,
  };
  const fileName = exportFileName({
    series,
    language: content.language,
    communiqueId: communique.id,
    number,
    year: text.draft ? null : communique.year,
    versionSeq: stamp.versionSeq,
    draft: text.draft,
    format,
  });
  return { bytes: await bytesOf(format, doc, stamp, printer), fileName, stamp, text };
}

async function bytesOf(format: ExportFormat, doc: PrintDocument, stamp: ExportStamp, printer: () => PdfPrinter): Promise<Uint8Array> {
  assertPrintable(doc);
  switch (format) {
    case 'docx':
      return buildDocx(doc, stamp);
    case 'pdf':
      return stampPdf((await printer().print(doc)).pdf, doc, stamp);
    case 'txt':
      return Buffer.from(communiqueText(doc), 'utf8');
    case 'html':
      return Buffer.from(emailHtml(doc, exportKeyword(stamp.exportKey)), 'utf8');
  }
}
