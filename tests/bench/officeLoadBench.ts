import { readFileSync } from 'node:fs';
import { get } from 'node:https';
import { join } from 'node:path';
import { openBackend } from '../../electron/api/openBackend';
import { plainTextToBody } from '../../shared/body/plainTextToBody';
import { contractVersion, contractVersionHeader } from '../../shared/contract/contractVersion';
import type { OfficeServer } from '../helpers/officeServer';
import { officeCall, startOfficeServer } from '../helpers/officeServer';
import { startPostgresCluster } from '../helpers/postgresCluster';
import { readyContent } from '../helpers/readyContent';
import type { BenchRow } from './measure';
import { summarize } from './measure';

/** Who works during the run: every one autosaves a draft of their own every 3 s; some also send and approve, some export. */
const people = { writers: 35, reviewers: 10, exporters: 5 };
const runMs = Number(process.env.REDACTA_LOAD_SECONDS ?? 120) * 1000;
/** Refusals a busy office expects (two editors approving the same text, an approval of one withdrawn meanwhile): counted, not errors. */
const lostRaces = new Set(['INVALID_TRANSITION', 'VERSION_MISMATCH']);

interface Person {
  name: string;
  role: 'writer' | 'reviewer' | 'exporter';
  session: string;
  draft: number;
  revision: number;
  /** The text this person last saw stored: after the run the office must hold exactly it. */
  lastSaved: string;
  /** The draft's content as created (each save changes its body). */
  content: Record<string, unknown>;
}

/**
 * 50 people on one office server over HTTPS on loopback, for two minutes (REDACTA_LOAD_SECONDS), on PostgreSQL:
 * each autosaves every 3 s and listens to the live changes; 10 also make, send and approve communiqués; 5 export.
 * Reports p95 per method, errors, whether numbers are gapless and nothing saved was lost, and the server's memory.
 */
export async function officeLoadBench(dir: string): Promise<BenchRow[]> {
  const cluster = await startPostgresCluster({ durable: true });
  let server: OfficeServer | undefined;
  const streams: (() => void)[] = [];
  try {
    const url = cluster.url;
    const everyone = await staff(url);
    server = await startOfficeServer(url, join(dir, 'office-config'));
    const office = server;
    const samples = new Map<string, number[]>();
    const errors = new Map<string, number>();
    let races = 0;
    let heard = 0;
    const call = async (person: Person, method: string, input: unknown) => {
      const start = performance.now();
      const answer = await officeCall(office, method, input, { session: person.session });
      const took = performance.now() - start;
      samples.set(method, [...(samples.get(method) ?? []), took]);
      if (!answer.body.ok) {
        const code = answer.body.error?.code ?? `HTTP ${answer.status}`;
        if (lostRaces.has(code)) races += 1;
        else errors.set(`${method} ${code}`, (errors.get(`${method} ${code}`) ?? 0) + 1);
      }
      return answer.body;
    };
    for (const person of everyone) {
      const signed = await officeCall(office, 'signIn', { name: person.name, passphrase: `frase de ${person.name}` });
      person.session = (signed.body.value as { session: string }).session;
      const created = await call(person, 'createCommunique', { content: readyContent(`Borrador de ${person.name}`, { body: person.lastSaved }) });
      const value = created.value as { id: number; revision: number; content: Record<string, unknown> };
      person.draft = value.id;
      person.revision = value.revision;
      person.content = value.content;
      streams.push(listen(office, person.session, () => (heard += 1)));
    }
    const end = Date.now() + runMs;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let approvals = 0;
    const autosave = async (person: Person, offset: number) => {
      await pause(offset);
      for (let turn = 1; Date.now() < end; turn += 1) {
        const text = `${person.lastSaved} Frase ${turn} de ${person.name}.`;
        const saved = await call(person, 'saveCommunique', {
          id: person.draft,
          revision: person.revision,
          content: { ...person.content, body: plainTextToBody(text) },
        });
        if (saved.ok) {
          person.revision = (saved.value as { revision: number }).revision;
          person.lastSaved = text;
        }
        await pause(3000);
      }
    };
    const review = async (person: Person, offset: number) => {
      await pause(offset);
      for (let turn = 1; Date.now() < end; turn += 1) {
        const made = await call(person, 'createCommunique', { content: readyContent(`Comunicado ${turn} de ${person.name}`) });
        if (made.ok) {
          const { id, revision } = made.value as { id: number; revision: number };
          await call(person, 'submitForReview', { id, revision });
        }
        const inbox = await call(person, 'getInbox', {});
        const waiting = inbox.ok ? (inbox.value as { toReview: { id: number }[] }).toReview : [];
        const target = waiting[Math.floor(Math.random() * waiting.length)];
        if (target) {
          const found = await call(person, 'getCommunique', { id: target.id });
          const version = found.ok ? (found.value as { latestVersion: { id: number; sha256: string } | null }).latestVersion : null;
          if (version) {
            const approved = await call(person, 'approveVersion', { id: target.id, versionId: version.id, sha256: version.sha256 });
            if (approved.ok) approvals += 1;
          }
        }
        await pause(8000);
      }
    };
    const exportSome = async (person: Person, offset: number) => {
      await pause(offset);
      for (let turn = 0; Date.now() < end; turn += 1) {
        await call(person, 'renderExport', { id: person.draft, format: turn % 2 === 0 ? 'docx' : 'pdf' });
        await pause(4000);
      }
    };
    const memory = watchMemory(office.pid);
    await Promise.all(
      everyone.flatMap((person, index) => [
        autosave(person, (index * 3000) / everyone.length),
        ...(person.role === 'reviewer' ? [review(person, (index % 10) * 700)] : []),
        ...(person.role === 'exporter' ? [exportSome(person, (index % 5) * 800)] : []),
      ]),
    );
    const peak = memory.stop();
    // Nothing lost: each draft holds what its person last saw saved; numbers: 1…n, each once, n the approvals.
    const admin = everyone[0] as Person;
    let lost = 0;
    for (const person of everyone) {
      const stored = await officeCall(office, 'getCommunique', { id: person.draft }, { session: person.session });
      if (JSON.stringify(stored.body.value).indexOf(person.lastSaved.slice(-40)) < 0) lost += 1;
    }
    const numbers = await officeCall(office, 'listNumbers', { series: 'comunicado', year: new Date().getFullYear() }, { session: admin.session });
    const assigned = ((numbers.body.value ?? []) as { number: number }[]).map((entry) => entry.number).sort((a, b) => a - b);
    const gapless = assigned.every((number, index) => number === index + 1) && assigned.length === approvals;
    const rows: BenchRow[] = [];
    const order = ['saveCommunique', 'createCommunique', 'submitForReview', 'getInbox', 'getCommunique', 'approveVersion', 'renderExport'];
    for (const method of order) {
      const times = samples.get(method) ?? [];
      if (times.length === 0) continue;
      const figures = summarize(times);
      rows.push({
        what: `office server, 50 people: ${method}, p95`,
        figure: `${figures.p95.toFixed(0)} ms`,
        note: `${times.length} calls; median ${figures.median.toFixed(0)} ms, max ${figures.max.toFixed(0)} ms`,
      });
    }
    const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
    rows.push({
      what: `office server, 50 people for ${runMs / 1000} s: errors`,
      figure: String(errorCount),
      note: `target 0${errorCount > 0 ? `: ${[...errors].map(([what, count]) => `${what} ×${count}`).join(', ')}` : ''}; lost races (two editors on one text) ${races}; live changes heard ${heard}`,
    });
    rows.push({
      what: 'office server, 50 people: numbers gapless, nothing saved lost',
      figure: gapless && lost === 0 ? 'yes' : 'NO',
      note: `${approvals} approvals, numbers 1–${assigned.length}; drafts not as last saved: ${lost} of ${everyone.length}`,
    });
    rows.push({
      what: 'office server, 50 people: server memory (peak resident)',
      figure: `${peak} MB`,
      note: 'the server process on PostgreSQL, TLS and 50 live streams',
    });
    return rows;
  } finally {
    for (const stop of streams) stop();
    await server?.stop();
    cluster.stop();
  }
}

/** The office's people, made on the database before the server starts: an administrator, then 50 at work. */
async function staff(url: string): Promise<Person[]> {
  const backend = await openBackend({ engine: 'postgres', url });
  const must = async (method: string, input: unknown, session?: string) => {
    const result = await backend.dispatch(method, input, { session });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  // The administrator drafts too: 50 at work in all.
  await must('createUser', { name: 'admin', displayName: 'Admin', roles: ['admin', 'redaccion'], passphrase: 'frase de admin' });
  const admin = ((await must('signIn', { name: 'admin', passphrase: 'frase de admin' })) as { session: string }).session;
  const everyone: Person[] = [{ name: 'admin', role: 'writer', session: '', draft: 0, revision: 0, lastSaved: 'Texto inicial.', content: {} }];
  const add = async (role: Person['role'], count: number) => {
    for (let index = 1; index <= count; index += 1) {
      const name = `${role}${String(index).padStart(2, '0')}`;
      const roles = role === 'reviewer' ? ['redaccion', 'edicion'] : role === 'exporter' ? ['redaccion', 'difusion'] : ['redaccion'];
      await must('createUser', { name, displayName: name, roles, passphrase: `frase de ${name}` }, admin);
      everyone.push({ name, role, session: '', draft: 0, revision: 0, lastSaved: 'Texto inicial.', content: {} });
    }
  };
  await add('writer', people.writers - 1);
  await add('reviewer', people.reviewers);
  await add('exporter', people.exporters);
  await backend.close();
  return everyone;
}

/** Listens to the live changes as a screen does; returns how to hang up. */
function listen(server: OfficeServer, session: string, heard: () => void): () => void {
  const req = get(
    new URL('/events', server.url),
    { headers: { [contractVersionHeader]: String(contractVersion), 'x-redacta-session': session }, ca: server.certificate },
    (res) => {
      res.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (line.startsWith('data: ')) heard();
      });
    },
  );
  req.on('error', () => undefined);
  return () => req.destroy();
}

/** The peak resident memory of the server (the child tsx runs it in), in MB, sampled each second. */
function watchMemory(pid: number): { stop(): number } {
  let peak = 0;
  const sample = () => {
    const ids = [pid, ...readChildren(pid)];
    const kb = ids.map((id) => Number(/VmRSS:\s+(\d+)/.exec(readStatus(id))?.[1] ?? 0));
    peak = Math.max(peak, Math.max(...kb) / 1024);
  };
  const timer = setInterval(sample, 1000);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return Math.round(peak);
    },
  };
}

function readChildren(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}
