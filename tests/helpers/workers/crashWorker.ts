// A back end in its own OS process that the crash test kills at random moments (run bundled: see bundleWorker).
// It loads (`node worker.mjs OPERATION`), prints `ready`, reads its job as one JSON line on stdin, opens the store, signs in, prints `working`, then
// repeats one operation until killed, printing one JSON `ack` line only after the back end answered ok.
import { createBackend } from '../../../electron/api/createBackend';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/contract';
import type { ImportItem } from '../../../shared/domain/importItem';
import { readyContent } from '../readyContent';
import { passphraseOf } from '../staffOffice';

/** The operation a worker repeats until it is killed. */
export type CrashOperation = 'save' | 'approve' | 'export' | 'import';

/** What the test asks one worker to do. */
export interface CrashJob {
  databasePath: string;
  operation: CrashOperation;
  cycle: number;
  /** The draft every autosave goes to. */
  autosaveId: number;
  /** Approved communiqués to export, and where. */
  exportIds: number[];
  folder: string;
  /** The year imported archive items are numbered in (approvals number in their own year). */
  importYear: number;
}

/** One line a worker prints once the back end said ok. */
export type CrashAck =
  | { ack: 'save'; id: number; revision: number; title: string }
  | { ack: 'approve'; id: number; number: number | null; year: number | null }
  | { ack: 'export'; fileName: string; outcome: string }
  | { ack: 'import'; file: string; ids: number[]; numbers: (number | null)[] };

/** Who signs in for each operation. */
const signers: Record<CrashOperation, string[]> = { save: ['ana'], approve: ['ana', 'eva'], export: ['eva'], import: ['admin'] };

// A write to a pipe is synchronous on Linux and macOS: a line printed has reached the test even if killed just after.
const say = (line: unknown) => process.stdout.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`);

/** The job the test sends once this process is loaded. */
function firstLineOfStdin(): Promise<string> {
  let text = '';
  return new Promise((resolve) => {
    process.stdin.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')));
    });
  });
}

// The operation comes first, in the arguments: an exporter loads the exporters while it waits its turn.
const operation = process.argv[2] as CrashOperation;
if (operation === 'export') await import('../../../electron/export/renderExportFile');
say('ready');
const job = JSON.parse(await firstLineOfStdin()) as CrashJob;
const backend = createBackend({ databasePath: job.databasePath, logInternal: (method, error) => console.error(method, error) });
const sessions = new Map<string, string>();

/** Calls as someone and returns the value; anything but ok ends the worker with the reason (the test fails on it). */
async function call<M extends MethodName>(who: string, method: M, input: MethodInput<M>, refusalsToAccept: string[] = []) {
  const result = await backend.dispatch(method, input, { session: sessions.get(who) });
  if (result.ok) return result.value as MethodOutput<M>;
  if (refusalsToAccept.includes(result.error.code)) return null;
  say({ error: `${method}: ${result.error.code} ${result.error.message}` });
  process.exit(1);
}

for (const name of signers[operation]) {
  const signed = await call(name, 'signIn', { name, passphrase: passphraseOf(name) });
  if (signed) sessions.set(name, signed.session);
}
// The first export also reads fonts and the letterhead: done before work starts, so kills land in writes, not in loading.
if (operation === 'export') await call('eva', 'renderExport', { id: job.exportIds[0] ?? 0, format: 'docx' });
say('working');

/** Autosaves the same draft again and again, as an open editor does. */
async function autosave(): Promise<never> {
  const loaded = await call('ana', 'getCommunique', { id: job.autosaveId });
  if (!loaded) throw new Error('unreachable');
  let revision = loaded.revision;
  for (let n = 0; ; n += 1) {
    const title = `Autoguardado ${job.cycle}-${n}`;
    const saved = await call('ana', 'saveCommunique', { id: job.autosaveId, revision, content: { ...loaded.content, title } });
    if (!saved) throw new Error('unreachable');
    revision = saved.revision;
    say({ ack: 'save', id: job.autosaveId, revision, title } satisfies CrashAck);
  }
}

/** Writes, submits and approves communiqué after communiqué: each approval takes the next number. */
async function approve(): Promise<never> {
  for (let n = 0; ; n += 1) {
    const created = await call('ana', 'createCommunique', { content: readyContent(`Aprobación ${job.cycle}-${n}`, { date: '2026-11-21' }) });
    const submitted = created && (await call('ana', 'submitForReview', { id: created.id, revision: created.revision }));
    const version = submitted?.latestVersion;
    if (!created || !version) throw new Error('submitted without a version');
    const approved = await call('eva', 'approveVersion', { id: created.id, versionId: version.id, sha256: version.sha256 });
    if (!approved) throw new Error('unreachable');
    say({ ack: 'approve', id: approved.id, number: approved.number, year: approved.year } satisfies CrashAck);
  }
}

/** Exports approved communiqués into the folder, as Word or text, replacing the file or asking (refused when it is there). */
async function exportFiles(): Promise<never> {
  for (;;) {
    const id = job.exportIds[Math.floor(Math.random() * job.exportIds.length)] ?? 0;
    const format = Math.random() < 0.5 ? 'docx' : 'txt';
    const ifExists = Math.random() < 0.5 ? 'replace' : 'ask';
    const made = await call('eva', 'exportToFolder', { id, format, folder: job.folder, ifExists }, ['FILE_EXISTS']);
    if (made) say({ ack: 'export', fileName: made.fileName, outcome: made.outcome } satisfies CrashAck);
  }
}

/** Imports text files of three published communiqués each, numbered where the year's numbering stands. */
async function importFiles(): Promise<never> {
  for (let n = 0; ; n += 1) {
    const numbering = await call('admin', 'getNumbering', { series: 'comunicado', year: job.importYear });
    const next = numbering?.next ?? 1;
    const file = `lote-${job.cycle}-${n}.txt`;
    const text = `Comunicado ${next}\n\n3 de marzo de ${job.importYear}\n\nImportado ${job.cycle}-${n}\n\n- Un balazo\n\nUn párrafo del cuerpo.\n\n--oOo--\n`;
    const reading = await call('admin', 'readImportFile', { name: file, data: Buffer.from(text).toString('base64') });
    const first = reading?.items[0];
    if (!reading?.format || !first) throw new Error(`${file} was not read`);
    const items = [0, 1, 2].map(
      (k): ImportItem => ({ ...first, number: next + k, key: k + 1, content: { ...first.content, title: `Importado ${job.cycle}-${n}-${k}` } }),
    );
    const outcome = await call('admin', 'importArchiveFile', { file, sha256: reading.sha256, format: reading.format, items });
    if (!outcome) throw new Error('unreachable');
    const { imported } = outcome;
    say({ ack: 'import', file, ids: imported.map((item) => item.id), numbers: imported.map((item) => item.number) } satisfies CrashAck);
  }
}

const operations: Record<CrashOperation, () => Promise<never>> = { save: autosave, approve, export: exportFiles, import: importFiles };
await operations[operation]();
