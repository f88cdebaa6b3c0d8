import { PDFDocument } from 'pdf-lib';
import type { PrintDocument } from '../../../shared/print/PrintDocument';
import type { ExportStamp } from '../ExportStamp';
import { exportKeyword } from '../ExportStamp';

/** Writes the file's properties into a printed PDF: title, number, version and its hash, approver, export key. */
export async function stampPdf(pdf: Uint8Array, doc: PrintDocument, stamp: ExportStamp): Promise<Uint8Array> {
  const file = await PDFDocument.load(pdf, { updateMetadata: false });
  const version = stamp.versionSeq === null ? doc.labels.workingCopy : `v${stamp.versionSeq}`;
  const named = doc.labels.properties;
  file.setTitle(doc.title);
  file.setSubject([doc.numberLine, doc.dateline, version, stamp.draft ? doc.labels.draft : ''].filter(Boolean).join(' · '));
  file.setAuthor(stamp.approvedBy ? `${named.approvedBy}: ${stamp.approvedBy}` : `${named.exportedBy}: ${stamp.exportedBy}`);
  file.setKeywords([
    exportKeyword(stamp.exportKey),
    `comunicado:${stamp.communiqueId}`,
    `version:${version}`,
    ...(stamp.versionSha256 ? [`version-sha256:${stamp.versionSha256}`] : []),
    ...(stamp.approvedAt ? [`aprobado:${stamp.approvedAt}`] : []),
  ]);
  file.setCreator('Redacta');
  file.setProducer('Redacta (Chromium)');
  file.setLanguage(doc.language);
  file.setCreationDate(new Date(stamp.exportedAt));
  file.setModificationDate(new Date(stamp.exportedAt));
  return file.save({ useObjectStreams: false });
}
