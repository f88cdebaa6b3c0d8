import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../helpers/backend';
import { queryDatabase } from '../../../helpers/queryDatabase';
import { staffOffice } from '../../../helpers/staffOffice';

const key = '3f2c7a4e-9b1d-4c55-8e0a-6d2f1b7c9a10';
const body = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

// A desk started a draft while the office could not be reached and sends it when the office answers; the answer may be lost on the way back.
describe('a draft started away from the office', () => {
  it('is made once: the same person sending it again gets the same draft, with the newer text', async () => {
    const { backend, databasePath } = testBackend();
    const { ok } = await staffOffice(backend);
    const first = await ok('ana', 'createCommunique', { content: { title: 'En el evento', body: body('Primer párrafo') }, draftKey: key });
    // The answer never reached the desk: it sends the draft again, with what was typed since.
    const again = await ok('ana', 'createCommunique', { content: { title: 'En el evento', body: body('Primer párrafo y más') }, draftKey: key });
    expect(again.id).toBe(first.id);
    expect(again.revision).toBe(first.revision + 1);
    expect(again.content.body).toEqual(body('Primer párrafo y más'));
    // And once more (that answer lost too): still one draft.
    const third = await ok('ana', 'createCommunique', { content: { title: 'En el evento, 2', body: body('Primer párrafo y más') }, draftKey: key });
    expect(third.id).toBe(first.id);
    expect(third.content.title).toBe('En el evento, 2');
    const list = await ok('ana', 'listCommuniques', {});
    expect(list.filter((row) => row.title.startsWith('En el evento'))).toHaveLength(1);
    const created = await queryDatabase(databasePath, "SELECT count(*) AS n FROM audit_log WHERE action = 'create'");
    expect(Number(created[0]?.n)).toBe(1);
  });

  it('never overwrites a save made after it: sending it again then is a conflict that names the draft', async () => {
    const { backend } = testBackend();
    const { ok, call } = await staffOffice(backend);
    const first = await ok('ana', 'createCommunique', { content: { title: 'Desde el portátil' }, draftKey: key });
    // The draft reached the office and was saved from another window since.
    await ok('ana', 'saveCommunique', { id: first.id, revision: first.revision, content: { ...first.content, title: 'Desde la oficina' } });
    const late = await call('ana', 'createCommunique', { content: { title: 'Desde el portátil, tarde' }, draftKey: key });
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.error.code).toBe('REVISION_CONFLICT');
    expect(late.error.details).toEqual({ id: first.id, expected: first.revision, current: first.revision + 1, by: 'ana', byName: 'Ana' });
    expect((await ok('ana', 'getCommunique', { id: first.id })).content.title).toBe('Desde la oficina');
  });

  it('is each person’s own: the same key from someone else starts their own draft', async () => {
    const { backend } = testBackend();
    const { ok } = await staffOffice(backend);
    const ana = await ok('ana', 'createCommunique', { content: { title: 'De Ana' }, draftKey: key });
    const mixta = await ok('mixta', 'createCommunique', { content: { title: 'De Mixta' }, draftKey: key });
    expect(mixta.id).not.toBe(ana.id);
    expect((await ok('ana', 'getCommunique', { id: ana.id })).content.title).toBe('De Ana');
  });

  it('refuses a key that is not a desk’s name for a draft, and creates nothing', async () => {
    const { backend } = testBackend();
    const { ok, call } = await staffOffice(backend);
    const refused = await call('ana', 'createCommunique', { content: { title: 'x' }, draftKey: 'borrador-1' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('INVALID_INPUT');
    expect(await ok('ana', 'listCommuniques', {})).toEqual([]);
  });
});
