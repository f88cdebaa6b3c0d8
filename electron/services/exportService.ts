import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { exportMimeTypes } from '../../shared/export/exportFormat';
import type { ExportFormat } from '../../shared/export/exportFormat';
import type { ExportRecord } from '../../shared/domain/exportRecord';
import type { HandlerContext } from '../api/HandlerContext';
import type { Handlers } from '../api/Handlers';
import type { ExportWhich } from '../export/exportText';
import { exportText } from '../export/exportText';
import type { RenderedExport } from '../export/renderExportFile';
import { writeExportFile } from '../export/writeExportFile';
import { communiqueRepository } from '../repositories/communiqueRepository';
import { exportRepository } from '../repositories/exportRepository';
import { requireCommunique } from './requireCommunique';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Makes the file of the text asked for (the exporters load on the first export: other verbs start faster without them). */
async function render(id: number, format: ExportFormat, which: ExportWhich, { db, actor, now, printer }: HandlerContext): Promise<RenderedExport> {
  const text = exportText(db, requireCommunique(db, id), which);
  const { renderExportFile } = await import('../export/renderExportFile');
  return renderExportFile({ db, text, format, printer: () => printer, exportedBy: actor.name, exportedAt: now().toISOString() });
}

/** Records a file handed over: which text, which format, its name, hash and size, who and when. */
function record(db: Database, { stamp, text, fileName, bytes }: RenderedExport, format: ExportFormat): ExportRecord {
  const { communique } = text;
  const repository = exportRepository(db);
  repository.append({
    exportKey: stamp.exportKey,
    communiqueId: communique.id,
    versionId: text.version?.id ?? null,
    revision: communique.revision,
    format,
    draft: stamp.draft,
    number: stamp.draft ? null : communique.number,
    year: stamp.draft ? null : communique.year,
    fileName,
    sha256: sha256Of(bytes),
    size: bytes.length,
    exportedBy: stamp.exportedBy,
    exportedAt: stamp.exportedAt,
  });
  const stored = repository.withKey(stamp.exportKey);
  if (!stored) throw new Error('export record not stored');
  return stored;
}

/** Exports: files to download or to write into a chosen folder, each recorded; and telling what a file is. */
export const exportService: Pick<Handlers, 'renderExport' | 'exportToFolder' | 'verifyExport' | 'listExports'> = {
  renderExport: async ({ id, format, version }, context) => {
    const rendered = await render(id, format, version, context);
    const saved = record(context.db, rendered, format);
    return {
      fileName: rendered.fileName,
      mimeType: exportMimeTypes[format],
      base64: Buffer.from(rendered.bytes).toString('base64'),
      sha256: saved.sha256,
      draft: rendered.stamp.draft,
      record: saved,
    };
  },

  exportToFolder: async ({ id, format, version, folder, ifExists }, context) => {
    const rendered = await render(id, format, version, context);
    const outcome = await writeExportFile(folder, rendered.fileName, rendered.bytes, ifExists);
    const saved = outcome === 'skipped' ? null : record(context.db, rendered, format);
    return { fileName: rendered.fileName, outcome, draft: rendered.stamp.draft, record: saved };
  },

  verifyExport: async ({ base64 }, { db }) => {
    const bytes = Buffer.from(base64, 'base64');
    const sha256 = sha256Of(bytes);
    const exports = exportRepository(db);
    const titleOf = (communiqueId: number) => communiqueRepository(db).get(communiqueId)?.content.title ?? '';
    const exact = exports.withSha256(sha256)[0];
    if (exact) return { status: 'known', record: exact, title: titleOf(exact.communiqueId), sha256 };
    const { readExportKey } = await import('../export/readExportKey');
    const key = await readExportKey(bytes);
    const claimed = key ? exports.withKey(key) : undefined;
    if (claimed) return { status: 'modified', record: claimed, title: titleOf(claimed.communiqueId), sha256 };
    return { status: 'unknown', sha256 };
  },

  listExports: ({ id }, { db }) => {
    requireCommunique(db, id);
    return exportRepository(db).ofCommunique(id);
  },
};
