import { describe, expect, it } from 'vitest';
import type { Repositories } from '../../../../electron/repositories/createRepositories';
import type { Content } from '../../../../shared/domain/content';
import { testStore } from '../../../helpers/testStore';

const content: Content = {
  series: 'comunicado',
  language: 'es',
  place: 'Ciudad de México',
  date: '2026-12-02',
  title: 'Fuera de tiempo',
  summary: ['Uno'],
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texto.' }] }] },
};
const draft = { content, letterheadId: 1, actor: 'ana', at: '2026-12-02T10:00:00.000Z' };

describe('a transaction’s queries end with it', () => {
  it('a write that fails takes back all it wrote, and a query left running after it ends is refused, not written on its own', async () => {
    const store = await testStore();
    let late: Repositories | undefined;
    await expect(
      store.write(async (repos) => {
        late = repos;
        await repos.communiques.insert(draft);
        throw new Error('refused after writing');
      }),
    ).rejects.toThrow('refused after writing');
    await expect(late?.communiques.insert(draft)).rejects.toThrow('a query ran after its transaction had ended');
    await store.write(async (repos) => {
      late = repos;
    });
    await expect(late?.audit.append({ at: 'x', actor: 'ana', action: 'create', communiqueId: null })).rejects.toThrow('after its transaction had ended');
    expect(await store.read((repos) => repos.communiques.list())).toEqual([]);
    expect(await store.read((repos) => repos.audit.list(undefined, 10))).toEqual([]);
    await store.close();
  });

  it('a read sees one snapshot: a write that commits while it runs is not half seen', async () => {
    const store = await testStore();
    let release: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    const reading = store.read(async (repos) => {
      const before = await repos.communiques.list();
      await paused;
      return { before, after: await repos.communiques.list() };
    });
    // The read has started its snapshot; a write lands meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.write((repos) => repos.communiques.insert(draft));
    release();
    const { before, after } = await reading;
    expect(before).toEqual([]);
    expect(after).toEqual([]);
    expect(await store.read((repos) => repos.communiques.list())).toHaveLength(1);
    await store.close();
  });
});
