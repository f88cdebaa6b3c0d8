import { testEngine } from '../../../helpers/testEngine';
import { queryDatabase } from '../../../helpers/queryDatabase';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../helpers/backend';
import { seedContent } from '../../../helpers/fixtures';

const today = new Date('2026-11-21T15:00:00');

describe('drafting communiqués', () => {
  it('creates a draft from seed 000 with its body split into paragraphs', async () => {
    const { ok } = testBackend({ now: () => today });
    const created = await ok('createCommunique', { content: seedContent('seed-000-es') });
    expect(created).toMatchObject({ id: 1, status: 'draft', number: null, revision: 1, letterheadId: 1 });
    expect(created.content.title).toBe('Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México');
    expect(created.content.summary).toHaveLength(3);
    expect(created.content.body.content).toHaveLength(8);
    expect(created.content.body.content?.[0]).toMatchObject({ type: 'paragraph', content: [{ type: 'text' }] });
  });

  it('fills what was left out: series comunicado, Spanish, Ciudad de México, today', async () => {
    const { ok } = testBackend({ now: () => today });
    const created = await ok('createCommunique', { content: {} });
    expect(created.content).toEqual({
      series: 'comunicado',
      language: 'es',
      place: 'Ciudad de México',
      date: '2026-11-21',
      title: '',
      summary: [],
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    const english = await ok('createCommunique', { content: { language: 'en' } });
    expect(english.content.place).toBe('Mexico City');
  });

  it('refuses a series that does not exist and lists the ones that do', async () => {
    const { call } = testBackend();
    const result = await call('createCommunique', { content: { series: 'boletin' } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'UNKNOWN_SERIES',
        message: 'La serie «boletin» no existe. Series disponibles: comunicado, comunicado-conjunto, nota-informativa, fe-de-erratas.',
      },
    });
  });

  it('refuses a body that does not fit the editor schema, or links that run code', async () => {
    const { call, ok } = testBackend();
    const textAtTop = await call('createCommunique', { content: { body: { type: 'doc', content: [{ type: 'text', text: 'suelto' }] } } });
    expect(textAtTop).toMatchObject({
      ok: false,
      error: { code: 'INVALID_BODY', message: expect.stringMatching(/^El cuerpo del comunicado no se guardó: su estructura no es la que el editor admite/) },
    });
    const script = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'clic', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    const withScript = await call('createCommunique', { content: { body: script } });
    expect(withScript).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_BODY',
        message: 'El cuerpo del comunicado no se guardó: el enlace «javascript:alert(1)» no está permitido (solo páginas web http o https y correos mailto).',
      },
    });
    const english = await call('createCommunique', { content: { body: script } }, 'en');
    expect(english).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The body of the communiqué was not saved: the link “javascript:alert\(1\)” is not allowed/) },
    });
    expect(await ok('listCommuniques', {})).toEqual([]);
  });

  it('autosaves the working copy, bumping the revision, and never creates a version', async () => {
    const { ok, backend } = testBackend();
    const created = await ok('createCommunique', { content: seedContent('seed-001-en') });
    const saved = await ok('saveCommunique', {
      id: created.id,
      revision: created.revision,
      content: { ...created.content, title: 'IPN and Conalep join forces' },
    });
    expect(saved).toMatchObject({ revision: 2, status: 'draft' });
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe('IPN and Conalep join forces');
    const { databasePath } = backend;
    await backend.close();
    expect(await queryDatabase(databasePath, 'SELECT count(*) AS n FROM versions')).toEqual([{ n: 0 }]);
  });

  it('refuses a stale save with a conflict that names both revisions and who saved, and keeps the newer text', async () => {
    const { ok, call } = testBackend({ workstationName: 'mesa-de-prensa' });
    const created = await ok('createCommunique', { content: { title: 'Original' } });
    await ok('saveCommunique', { id: created.id, revision: 1, content: { ...created.content, title: 'Desde la ventana A' } });
    const stale = await call('saveCommunique', { id: created.id, revision: 1, content: { ...created.content, title: 'Desde la ventana B' } });
    expect(stale).toEqual({
      ok: false,
      error: {
        code: 'REVISION_CONFLICT',
        message:
          'Mientras tanto, mesa-de-prensa guardó el borrador 1 desde otra ventana u otro equipo. No se guardó nada de aquí para no sobrescribir esos cambios.',
        details: { id: 1, expected: 1, current: 2, by: 'mesa-de-prensa', byName: 'mesa-de-prensa' },
      },
    });
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe('Desde la ventana A');
  });

  it('records who created each communiqué in the audit log', async () => {
    const { ok, backend } = testBackend({ workstationName: 'Marisol' });
    await ok('createCommunique', { content: {} });
    const session = await ok('getSession', {});
    expect(session).toEqual({
      actor: { name: 'Marisol', displayName: 'Marisol', roles: ['redaccion', 'edicion', 'difusion', 'admin'], workstation: true },
      profilesExist: false,
      backupsHere: testEngine === 'sqlite',
      office: false,
    });
    const { databasePath } = backend;
    await backend.close();
    expect(await queryDatabase(databasePath, 'SELECT actor, action, communique_id FROM audit_log')).toEqual([
      { actor: 'Marisol', action: 'create', communique_id: 1 },
    ]);
  });

  it('keeps text pasted with invisible control characters, without them, so every export can carry it', async () => {
    const { ok } = testBackend({ now: () => today });
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Texto\u0000 de un PDF\u000b viejo \ud800roto' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Solo esto' },
            { type: 'text', text: '\u0007' },
          ],
        },
      ],
    };
    const created = await ok('createCommunique', {
      content: { title: 'Título\u0000 con\u001b basura', place: 'Ciudad\u0008 de México', summary: ['Viñeta\u007f uno'], body },
    });
    expect(created.content).toMatchObject({ title: 'Título con basura', place: 'Ciudad de México', summary: ['Viñeta uno'] });
    expect(created.content.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Texto de un PDF viejo \ufffdroto' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Solo esto' }] },
      ],
    });
    const text = await ok('renderExport', { id: created.id, format: 'txt' });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
    expect(Buffer.from(text.base64, 'base64').toString('utf8')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
