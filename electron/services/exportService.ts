import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportRecord } from '../../shared/domain/exportRecord';
import type { ExportFormat } from '../../shared/export/exportFormat';
import { exportMimeTypes } from '../../shared/export/exportFormat';
import { exportsClean } from '../../shared/workflow/exportText';
import { AppError } from '../api/AppError';
import type { Handlers, PrepareContext } from '../api/Handlers';
import type { ExportWhich } from '../export/exportText';
import { exportText } from '../export/exportText';
import type { RenderedExport } from '../export/renderExportFile';
import { writeExportFile } from '../export/writeExportFile';
import type { Repositories } from '../repositories/createRepositories';
import { requireCommunique } from './requireCommunique';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Makes the file of the text asked for: what to print is read in one snapshot, then printed with no lock held (the
 * exporters load on the first export: other verbs start faster without them).
 */
async function render(id: number, format: ExportFormat, which: ExportWhich, { read, actor, now, printer }: PrepareContext): Promise<RenderedExport> {
  const text = await read(async (repos) => exportText(repos, await requireCommunique(repos, id), which));
  const { renderExportFile } = await import('../export/renderExportFile');
  return renderExportFile({ text, format, printer: () => printer, exportedBy: actor.name, exportedAt: now().toISOString() });
}

/**
 * A clean file is handed over only while its text is still the approved one, with the same number, under the lock: a
 * withdrawal or another approval that landed while it was made refuses it (a file marked BORRADOR stays true).
 */
async function assertStillClean(repos: Repositories, { stamp, text }: RenderedExport): Promise<void> {
  if (stamp.draft) return;
  const current = await requireCommunique(repos, text.communique.id);
  const clean = exportsClean(current, text.version?.seq ?? 'working');
  if (clean && current.number === text.communique.number && current.year === text.communique.year) return;
  throw new AppError('EXPORT_OUTDATED', { id: current.id, status: current.status });
}

/** Records a file handed over: which text, which format, its name, hash and size, who and when (a fact about the file made). */
async function record(repos: Repositories, rendered: RenderedExport, format: ExportFormat): Promise<ExportRecord> {
  await assertStillClean(repos, rendered);
  const { stamp, text, fileName, bytes } = rendered;
  const { communique } = text;
  await repos.exports.append({
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
  const stored = await repos.exports.withKey(stamp.exportKey);
  if (!stored) throw new Error('export record not stored');
  return stored;
}

/**
 * Exports: files to download or to write into a chosen folder, each recorded; and telling what a file is. The file is
 * made before the write lock is taken and its record appended under it: the record states what was made, from an
 * immutable version (or the working copy at the revision it names), so nothing that lands meanwhile makes it false.
 */
export const exportService: Pick<Handlers, 'renderExport' | 'exportToFolder' | 'verifyExport' | 'listExports'> = {
  renderExport: {
    prepare: async ({ id, format, version }, context) => {
      const rendered = await render(id, format, version, context);
      return async ({ repos }) => {
        const saved = await record(repos, rendered, format);
        return {
          fileName: rendered.fileName,
          mimeType: exportMimeTypes[format],
          base64: Buffer.from(rendered.bytes).toString('base64'),
          sha256: saved.sha256,
          draft: rendered.stamp.draft,
          record: saved,
        };
      };
    },
  },

  exportToFolder: {
    prepare: async ({ id, format, version, folder, ifExists }, context) => {
      const rendered = await render(id, format, version, context);
      const outcome = await writeExportFile(folder, rendered.fileName, rendered.bytes, ifExists);
      return {
        commit: async ({ repos }) => ({
          fileName: rendered.fileName,
          outcome,
          draft: rendered.stamp.draft,
          record: outcome === 'skipped' ? null : await record(repos, rendered, format),
        }),
        // A new file whose record could not be stored is taken away again (a replaced one cannot come back: it was an earlier export).
        undo: async () => {
          if (outcome === 'written') await unlink(join(folder, rendered.fileName));
        },
      };
    },
  },

  verifyExport: async ({ base64 }, { repos }) => {
    const bytes = Buffer.from(base64, 'base64');
    const sha256 = sha256Of(bytes);
    const titleOf = async (communiqueId: number) => (await repos.communiques.get(communiqueId))?.content.title ?? '';
    const [exact] = await repos.exports.withSha256(sha256);
    if (exact) return { status: 'known', record: exact, title: await titleOf(exact.communiqueId), sha256 };
    const { readExportKey } = await import('../export/readExportKey');
    const key = await readExportKey(bytes);
    const claimed = key ? await repos.exports.withKey(key) : undefined;
    if (claimed) return { status: 'modified', record: claimed, title: await titleOf(claimed.communiqueId), sha256 };
    return { status: 'unknown', sha256 };
  },

  listExports: async ({ id }, { repos }) => {
    await requireCommunique(repos, id);
    return await repos.exports.ofCommunique(id);
  },
};
