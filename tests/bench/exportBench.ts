import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../../electron/api/createBackend';
import type { Backend } from '../../electron/api/createBackend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/contract';
import { runCliProcess } from '../helpers/runCliProcess';
import { threePageContent } from '../helpers/threePageContent';
import { available, libreOfficeToPdf, pandoc } from './externalTools';
import type { BenchRow } from './measure';
import { summarize, timed } from './measure';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

/** Calls the back end and returns the value, stopping the bench on an error. */
async function ok<M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/**
 * Export figures on a three-page communiqué: DOCX and PDF per document (warm), a batch of 200 in one back end, 500
 * to DOCX+PDF through the CLI; beside pandoc (Markdown to DOCX) and LibreOffice (DOCX to PDF) on the same content.
 */
export async function exportBench(dir: string): Promise<BenchRow[]> {
  const databasePath = join(dir, 'export.sqlite3');
  const backend = createBackend({ databasePath });
  const content = threePageContent();
  const ids: number[] = [];
  for (let i = 0; i < 500; i += 1)
    ids.push((await ok(backend, 'createCommunique', { content: { ...content, title: `${String(content.title)} (${i + 1})` } })).id);
  const out = join(dir, 'exports');
  mkdirSync(out);
  const once = (id: number, format: 'docx' | 'pdf', folder = out) => ok(backend, 'exportToFolder', { id, format, folder, ifExists: 'replace' });

  // Warm: the first PDF starts the browser, the first DOCX packs the fonts and reads their metrics; then 20 of each.
  const firstPdf = await timed(() => once(ids[0] ?? 1, 'pdf'));
  const firstDocx = await timed(() => once(ids[0] ?? 1, 'docx'));
  const docxTimes: number[] = [];
  const pdfTimes: number[] = [];
  for (const id of ids.slice(0, 20)) {
    docxTimes.push(await timed(() => once(id, 'docx')));
    pdfTimes.push(await timed(() => once(id, 'pdf')));
  }
  const docx = summarize(docxTimes);
  const pdf = summarize(pdfTimes);

  // A batch of 200 to DOCX and PDF, three files at a time, as the CLI does.
  const batchDir = join(dir, 'batch');
  mkdirSync(batchDir);
  const jobs = ids.slice(0, 200).flatMap((id) => [
    { id, format: 'docx' as const },
    { id, format: 'pdf' as const },
  ]);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    [0, 1, 2].map(async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        if (job) await once(job.id, job.format, batchDir);
      }
    }),
  );
  const batch = performance.now() - started;
  const rss = process.memoryUsage().rss / 1024 / 1024;
  await backend.close();

  // 500 communiqués to DOCX and PDF: the CLI, one process, as distribution staff would run it.
  const cliDir = join(dir, 'cli');
  const cli = await timed(async () => {
    const run = await runCliProcess(['--db', databasePath, 'export', ...ids.map(String), '--format', 'docx,pdf', '--out', cliDir]);
    if (run.code !== 0) throw new Error(`export: ${run.stderr.slice(-500)}`);
  });

  const rows: BenchRow[] = [
    { what: 'DOCX per document (3-page communiqué, warm)', figure: ms(docx.median), note: `median of 20; p95 ${ms(docx.p95)}; font embedded` },
    { what: 'PDF per document (warm browser)', figure: ms(pdf.median), note: `median of 20; p95 ${ms(pdf.p95)}; same layout as the preview` },
    {
      what: 'first DOCX and first PDF in a process (cold)',
      figure: ms(firstDocx),
      note: `fonts packed, metrics read; first PDF ${ms(firstPdf)} (browser start)`,
    },
    {
      what: 'batch of 200 to DOCX+PDF (back end, 3 at a time)',
      figure: seconds(batch),
      note: `${ms(batch / 200)} per communiqué; RSS ${rss.toFixed(0)} MB after`,
    },
    { what: '500 to DOCX+PDF (CLI `export`, one process)', figure: seconds(cli), note: `${ms(cli / 500)} per communiqué; target < 60 s` },
  ];

  const markdown = join(dir, 'same.md');
  writeFileSync(markdown, Buffer.from((await renderText(databasePath, ids[0] ?? 1)) ?? '', 'utf8'));
  if (available('pandoc')) {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) times.push(await pandoc(markdown, join(dir, `pandoc-${i}.docx`)));
    const median = summarize(times).median;
    rows.push({
      what: 'pandoc: same text, Markdown to DOCX',
      figure: ms(median),
      note: `median of 5; our DOCX is ${(median / docx.median).toFixed(1)}× faster`,
    });
  } else rows.push({ what: 'pandoc: not installed', figure: '—', note: 'apt-get install pandoc to compare' });
  if (available('soffice')) {
    const docxFile = join(dir, 'same.docx');
    writeFileSync(docxFile, await renderBytes(databasePath, ids[0] ?? 1, 'docx'));
    const times: number[] = [];
    for (let i = 0; i < 3; i += 1) times.push(await libreOfficeToPdf(docxFile, join(dir, `lo-${i}`), join(dir, `lo-profile-${i}`)));
    const median = summarize(times).median;
    rows.push({
      what: 'LibreOffice: same DOCX to PDF',
      figure: ms(median),
      note: `median of 3; our PDF is ${(median / pdf.median).toFixed(1)}× faster (target ≥ 3×)`,
    });
  } else rows.push({ what: 'LibreOffice: not installed', figure: '—', note: 'apt-get install libreoffice-writer-nogui to compare' });
  return rows;
}

/** The communiqué as our plain text, which is also valid Markdown (what pandoc is given). */
async function renderText(databasePath: string, id: number): Promise<string> {
  return (await renderBytes(databasePath, id, 'txt')).toString('utf8');
}

async function renderBytes(databasePath: string, id: number, format: 'txt' | 'docx'): Promise<Buffer> {
  const backend = createBackend({ databasePath });
  try {
    return Buffer.from((await ok(backend, 'renderExport', { id, format })).base64, 'base64');
  } finally {
    await backend.close();
  }
}
