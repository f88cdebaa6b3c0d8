import { afterAll, describe, expect, it } from 'vitest';
import type { NewCommunique, WorkingCopySave } from '../../../../electron/repositories/communiqueRepository';
import type { Repositories } from '../../../../electron/repositories/createRepositories';
import type { Store } from '../../../../electron/repositories/Store';

import type { Content } from '../../../../shared/domain/content';
import { queryDatabase, refusedByDatabase } from '../../../helpers/queryDatabase';
import { testStore } from '../../../helpers/testStore';

const content = (title: string): Content => ({
  series: 'comunicado',
  language: 'es',
  place: 'Ciudad de México',
  date: '2021-11-17',
  title,
  summary: ['Uno', 'Dos'],
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] },
});

/** The repository on a fresh store, each call in a write transaction as the dispatcher runs one. */
const opened: Store[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

async function setup() {
  const store = await testStore();
  opened.push(store);
  const on = <T>(work: (repo: Repositories['communiques']) => Promise<T>) => store.write((repos) => work(repos.communiques));
  const repo = {
    insert: (draft: NewCommunique) => on((r) => r.insert(draft)),
    get: (id: number) => on((r) => r.get(id)),
    list: (limit?: number) => on((r) => r.list(limit)),
    save: (save: WorkingCopySave) => on((r) => r.save(save)),
  };
  return { databasePath: store.databasePath, repo, store };
}

describe('communiqueRepository', () => {
  it('stores a draft and reads back the same content, as a draft without number at revision 1', async () => {
    const { repo } = await setup();
    const id = await repo.insert({ content: content('Primero'), letterheadId: 1, actor: 'ana', at: '2021-11-17T10:00:00.000Z' });
    expect(await repo.get(id)).toMatchObject({
      id,
      status: 'draft',
      number: null,
      year: null,
      revision: 1,
      createdBy: 'ana',
      content: content('Primero'),
    });
    expect(await repo.get(id + 1)).toBeUndefined();
  });

  it('lists the most recently changed first and honours the limit', async () => {
    const { repo } = await setup();
    const a = await repo.insert({ content: content('A'), letterheadId: 1, actor: 'ana', at: '2021-11-17T10:00:00.000Z' });
    const b = await repo.insert({ content: content('B'), letterheadId: 1, actor: 'ana', at: '2021-11-17T11:00:00.000Z' });
    expect((await repo.list()).map((row) => row.title)).toEqual(['B', 'A']);
    await repo.save({ id: a, expectedRevision: 1, content: content('A2'), actor: 'ana', at: '2021-11-17T12:00:00.000Z', status: 'draft' });
    expect((await repo.list()).map((row) => row.id)).toEqual([a, b]);
    expect(await repo.list(1)).toEqual([
      { id: a, series: 'comunicado', number: null, year: null, language: 'es', status: 'draft', title: 'A2', updatedAt: '2021-11-17T12:00:00.000Z' },
    ]);
  });

  it('saves only over the revision the writer started from; a stale save changes nothing', async () => {
    const { repo } = await setup();
    const id = await repo.insert({ content: content('Base'), letterheadId: 1, actor: 'ana', at: '2021-11-17T10:00:00.000Z' });
    expect(
      await repo.save({ id, expectedRevision: 1, content: content('Ventana A'), actor: 'ana', at: '2021-11-17T10:01:00.000Z', status: 'draft' }),
    ).toMatchObject({
      kind: 'saved',
      revision: 2,
    });
    expect(await repo.save({ id, expectedRevision: 1, content: content('Ventana B'), actor: 'luis', at: '2021-11-17T10:02:00.000Z', status: 'draft' })).toEqual(
      {
        kind: 'conflict',
        currentRevision: 2,
        savedBy: 'ana',
      },
    );
    expect(await repo.get(id)).toMatchObject({ revision: 2, updatedBy: 'ana', content: { title: 'Ventana A' } });
    expect(await repo.save({ id: 999, expectedRevision: 1, content: content('x'), actor: 'ana', at: 'x', status: 'draft' })).toEqual({ kind: 'missing' });
  });

  it('rejects a letterhead or series that does not exist (foreign keys are on)', async () => {
    const { repo } = await setup();
    await expect(repo.insert({ content: content('x'), letterheadId: 42, actor: 'ana', at: 'x' })).rejects.toThrow(/FOREIGN KEY|foreign key/);
    await expect(repo.insert({ content: { ...content('x'), series: 'inventada' }, letterheadId: 1, actor: 'ana', at: 'x' })).rejects.toThrow(
      /FOREIGN KEY|foreign key/,
    );
  });
});

describe('what the schema keeps forever', () => {
  it('never lets a version be changed or deleted', async () => {
    const { databasePath, repo, store } = await setup();
    const id = await repo.insert({ content: content('x'), letterheadId: 1, actor: 'ana', at: 'x' });
    await store.write((repos) =>
      repos.versions.insert({
        communiqueId: id,
        canonicalContent: '{}',
        schemaVersion: 1,
        sha256: 'a'.repeat(64),
        reason: 'submit',
        author: 'ana',
        at: 'x',
        letterheadId: 1,
      }),
    );
    expect(await refusedByDatabase(databasePath, 'UPDATE versions SET content = \'{"x":1}\'')).toMatch(/immutable/);
    expect(await refusedByDatabase(databasePath, 'DELETE FROM versions')).toMatch(/never deleted/);
  });

  it('keeps the audit log append-only', async () => {
    const { databasePath, store } = await setup();
    await store.write((repos) => repos.audit.append({ at: 'x', actor: 'ana', action: 'create', communiqueId: null }));
    expect(await refusedByDatabase(databasePath, "UPDATE audit_log SET actor = 'otro'")).toMatch(/append-only/);
    expect(await refusedByDatabase(databasePath, 'DELETE FROM audit_log')).toMatch(/append-only/);
    expect(await queryDatabase(databasePath, 'SELECT actor, action FROM audit_log')).toEqual([{ actor: 'ana', action: 'create' }]);
  });
});
