// A second (or third) process on the same database file, for race tests: `tsx raceWorker.ts ROLE DB JSON`.
// ROLE `saver`: autosaves each communiqué again and again, as an open editor does, until a save is refused.
// ROLE `submitter`: submits each communiqué as its author once the saver is at work on it (retrying a stale revision).
// ROLE `approver`: the same, and approves each version at once as an editor.
// ROLE `decider`: approves each communiqué already in review, as the author given (an editor), and prints how long it took.
// DB is a file or a postgres:// address.
import { openBackend } from '../../../electron/api/openBackend';
import { databaseLocation } from '../../../electron/db/databaseLocation';
import type { Communique } from '../../../shared/domain/communique';

interface Job {
  ids: number[];
  author: { name: string; passphrase: string };
  /** Who approves, for the `approver` role. */
  editor?: { name: string; passphrase: string };
  /** Saves per communiqué at most (the saver stops earlier when refused). */
  cap: number;
}

const [role, databasePath, json] = process.argv.slice(2);
if (!role || !databasePath || !json) throw new Error('usage: raceWorker ROLE DB JSON');
const job = JSON.parse(json) as Job;
const backend = await openBackend(databaseLocation(databasePath), { logInternal: (method, error) => console.error(method, error) });

async function signIn(who: { name: string; passphrase: string }): Promise<string> {
  const result = await backend.dispatch('signIn', who);
  if (!result.ok) throw new Error(`signIn ${who.name}: ${result.error.code}`);
  return (result.value as { session: string }).session;
}

async function call<T>(method: string, input: unknown, session: string): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
  const result = await backend.dispatch(method, input, { session });
  return result.ok ? { ok: true, value: result.value as T } : { ok: false, code: result.error.code };
}

/** Saves until refused; counts what happened. */
async function save(session: string) {
  const tally: Record<string, number> = {};
  for (const id of job.ids) {
    const loaded = await call<Communique>('getCommunique', { id }, session);
    if (!loaded.ok) throw new Error(`getCommunique ${id}: ${loaded.code}`);
    let { revision } = loaded.value;
    for (let n = 0; n < job.cap; n += 1) {
      const content = { ...loaded.value.content, title: `Guardado ${n} del ${id}` };
      const saved = await call<{ revision: number }>('saveCommunique', { id, revision, content }, session);
      const outcome = saved.ok ? 'saved' : saved.code;
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      if (saved.ok) revision = saved.value.revision;
      else if (saved.code !== 'REVISION_CONFLICT') break;
      else {
        const fresh = await call<Communique>('getCommunique', { id }, session);
        if (fresh.ok) revision = fresh.value.revision;
      }
    }
  }
  return tally;
}

/** Submits each, retrying a stale revision; approves each version at once when an editor is given. */
async function submit(author: string, editor: string | null) {
  const tally: Record<string, number> = {};
  for (const id of job.ids) {
    for (;;) {
      const current = await call<Communique>('getCommunique', { id }, author);
      if (!current.ok) throw new Error(`getCommunique ${id}: ${current.code}`);
      // Submit while the saver is saving this very communiqué: after its second save.
      if (current.value.revision < 3) continue;
      const submitted = await call<Communique>('submitForReview', { id, revision: current.value.revision }, author);
      const outcome = submitted.ok ? 'submitted' : submitted.code;
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      if (!submitted.ok) continue;
      const version = submitted.value.latestVersion;
      if (editor && version) {
        const approved = await call<Communique>('approveVersion', { id, versionId: version.id, sha256: version.sha256 }, editor);
        const decided = approved.ok ? 'approved' : `approve ${approved.code}`;
        tally[decided] = (tally[decided] ?? 0) + 1;
      }
      break;
    }
  }
  return tally;
}

/** Approves each communiqué in review; the tally has the milliseconds it took from the starting line. */
async function decide(editor: string) {
  const started = performance.now();
  const tally: Record<string, number> = {};
  for (const id of job.ids) {
    const current = await call<Communique>('getCommunique', { id }, editor);
    const version = current.ok ? current.value.latestVersion : null;
    if (!version) throw new Error(`getCommunique ${id}: no version in review`);
    const approved = await call<Communique>('approveVersion', { id, versionId: version.id, sha256: version.sha256 }, editor);
    const outcome = approved.ok ? 'approved' : approved.code;
    tally[outcome] = (tally[outcome] ?? 0) + 1;
  }
  return { ...tally, ms: Math.round(performance.now() - started) };
}

const session = await signIn(job.author);
const editor = role === 'approver' && job.editor ? await signIn(job.editor) : null;
// At the starting line: the test lets every worker go at once.
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const tally = role === 'saver' ? await save(session) : role === 'decider' ? await decide(session) : await submit(session, editor);
await backend.close();
process.stdout.write(`${JSON.stringify(tally)}\n`);
