import { statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/api/createBackend';
import { bundleWorker } from '../../../helpers/bundleWorker';
import { exportFileProblems, exportFolderFiles, importProblems, integrityProblems, numberProblems, savedDraft } from '../../../helpers/crashInvariants';
import type { KillableWorker } from '../../../helpers/killableWorker';
import { startKillableWorker } from '../../../helpers/killableWorker';
import { passphraseOf, testOffice } from '../../../helpers/office';
import { readyContent } from '../../../helpers/readyContent';
import { tempDir } from '../../../helpers/tempDir';
import type { CrashAck, CrashJob, CrashOperation } from '../../../helpers/workers/crashWorker';

// How many times a worker is killed (REDACTA_CRASH_KILLS, 200 unless said), and the seed of the moments chosen.
const kills = Number(process.env.REDACTA_CRASH_KILLS ?? 200);
const seed = Number(process.env.REDACTA_CRASH_SEED ?? Date.now() % 2 ** 31);
const operations: CrashOperation[] = ['save', 'approve', 'export', 'import'];
const importYear = 2017;

/** A small seeded generator (mulberry32), so that a failing run can be replayed with its seed. */
function seeded(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started: KillableWorker[] = [];
afterAll(async () => {
  for (const worker of started) await worker.kill();
});

/** A store with a draft to autosave and three approved communiqués to export; closed, for the workers to open. */
async function preparedStore() {
  const { ok, backend, databasePath } = await testOffice();
  const draft = await ok('ana', 'createCommunique', { content: readyContent('Autoguardado inicial', { date: '2026-11-21' }) });
  const exportIds: number[] = [];
  for (const title of ['Primero para exportar', 'Segundo para exportar', 'Tercero para exportar']) {
    const created = await ok('ana', 'createCommunique', { content: readyContent(title, { date: '2026-11-21' }) });
    const version = (await ok('ana', 'submitForReview', { id: created.id, revision: created.revision })).latestVersion;
    await ok('eva', 'approveVersion', { id: created.id, versionId: version?.id ?? 0, sha256: version?.sha256 ?? '' });
    exportIds.push(created.id);
  }
  await backend.close();
  return { databasePath, autosaveId: draft.id, exportIds, draft: { revision: draft.revision, title: draft.content.title } };
}

/** One last export into the folder from a back end in this process, as the next person to export would make. */
async function exportOnceMore(databasePath: string, id: number, folder: string) {
  const backend = createBackend({ databasePath, logInternal: () => undefined });
  const signed = await backend.dispatch('signIn', { name: 'eva', passphrase: passphraseOf('eva') });
  const session = signed.ok ? (signed.value as { session: string }).session : undefined;
  const made = await backend.dispatch('exportToFolder', { id, format: 'txt', folder, ifExists: 'replace' }, { session });
  await backend.close();
  return made.ok;
}

describe('a back end killed mid-write (SIGKILL) during autosave, approval, export and import', () => {
  it('keeps the store whole, every acknowledged save, gapless numbers, whole imports and whole export files', { timeout: 600_000 }, async () => {
    const began = Date.now();
    const random = seeded(seed);
    const store = await preparedStore();
    const folder = tempDir();
    const bundle = await bundleWorker('crashWorker.ts');
    const exportIds = [...store.exportIds];
    const tally = { kills: { save: 0, approve: 0, export: 0, import: 0 }, acks: { save: 0, approve: 0, export: 0, import: 0 }, temps: new Set<string>() };
    let draft = store.draft;
    // Temporary export files may be left only by export workers killed since the last export that got through.
    let allowedTempOwners = new Set<number>();
    const operationOf = (cycle: number): CrashOperation => operations[cycle % operations.length] ?? 'save';
    const next = (cycle: number) => {
      const worker = startKillableWorker(bundle, [operationOf(cycle)]);
      started.push(worker);
      return worker;
    };
    // The next workers load while this one works: a worker's start is the slow part on a small machine.
    const ahead = 3;
    const pool = Array.from({ length: Math.min(ahead, kills) }, (_, cycle) => next(cycle));

    for (let cycle = 0; cycle < kills; cycle += 1) {
      const operation = operationOf(cycle);
      const worker = pool.shift() ?? next(cycle);
      if (cycle + ahead < kills) pool.push(next(cycle + ahead));
      await worker.ready;
      const job: CrashJob = { databasePath: store.databasePath, operation, cycle, autosaveId: store.autosaveId, exportIds, folder, importYear };
      const since = Date.now();
      await worker.begin(job);
      await sleep(50 + random() * 750);
      const { lines, stderr, exitedEarly } = await worker.kill();
      const context = `cycle ${cycle} (${operation}, seed ${seed}): ${stderr}`;
      expect(exitedEarly, `${context} ${lines.join('\n')}`).toBe(false);
      expect(
        lines.filter((line) => line.startsWith('{"error"')),
        context,
      ).toEqual([]);
      const acks = lines.filter((line) => line.startsWith('{"ack"')).map((line) => JSON.parse(line) as CrashAck);
      tally.kills[operation] += 1;
      tally.acks[operation] += acks.length;

      const db = new BetterSqlite3(store.databasePath);
      try {
        expect(integrityProblems(db), context).toEqual([]);
        // The autosaved draft holds the last save acknowledged, or the one after it (stored, killed before the ack).
        const stored = savedDraft(db, store.autosaveId);
        const lastSave = acks.filter((ack) => ack.ack === 'save').at(-1);
        const held = lastSave ? { revision: lastSave.revision, title: lastSave.title } : draft;
        if (stored.revision === held.revision) expect(stored.title, context).toBe(held.title);
        else {
          expect(stored.revision, context).toBe(held.revision + 1);
          expect(stored.title.startsWith(`Autoguardado ${cycle}-`) && stored.title !== held.title, `${context} ${stored.title}`).toBe(true);
        }
        draft = stored;
        for (const ack of acks) {
          if (ack.ack === 'approve') {
            const row = db.prepare('SELECT status, number, year FROM communiques WHERE id = ?').get(ack.id);
            expect(row, context).toEqual({ status: 'approved', number: ack.number, year: ack.year });
            exportIds.push(ack.id);
          }
          if (ack.ack === 'import') {
            const numbers = ack.ids.map((id) =>
              db.prepare('SELECT c.number FROM imported_sources s JOIN communiques c ON c.id = s.communique_id WHERE s.communique_id = ?').get(id),
            );
            expect(numbers, context).toEqual(ack.numbers.map((number) => ({ number })));
          }
        }
        expect(numberProblems(db).problems, context).toEqual([]);
        expect(importProblems(db, 3).problems, context).toEqual([]);

        const { files, temps } = exportFolderFiles(folder);
        const exported = acks.flatMap((ack) => (ack.ack === 'export' ? [ack.fileName] : []));
        expect(
          exported.filter((name) => !files.includes(name)),
          context,
        ).toEqual([]);
        if (operation === 'export') {
          // An export that got through cleared what killed exporters had left; this worker may have left its own.
          allowedTempOwners = exported.length > 0 ? new Set([worker.pid]) : allowedTempOwners.add(worker.pid);
        }
        for (const temp of temps) tally.temps.add(temp.name);
        expect(
          temps.filter((temp) => !allowedTempOwners.has(temp.owner)),
          context,
        ).toEqual([]);
        // The files this worker wrote or replaced are whole (all of them are checked at the end).
        const touched = operation === 'export' ? files.filter((name) => statSync(join(folder, name)).mtimeMs >= since - 1000) : [];
        expect(exportFileProblems(db, folder, touched).problems, context).toEqual([]);
      } finally {
        db.close();
      }
    }
    for (const worker of pool) await worker.kill();

    // The next export into the folder clears every temporary file killed exporters left; every file there is whole.
    expect(await exportOnceMore(store.databasePath, store.exportIds[0] ?? 0, folder)).toBe(true);
    const { files, temps } = exportFolderFiles(folder);
    expect(temps).toEqual([]);
    const db = new BetterSqlite3(store.databasePath, { readonly: true });
    expect(integrityProblems(db)).toEqual([]);
    const numbers = numberProblems(db);
    const imports = importProblems(db, 3);
    const exportFiles = exportFileProblems(db, folder, files);
    db.close();
    expect([...numbers.problems, ...imports.problems, ...exportFiles.problems]).toEqual([]);

    const { kills: k, acks: a } = tally;
    console.log(
      `crash safety: ${kills} SIGKILLs (save ${k.save}, approve ${k.approve}, export ${k.export}, import ${k.import}) in ${Math.round((Date.now() - began) / 1000)} s, seed ${seed}; ` +
        `acks checked: ${a.save} saves, ${a.approve} approvals, ${a.export} exports, ${a.import} import files; ` +
        `numbers: ${numbers.numbers} gapless; imports: ${imports.files} whole files; ` +
        `export folder: ${files.length} whole files (${exportFiles.unrecorded} with no record), ${tally.temps.size} temporary files left by kills, all cleared`,
    );
  });
});
