import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../shared/contract/contract';
import { methodNames } from '../../../../shared/contract/contract';
import type { CommuniqueStatus } from '../../../../shared/domain/status';
import type { CallAs } from '../../../helpers/office';
import { testOffice } from '../../../helpers/office';
import { seedContent } from '../../../helpers/fixtures';
import { readyContent } from '../../../helpers/readyContent';

type Office = Awaited<ReturnType<typeof testOffice>>;

/** A communiqué brought to `status` by the usual people: Ana drafts and submits, Eva decides, Dora publishes. */
async function communiqueIn(office: Office, status: CommuniqueStatus): Promise<number> {
  const { ok } = office;
  const created = await ok('ana', 'createCommunique', { content: seedContent('seed-000-es') });
  const id = created.id;
  if (status === 'draft') return id;
  if (status === 'withdrawn') {
    await ok('eva', 'withdrawCommunique', { id, reason: 'Se canceló el evento' });
    return id;
  }
  const submitted = await ok('ana', 'submitForReview', { id, revision: created.revision });
  if (status === 'in_review') return id;
  const version = submitted.latestVersion as { id: number; sha256: string };
  if (status === 'changes_requested') {
    await ok('eva', 'requestChanges', { id, versionId: version.id, sha256: version.sha256, comment: 'Acorte el título' });
    return id;
  }
  await ok('eva', 'approveVersion', { id, versionId: version.id, sha256: version.sha256 });
  if (status === 'approved') return id;
  await ok('dora', 'publishCommunique', { id, publishedOn: '2021-11-17' });
  return id;
}

/** Tries one workflow action on communiqué `id` as the person whose role allows it; returns the error code or 'ok'. */
async function attempt(office: Office, action: string, id: number): Promise<string> {
  const { call } = office;
  const current = await office.ok('admin', 'getCommunique', { id });
  const version = current.latestVersion ?? { id: 1, sha256: 'a'.repeat(64) };
  const results: Record<string, () => ReturnType<CallAs>> = {
    edit: () => call('ana', 'saveCommunique', { id, revision: current.revision, content: { ...current.content, title: 'Editado' } }),
    submit: () => call('ana', 'submitForReview', { id, revision: current.revision }),
    withdrawSubmission: () => call('ana', 'withdrawSubmission', { id }),
    approve: () => call('eva', 'approveVersion', { id, versionId: version.id, sha256: version.sha256 }),
    requestChanges: () => call('eva', 'requestChanges', { id, versionId: version.id, sha256: version.sha256, comment: 'Cambios' }),
    publish: () => call('dora', 'publishCommunique', { id, publishedOn: '2021-11-18' }),
    withdraw: () => call('eva', 'withdrawCommunique', { id, reason: 'Retiro' }),
    correct: () => call('ana', 'createCorrection', { id }),
    translate: () => call('ana', 'createTranslation', { id }),
  };
  const result = await (results[action] as () => ReturnType<CallAs>)();
  return result.ok ? 'ok' : result.error.code;
}

const statuses: CommuniqueStatus[] = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn'];
const expected: Record<string, CommuniqueStatus[]> = {
  edit: ['draft', 'changes_requested', 'approved'],
  submit: ['draft', 'changes_requested'],
  withdrawSubmission: ['in_review'],
  approve: ['in_review'],
  requestChanges: ['in_review'],
  publish: ['approved'],
  withdraw: ['draft', 'in_review', 'changes_requested', 'approved'],
  correct: ['published'],
  translate: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
};

describe('every transition, allowed and forbidden', () => {
  const office = testOffice();
  for (const [action, allowed] of Object.entries(expected)) {
    for (const status of statuses) {
      const verdict = allowed.includes(status) ? 'ok' : 'INVALID_TRANSITION';
      it(`${action} from ${status}: ${verdict}`, async () => {
        const o = await office;
        expect(await attempt(o, action, await communiqueIn(o, status))).toBe(verdict);
      });
    }
  }
});

/**
 * Who may call what, written by hand from what each person does in the office (not read from the contract): R drafts
 * (redacción), E reviews and approves (edición), D publishes (difusión), A administers; `*` anyone signed in; `public`
 * before signing in too. createUser is open on a workstation without profiles, then only to administrators.
 */
const whoMayCall: Record<MethodName, 'public' | '*' | string> = {
  getAppInfo: 'public',
  getSession: 'public',
  listProfiles: 'public',
  signIn: 'public',
  signOut: 'public',
  createUser: 'A',
  listSeries: '*',
  listLetterheads: '*',
  getLetterhead: '*',
  createLetterhead: 'A',
  updateLetterhead: 'A',
  listOfficeWords: '*',
  addOfficeWord: 'REA',
  listCommuniques: '*',
  getCommunique: '*',
  createCommunique: 'REA',
  saveCommunique: 'REA',
  createTranslation: 'REA',
  listUsers: 'A',
  updateUser: 'A',
  changePassphrase: '*',
  listVersions: '*',
  getVersion: '*',
  submitForReview: 'REA',
  withdrawSubmission: 'REA',
  getApprovalNumber: 'EA',
  approveVersion: 'EA',
  requestChanges: 'EA',
  listComments: '*',
  addComment: 'REA',
  resolveComment: 'REA',
  publishCommunique: 'DA',
  withdrawCommunique: 'EA',
  voidNumber: 'EA',
  listNumbers: '*',
  listNumberYears: '*',
  findCommuniques: '*',
  getNumbering: '*',
  continueNumbering: 'A',
  createCorrection: 'REA',
  markTranslationSynced: 'REA',
  getInbox: '*',
  listAudit: '*',
  renderExport: '*',
  exportToFolder: '*',
  listFolder: '*',
  makeFolder: '*',
  verifyExport: '*',
  listExports: '*',
  readImportFile: 'A',
  importArchiveFile: 'A',
  exportArchivePage: 'A',
  getStoreHealth: 'public',
  restoreLatestBackup: 'public',
  listBackups: 'A',
  backUpNow: 'A',
  restoreBackup: 'A',
};
const letterOf = { ana: 'R', eva: 'E', dora: 'D', admin: 'A' } as const;

describe('every role, for every method (a hand-written table)', () => {
  const office = testOffice();
  let made = 0;
  // createUser takes valid input here: with none, every caller would be refused for the input, not for who they are.
  const inputOf = (method: MethodName) =>
    (method === 'createUser' ? { name: `nuevo${++made}`, displayName: 'Nuevo', roles: ['redaccion'], passphrase: 'una frase de acceso larga' } : {}) as never;
  // signOut would close the sessions the rest of the matrix uses: it has its own test.
  for (const method of methodNames.filter((name) => name !== 'signOut')) {
    const allowed = whoMayCall[method];
    it(`${method}: ${allowed}`, async () => {
      const o = await office;
      for (const [who, letter] of Object.entries(letterOf) as [keyof typeof letterOf, string][]) {
        const result = await o.call(who, method, inputOf(method));
        const code = result.ok ? 'ok' : result.error.code;
        if (allowed === 'public' || allowed === '*' || allowed.includes(letter)) expect(code, `${who} ${method}`).not.toMatch(/^(FORBIDDEN|UNAUTHORIZED)$/);
        else expect(code, `${who} ${method}`).toBe('FORBIDDEN');
      }
      const anonymous = await o.call('nobody', method, inputOf(method));
      const code = anonymous.ok ? 'ok' : anonymous.error.code;
      if (allowed === 'public') expect(code, `nobody ${method}`).not.toMatch(/^(FORBIDDEN|UNAUTHORIZED)$/);
      else expect(code, `nobody ${method}`).toBe('UNAUTHORIZED');
    });
  }
});

describe('what goes to review', () => {
  it('only a whole communiqué: a title, bullets and a body are asked for by name, in the person’s language; a fe de erratas needs no bullets', async () => {
    const office = await testOffice();
    const empty = await office.ok('ana', 'createCommunique', { content: {} });
    expect(await office.call('ana', 'submitForReview', { id: empty.id, revision: empty.revision })).toMatchObject({
      ok: false,
      error: {
        code: 'INCOMPLETE',
        message: `Para enviar el comunicado ${empty.id} a revisión falta el título, los balazos y el cuerpo.`,
        details: { missing: ['title', 'summary', 'body'] },
      },
    });
    const noBullets = await office.ok('ana', 'createCommunique', { content: readyContent('Con título', { summary: ['  '] }) });
    expect(await office.call('ana', 'submitForReview', { id: noBullets.id, revision: noBullets.revision })).toMatchObject({
      ok: false,
      error: { code: 'INCOMPLETE', details: { missing: ['summary'] } },
    });
    expect((await office.ok('ana', 'getCommunique', { id: noBullets.id })).status).toBe('draft');
    // A correction of a published communiqué states its correction without bullets.
    const published = await communiqueIn(office, 'published');
    const correction = await office.ok('ana', 'createCorrection', { id: published });
    expect((await office.ok('ana', 'submitForReview', { id: correction.id, revision: correction.revision })).status).toBe('in_review');
  });
});

describe('approval', () => {
  it('says before approving which number the version will take: the next, the one it keeps, its original’s, or none', async () => {
    const office = await testOffice();
    const { ok } = office;
    const send = async (id: number) => {
      const current = await ok('ana', 'getCommunique', { id });
      return (await ok('ana', 'submitForReview', { id, revision: current.revision })).latestVersion;
    };
    const first = await ok('ana', 'createCommunique', { content: readyContent('Primero', { date: '2021-11-17' }) });
    const sent = await send(first.id);
    expect(await ok('eva', 'getApprovalNumber', { id: first.id })).toEqual({ source: 'next', number: 1, year: 2021 });
    await ok('eva', 'approveVersion', { id: first.id, versionId: sent?.id ?? 0, sha256: sent?.sha256 ?? '' });
    // Edited after approval and sent again: it keeps its number.
    const approved = await ok('ana', 'getCommunique', { id: first.id });
    await ok('ana', 'saveCommunique', { id: first.id, revision: approved.revision, content: { ...approved.content, title: 'Primero, corregido' } });
    await send(first.id);
    expect(await ok('eva', 'getApprovalNumber', { id: first.id })).toEqual({ source: 'kept', number: 1, year: 2021 });
    const english = await ok('ana', 'createTranslation', { id: first.id });
    await send(english.id);
    expect(await ok('eva', 'getApprovalNumber', { id: english.id })).toEqual({ source: 'original', number: 1, year: 2021 });
    const note = await ok('ana', 'createCommunique', { content: readyContent('Nota', { series: 'nota-informativa' }) });
    await send(note.id);
    expect(await ok('eva', 'getApprovalNumber', { id: note.id })).toEqual({ source: 'none', number: null, year: null });
    // Asking takes nothing: the log still holds only number 1.
    expect((await ok('eva', 'listNumbers', { series: 'comunicado', year: 2021 })).map((entry) => entry.number)).toEqual([1]);
  });

  it('is bound to the version and its hash, and comes from someone other than who submitted it', async () => {
    const { ok, call } = await testOffice();
    const created = await ok('mixta', 'createCommunique', { content: readyContent('Uno') });
    const submitted = await ok('mixta', 'submitForReview', { id: created.id, revision: created.revision });
    const v1 = submitted.latestVersion as { id: number; sha256: string; seq: number };
    expect(v1.seq).toBe(1);
    expect(await call('eva', 'approveVersion', { id: created.id, versionId: v1.id, sha256: 'b'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'VERSION_MISMATCH' },
    });
    expect(await call('mixta', 'approveVersion', { id: created.id, versionId: v1.id, sha256: v1.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'SELF_APPROVAL', message: 'Usted envió la versión v1; la aprueba o la devuelve otra persona de edición.' },
    });
    // Sent back, fixed, resubmitted: the first version can no longer be approved.
    await ok('eva', 'requestChanges', { id: created.id, versionId: v1.id, sha256: v1.sha256, comment: 'Más contexto' });
    const draft = await ok('mixta', 'getCommunique', { id: created.id });
    const fixed = await ok('mixta', 'saveCommunique', { id: created.id, revision: draft.revision, content: { ...draft.content, title: 'Uno, con contexto' } });
    const resubmitted = await ok('mixta', 'submitForReview', { id: created.id, revision: fixed.revision });
    const v2 = resubmitted.latestVersion as { id: number; sha256: string };
    expect(await call('eva', 'approveVersion', { id: created.id, versionId: v1.id, sha256: v1.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'VERSION_MISMATCH' },
    });
    const approved = await ok('eva', 'approveVersion', { id: created.id, versionId: v2.id, sha256: v2.sha256 });
    expect(approved).toMatchObject({ status: 'approved', number: 1, approvedVersion: { id: v2.id, seq: 2 } });
    expect((await ok('eva', 'listVersions', { id: created.id })).map((v) => [v.seq, v.decision?.decision, v.decision?.by])).toEqual([
      [1, 'request_changes', 'eva'],
      [2, 'approve', 'eva'],
    ]);
  });

  it('freezes exactly what was saved: the version re-hashes to its SHA-256, and review locks the working copy', async () => {
    const { ok, call } = await testOffice();
    const created = await ok('ana', 'createCommunique', { content: seedContent('seed-001-en') });
    expect(await call('ana', 'submitForReview', { id: created.id, revision: created.revision + 1 })).toMatchObject({
      ok: false,
      error: { code: 'REVISION_CONFLICT' },
    });
    const submitted = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    const version = await ok('ana', 'getVersion', { versionId: submitted.latestVersion?.id ?? 0 });
    expect(version.content).toEqual(created.content);
    const { createHash } = await import('node:crypto');
    const { default: canonicalize } = await import('canonicalize');
    const rehash = createHash('sha256')
      .update(canonicalize({ schemaVersion: 1, letterheadId: version.letterheadId, content: version.content }) ?? '')
      .digest('hex');
    expect(rehash).toBe(version.sha256);
    expect(await call('ana', 'saveCommunique', { id: created.id, revision: submitted.revision, content: { ...created.content, title: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'El comunicado 1 está «En revisión»: no se puede editar.' },
    });
  });

  it('never makes a version from autosaves: only submitting does, and the sealed text stays as it was', async () => {
    const { ok } = await testOffice();
    const created = await ok('ana', 'createCommunique', { content: readyContent('Borrador') });
    let revision = created.revision;
    for (const title of ['Borrador 1', 'Borrador 2', 'Borrador 3'])
      revision = (await ok('ana', 'saveCommunique', { id: created.id, revision, content: { ...created.content, title } })).revision;
    expect(await ok('ana', 'listVersions', { id: created.id })).toEqual([]);
    const submitted = await ok('ana', 'submitForReview', { id: created.id, revision });
    await ok('ana', 'withdrawSubmission', { id: created.id });
    const again = await ok('ana', 'getCommunique', { id: created.id });
    await ok('ana', 'saveCommunique', { id: created.id, revision: again.revision, content: { ...again.content, title: 'Borrador 4' } });
    const versions = await ok('ana', 'listVersions', { id: created.id });
    expect(versions.map((v) => v.seq)).toEqual([1]);
    expect((await ok('ana', 'getVersion', { versionId: submitted.latestVersion?.id ?? 0 })).content.title).toBe('Borrador 3');
  });

  it('assigns the next number of the series for the year, gapless, per series and per year; unnumbered series get none', async () => {
    const { ok } = await testOffice();
    const approve = async (content: Record<string, unknown>) => {
      const created = await ok('ana', 'createCommunique', { content: readyContent(String(content.title ?? 'Sin título'), content) });
      const submitted = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
      const v = submitted.latestVersion as { id: number; sha256: string };
      return ok('eva', 'approveVersion', { id: created.id, versionId: v.id, sha256: v.sha256 });
    };
    const numbers = [];
    for (const content of [
      { date: '2021-11-17' },
      { date: '2021-12-01' },
      { date: '2022-01-03' },
      { date: '2021-12-20', series: 'comunicado-conjunto' },
      { date: '2021-12-21' },
      { date: '2021-12-22', series: 'nota-informativa' },
    ]) {
      const approved = await approve(content);
      numbers.push([approved.content.series, approved.year, approved.number]);
    }
    expect(numbers).toEqual([
      ['comunicado', 2021, 1],
      ['comunicado', 2021, 2],
      ['comunicado', 2022, 1],
      ['comunicado-conjunto', 2021, 1],
      ['comunicado', 2021, 3],
      ['nota-informativa', null, null],
    ]);
  });

  it('keeps the number and the approved version when an approved communiqué is edited and approved again', async () => {
    const { ok } = await testOffice();
    const created = await ok('ana', 'createCommunique', { content: readyContent('Original', { date: '2021-11-17' }) });
    const s1 = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    const first = await ok('eva', 'approveVersion', { id: created.id, versionId: s1.latestVersion?.id ?? 0, sha256: s1.latestVersion?.sha256 ?? '' });
    const saved = await ok('ana', 'saveCommunique', { id: created.id, revision: first.revision, content: { ...first.content, title: 'Corregido' } });
    expect(saved.status).toBe('draft');
    const afterEdit = await ok('ana', 'getCommunique', { id: created.id });
    expect(afterEdit.approvedVersion).toEqual(first.approvedVersion);
    expect((await ok('ana', 'getVersion', { versionId: first.approvedVersion?.id ?? 0 })).content.title).toBe('Original');
    const s2 = await ok('ana', 'submitForReview', { id: created.id, revision: saved.revision });
    const second = await ok('luis', 'approveVersion', { id: created.id, versionId: s2.latestVersion?.id ?? 0, sha256: s2.latestVersion?.sha256 ?? '' });
    expect(second).toMatchObject({ number: first.number, year: 2021, approvedVersion: { seq: 2 } });
    expect(await ok('ana', 'listNumbers', { series: 'comunicado', year: 2021 })).toHaveLength(1);
  });
});

describe('numbers', () => {
  it('voids a number with a reason: it stays in the log, its communiqué is withdrawn, and it is never reused', async () => {
    const { ok, call } = await testOffice();
    const ids: number[] = [];
    for (const title of ['A', 'B', 'C']) {
      const created = await ok('ana', 'createCommunique', { content: readyContent(title, { date: '2021-11-17' }) });
      const s = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
      await ok('eva', 'approveVersion', { id: created.id, versionId: s.latestVersion?.id ?? 0, sha256: s.latestVersion?.sha256 ?? '' });
      ids.push(created.id);
    }
    expect(await call('ana', 'voidNumber', { series: 'comunicado', year: 2021, number: 2, reason: 'Duplicado' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const voided = await ok('eva', 'voidNumber', { series: 'comunicado', year: 2021, number: 2, reason: 'Se publicó por error con otro número' });
    expect(voided).toMatchObject({ state: 'voided', voidedBy: 'eva', voidReason: 'Se publicó por error con otro número', communiqueId: ids[1] });
    expect((await ok('eva', 'getCommunique', { id: ids[1] ?? 0 })).status).toBe('withdrawn');
    expect(await call('eva', 'voidNumber', { series: 'comunicado', year: 2021, number: 2, reason: 'otra vez' })).toMatchObject({
      ok: false,
      error: { code: 'NUMBER_NOT_FOUND' },
    });
    const next = await ok('ana', 'createCommunique', { content: readyContent('D', { date: '2021-11-18' }) });
    const s = await ok('ana', 'submitForReview', { id: next.id, revision: next.revision });
    expect((await ok('luis', 'approveVersion', { id: next.id, versionId: s.latestVersion?.id ?? 0, sha256: s.latestVersion?.sha256 ?? '' })).number).toBe(4);
    const log = await ok('dora', 'listNumbers', { series: 'comunicado', year: 2021 });
    expect(log.map((entry) => [entry.number, entry.state, entry.title])).toEqual([
      [1, 'assigned', 'A'],
      [2, 'voided', 'B'],
      [3, 'assigned', 'C'],
      [4, 'assigned', 'D'],
    ]);
  });

  it('keeps the number of a published communiqué: voiding it is refused, and the log says where each holder stands', async () => {
    const office = await testOffice();
    const id = await communiqueIn(office, 'published');
    expect(await office.call('eva', 'voidNumber', { series: 'comunicado', year: 2021, number: 1, reason: 'Error' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: `El comunicado ${id} está «Publicado»: no se puede anular su número (ya se publicó).` },
    });
    expect(await office.ok('eva', 'listNumbers', { series: 'comunicado', year: 2021 })).toMatchObject([
      { number: 1, state: 'assigned', communiqueStatus: 'published' },
    ]);
  });

  it('withdrawing an approved communiqué voids its number with the reason', async () => {
    const { ok } = await testOffice();
    const id = await communiqueIn(await testOfficeWith(ok), 'approved');
    await ok('eva', 'withdrawCommunique', { id, reason: 'El evento se canceló' });
    expect(await ok('eva', 'listNumbers', { series: 'comunicado', year: 2021 })).toMatchObject([
      { number: 1, state: 'voided', voidReason: 'El evento se canceló' },
    ]);
  });
});

describe('publication and corrections', () => {
  it('publishes the approved version on a date; a correction is a new communiqué linked to it', async () => {
    const office = await testOffice();
    const id = await communiqueIn(office, 'published');
    const published = await office.ok('dora', 'getCommunique', { id });
    expect(published).toMatchObject({ status: 'published', publishedOn: '2021-11-17', number: 1 });
    const correction = await office.ok('ana', 'createCorrection', { id });
    expect(correction).toMatchObject({
      status: 'draft',
      correctionOf: id,
      content: { series: 'fe-de-erratas', language: 'es', title: 'Fe de erratas al Comunicado 1' },
    });
    expect(JSON.stringify(correction.content.body)).toContain('En el Comunicado 1, publicado el 17 de noviembre de 2021, dice:');
  });
});

describe('translations follow their original', () => {
  it('shows a translation out of date since the original’s newer approved version, until brought up to date', async () => {
    const office = await testOffice();
    const { ok } = office;
    const id = await communiqueIn(office, 'approved');
    const translation = await ok('ana', 'createTranslation', { id });
    expect(translation.translationSync).toEqual({ originalApprovedSeq: 1, syncedSeq: 1, outOfDate: false });
    const original = await ok('ana', 'getCommunique', { id });
    const saved = await ok('ana', 'saveCommunique', { id, revision: original.revision, content: { ...original.content, title: 'Título corregido' } });
    const s = await ok('ana', 'submitForReview', { id, revision: saved.revision });
    await ok('luis', 'approveVersion', { id, versionId: s.latestVersion?.id ?? 0, sha256: s.latestVersion?.sha256 ?? '' });
    expect((await ok('ana', 'getCommunique', { id: translation.id })).translationSync).toEqual({ originalApprovedSeq: 2, syncedSeq: 1, outOfDate: true });
    expect((await ok('ana', 'markTranslationSynced', { id: translation.id })).translationSync).toEqual({
      originalApprovedSeq: 2,
      syncedSeq: 2,
      outOfDate: false,
    });
  });

  it('a translation is approved on its own but carries its original’s number: no number of its own, no gap in the series', async () => {
    const office = await testOffice();
    const { ok } = office;
    const approveAs = async (id: number) => {
      const current = await ok('ana', 'getCommunique', { id });
      const sent = (await ok('ana', 'submitForReview', { id, revision: current.revision })).latestVersion;
      return ok('eva', 'approveVersion', { id, versionId: sent?.id ?? 0, sha256: sent?.sha256 ?? '' });
    };
    // Translated before the original is approved: no number yet, on either.
    const original = await ok('ana', 'createCommunique', { content: readyContent('Original', { date: '2021-11-17' }) });
    const english = await ok('ana', 'createTranslation', { id: original.id });
    expect((await approveAs(english.id)).number).toBeNull();
    const early = await ok('eva', 'renderExport', { id: english.id, format: 'txt' });
    expect(Buffer.from(early.base64, 'base64').toString('utf8')).toContain('Press Release (the original’s number on its approval)');
    // The original takes 1; its English version shows 1 and exports with it.
    expect((await approveAs(original.id)).number).toBe(1);
    expect(await ok('eva', 'getCommunique', { id: english.id })).toMatchObject({ number: 1, year: 2021 });
    const file = await ok('eva', 'renderExport', { id: english.id, format: 'txt' });
    expect(file.fileName).toBe('Press-Release-001-2021-en.txt');
    expect(Buffer.from(file.base64, 'base64').toString('utf8').split('\n')[0]).toBe('Press Release 1');
    // The next Spanish communiqué takes 2: the translation left no gap.
    const next = await ok('ana', 'createCommunique', { content: readyContent('Siguiente', { date: '2021-11-18' }) });
    expect((await approveAs(next.id)).number).toBe(2);
    expect((await ok('eva', 'listNumbers', { series: 'comunicado', year: 2021 })).map((entry) => [entry.number, entry.communiqueId])).toEqual([
      [1, original.id],
      [2, next.id],
    ]);
    expect((await ok('eva', 'listCommuniques', {})).find((row) => row.id === english.id)).toMatchObject({ number: 1, year: 2021 });
  });
});

describe('comments and the inbox', () => {
  it('threads comments on fields and paragraphs, resolves a thread at once, and shows each person what waits for them', async () => {
    const office = await testOffice();
    const { ok } = office;
    const id = await communiqueIn(office, 'in_review');
    const versionId = (await ok('eva', 'getCommunique', { id })).latestVersion?.id ?? 0;
    const onTitle = await ok('eva', 'addComment', { id, versionId, anchor: { field: 'title', index: null }, body: 'Demasiado largo' });
    const reply = await ok('ana', 'addComment', { id, versionId, anchor: { field: 'general', index: null }, body: 'Lo acorto', parentId: onTitle.id });
    expect(reply).toMatchObject({ parentId: onTitle.id, anchor: { field: 'title', index: null } });
    await ok('eva', 'addComment', { id, versionId, anchor: { field: 'body', index: 2 }, body: 'Falta la fuente' });
    await ok('ana', 'resolveComment', { commentId: reply.id });
    const comments = await ok('dora', 'listComments', { id });
    expect(comments.map((c) => [c.anchor.field, c.anchor.index, c.resolvedBy !== null])).toEqual([
      ['title', null, true],
      ['title', null, true],
      ['body', 2, false],
    ]);
    expect((await ok('eva', 'getInbox', {})).toReview.map((row) => row.id)).toEqual([id]);
    expect((await ok('ana', 'getInbox', {})).toReview).toEqual([]);
    const mine = await ok('mixta', 'createCommunique', { content: readyContent('De Mixta') });
    await ok('mixta', 'submitForReview', { id: mine.id, revision: mine.revision });
    expect((await ok('mixta', 'getInbox', {})).toReview.map((row) => row.id)).toEqual([id]);
    expect((await ok('eva', 'listAudit', { id })).map((entry) => `${entry.action} ${entry.actor}`)).toEqual([
      'comment-resolve ana',
      'comment eva',
      'comment-reply ana',
      'comment eva',
      'submit ana',
      'create ana',
    ]);
  });
});

describe('people', () => {
  it('makes the first profile an administrator, then only administrators add profiles; the last administrator stays', async () => {
    const { ok, call } = await testOffice();
    const users = await ok('admin', 'listUsers', {});
    expect(users.find((user) => user.name === 'admin')?.roles).toEqual(['admin']);
    expect(await call('eva', 'createUser', { name: 'nuevo', displayName: 'Nuevo', roles: ['redaccion'], passphrase: 'una frase suficiente' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call('nobody', 'createUser', { name: 'nuevo', displayName: 'Nuevo', roles: ['admin'], passphrase: 'una frase suficiente' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    const admin = users.find((user) => user.name === 'admin');
    expect(await call('admin', 'updateUser', { id: admin?.id ?? 0, roles: ['edicion'] })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
    expect(await call('admin', 'updateUser', { id: admin?.id ?? 0, active: false })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
    const eva = users.find((user) => user.name === 'eva');
    await ok('admin', 'updateUser', { id: eva?.id ?? 0, active: false });
    expect(await call('eva', 'listCommuniques', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('two administrators demoting each other at the same moment cannot both succeed: one administrator always stays', async () => {
    const { ok, call } = await testOffice();
    const users = await ok('admin', 'listUsers', {});
    const admin = users.find((user) => user.name === 'admin');
    const mixta = users.find((user) => user.name === 'mixta');
    await ok('admin', 'updateUser', { id: mixta?.id ?? 0, roles: ['redaccion', 'edicion', 'admin'] });
    const both = await Promise.all([
      call('admin', 'updateUser', { id: mixta?.id ?? 0, roles: ['edicion'] }),
      call('mixta', 'updateUser', { id: admin?.id ?? 0, active: false }),
    ]);
    // The second to land finds the first's change under the lock: it no longer holds the role, or would remove the last.
    const codes = both.map((result) => (result.ok ? 'ok' : result.error.code));
    expect(codes.filter((code) => code === 'ok')).toHaveLength(1);
    expect(codes.find((code) => code !== 'ok')).toMatch(/^(FORBIDDEN|UNAUTHORIZED|LAST_ADMIN)$/);
    const after = await call('admin', 'listUsers', {});
    const remaining = after.ok ? after.value : await ok('mixta', 'listUsers', {});
    expect(remaining.filter((user) => user.active && user.roles.includes('admin'))).toHaveLength(1);
  });

  it('signing out closes the session', async () => {
    const { call } = await testOffice();
    expect(await call('dora', 'signOut', {})).toEqual({ ok: true, value: {} });
    expect(await call('dora', 'listCommuniques', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('signs in only with the right passphrase, the same answer for an unknown profile, and changes it given the old one', async () => {
    const { call, ok } = await testOffice();
    const wrong = await call('nobody', 'signIn', { name: 'ana', passphrase: 'no es esta' });
    const unknown = await call('nobody', 'signIn', { name: 'fantasma', passphrase: 'frase de acceso de ana' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED', message: 'El perfil o la frase de acceso no coinciden.' } });
    expect(await call('ana', 'changePassphrase', { current: 'equivocada', next: 'una frase nueva y larga' })).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED' },
    });
    await ok('ana', 'changePassphrase', { current: 'frase de acceso de ana', next: 'una frase nueva y larga' });
    expect(await call('nobody', 'signIn', { name: 'ana', passphrase: 'una frase nueva y larga' })).toMatchObject({ ok: true });
  });
});

/** The same office, for helpers that take one. */
async function testOfficeWith(ok: Office['ok']): Promise<Office> {
  return { ok } as Office;
}
