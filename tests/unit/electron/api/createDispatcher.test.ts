import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allHandlers } from '../../../../electron/api/allHandlers';
import { AppError } from '../../../../electron/api/AppError';
import { changeFeed } from '../../../../electron/api/changeFeed';
import { createDispatcher } from '../../../../electron/api/createDispatcher';
import type { HandlerContext } from '../../../../electron/api/HandlerContext';
import type { Handlers } from '../../../../electron/api/Handlers';
import { memorySignInAttempts } from '../../../../electron/auth/memorySignInAttempts';
import { defaultPrinter } from '../../../../electron/export/pdf/defaultPrinter';
import { testBackend } from '../../../helpers/backend';
import { holdWriteLock } from '../../../helpers/holdWriteLock';
import { tempDir } from '../../../helpers/tempDir';
import { testEngine } from '../../../helpers/testEngine';
import { testStore } from '../../../helpers/testStore';

/** A dispatcher over a fresh store: a workstation (no profiles), or with profiles when `clerk` is asked for. */
async function dispatcherFor(_who: 'workstation' = 'workstation', handlers: Handlers = allHandlers) {
  const store = await testStore();
  const internal: unknown[] = [];
  const dispatch = createDispatcher(
    handlers,
    {
      store,
      engine: testEngine,
      databasePath: 'x',
      office: false,
      changes: changeFeed(),
      signInAttempts: memorySignInAttempts(),
      workstationName: 'ana',
      now: () => new Date('2021-11-17T12:00:00Z'),
      printer: defaultPrinter(),
      backupSource: { backup: () => Promise.reject(new Error('no backups in these tests')) },
      replaceStore: () => Promise.reject(new Error('no restore in these tests')),
    },
    (_m, e) => internal.push(e),
  );
  return { dispatch, internal };
}

const everyone = 'workstation' as const;

describe('createDispatcher', () => {
  it('refuses an unknown method by name', async () => {
    const { dispatch } = await dispatcherFor(everyone);
    expect(await dispatch('dropEverything', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'La operación «dropEverything» no existe.', details: { method: 'dropEverything' } },
    });
  });

  it('validates input against the contract and says which field is wrong, in Spanish by default', async () => {
    const { dispatch } = await dispatcherFor(everyone);
    const result = await dispatch('createCommunique', { content: { title: 42, summary: 'no es lista' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Los datos no son válidos: /);
    expect(result.error.message).toContain('content.title');
    expect(result.error.details.fields).toEqual([
      { path: 'content.title', message: expect.stringContaining('texto') },
      { path: 'content.summary', message: expect.any(String) },
    ]);
  });

  it('speaks English when the caller asks for it', async () => {
    const { dispatch } = await dispatcherFor(everyone);
    const result = await dispatch('getCommunique', { id: -3 }, { locale: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^The data is not valid: id: /) } });
  });

  it('refuses unexpected fields rather than ignoring them', async () => {
    const { dispatch } = await dispatcherFor(everyone);
    const result = await dispatch('listCommuniques', { limit: 5, sql: 'DROP TABLE series' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('checks roles in the back end: a distribution clerk cannot draft, and nobody signed in can do nothing but sign in', async () => {
    const { dispatch } = await dispatcherFor();
    await dispatch('createUser', { name: 'admin', displayName: 'Admin', roles: ['admin'], passphrase: 'una frase larga de acceso' });
    const admin = await dispatch('signIn', { name: 'admin', passphrase: 'una frase larga de acceso' });
    const adminSession = admin.ok ? (admin.value as { session: string }).session : '';
    await dispatch('createUser', { name: 'dora', displayName: 'Dora', roles: ['difusion'], passphrase: 'otra frase larga aquí' }, { session: adminSession });
    const signed = await dispatch('signIn', { name: 'dora', passphrase: 'otra frase larga aquí' });
    const session = signed.ok ? (signed.value as { session: string }).session : '';
    expect(await dispatch('createCommunique', { content: {} }, { session })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Su perfil (Dora) no tiene permiso para esta acción.' },
    });
    expect(await dispatch('listCommuniques', {}, { session })).toEqual({ ok: true, value: [] });
    expect(await dispatch('listCommuniques', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await dispatch('listCommuniques', {}, { session: 'inventada' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('turns an AppError into its translated message and keeps its details', async () => {
    const { dispatch } = await dispatcherFor(everyone);
    expect(await dispatch('getCommunique', { id: 7 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No existe el comunicado 7.', details: { id: 7 } },
    });
  });

  it('reports a handler that breaks its own output schema as an internal error, never passing bad data on', async () => {
    const broken: Handlers = { ...allHandlers, listSeries: () => [{ id: 'BAD ID' }] as never };
    const { dispatch, internal } = await dispatcherFor(everyone, broken);
    const result = await dispatch('listSeries', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(internal).toHaveLength(1);
  });

  it('reports an unexpected exception as internal and logs it, telling the caller nothing of what broke', async () => {
    const broken: Handlers = {
      ...allHandlers,
      listSeries: () => {
        throw new TypeError('cannot read x of undefined');
      },
    };
    const { dispatch, internal } = await dispatcherFor(everyone, broken);
    const result = await dispatch('listSeries', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Algo falló dentro de Redacta y no se hizo ningún cambio. Quedó anotado en el registro del equipo; vuelva a intentarlo.',
        details: {},
      },
    });
    expect(JSON.stringify(result)).not.toContain('cannot read');
    expect(internal[0]).toBeInstanceOf(TypeError);
    expect(new AppError('NOT_FOUND', { id: 1 }).code).toBe('NOT_FOUND');
  });
});

describe('the call’s transaction', () => {
  it('takes back everything a command wrote when it then fails', async () => {
    const failing: Handlers = {
      ...allHandlers,
      createCommunique: async (input, context) => {
        await (allHandlers.createCommunique as (i: typeof input, c: typeof context) => Promise<unknown>)(input, context);
        throw new AppError('UNKNOWN_SERIES', { series: 'x', available: '' });
      },
    };
    const { dispatch } = await dispatcherFor(everyone, failing);
    expect(await dispatch('createCommunique', { content: { title: 'A medias' } })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_SERIES' } });
    expect(await dispatch('listCommuniques', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch('listAudit', {})).toEqual({ ok: true, value: [] });
  });

  it('establishes the caller again under the write lock: a role removed while a command was being prepared no longer counts', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let prepared: () => void = () => undefined;
    const preparing = new Promise<void>((resolve) => {
      prepared = resolve;
    });
    const createLetterhead = allHandlers.createLetterhead as (input: unknown, context: HandlerContext) => unknown;
    const slow: Handlers = {
      ...allHandlers,
      // Slow like hashing a passphrase: the lock is taken only once this is done.
      createLetterhead: {
        prepare: async (input) => {
          prepared();
          await gate;
          return (inside) => createLetterhead(input, inside) as never;
        },
      },
    };
    const { dispatch } = await dispatcherFor(everyone, slow);
    const passphrase = 'una frase larga de acceso';
    await dispatch('createUser', { name: 'ada', displayName: 'Ada', roles: ['admin'], passphrase });
    const ada = await sessionOf(dispatch, 'ada', passphrase);
    await dispatch('createUser', { name: 'bea', displayName: 'Bea', roles: ['admin'], passphrase }, { session: ada });
    const bea = await sessionOf(dispatch, 'bea', passphrase);
    const base = await dispatch('getLetterhead', { id: 1 }, { session: bea });
    const definition = base.ok ? (base.value as { definition: unknown }).definition : null;

    const pending = dispatch('createLetterhead', { name: 'De Bea', validFrom: '2030-01-01', definition }, { session: bea });
    await preparing;
    const users = await dispatch('listUsers', {}, { session: ada });
    const beaId = users.ok ? (users.value as { id: number; name: string }[]).find((user) => user.name === 'bea')?.id : undefined;
    expect(await dispatch('updateUser', { id: beaId ?? 0, roles: ['redaccion'] }, { session: ada })).toMatchObject({ ok: true });
    release();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const list = await dispatch('listLetterheads', {}, { session: ada });
    expect(list.ok && (list.value as { name: string }[]).map((row) => row.name)).toEqual(['IPN — membrete institucional']);
  });

  it('says the store is busy, in Spanish, when another process holds the write lock too long, and changes nothing', async () => {
    const { backend, databasePath } = testBackend({ busyTimeoutMs: 200 });
    // Opened first: a PostgreSQL back end migrates its new database as it opens.
    await backend.dispatch('listCommuniques', {});
    const release = await holdWriteLock(databasePath);
    try {
      expect(await backend.dispatch('createCommunique', { content: { title: 'Espera' } })).toMatchObject({
        ok: false,
        error: { code: 'STORE_BUSY', message: expect.stringMatching(/^Otra persona u otro programa está guardando/) },
      });
    } finally {
      await release();
    }
    expect(await backend.dispatch('createCommunique', { content: { title: 'Ahora sí' } })).toMatchObject({ ok: true });
    expect(await backend.dispatch('listCommuniques', {})).toMatchObject({ ok: true, value: [{ title: 'Ahora sí' }] });
    await backend.close();
  });

  it('takes away a file written into a folder when its export record cannot be stored', async () => {
    const folder = tempDir();
    const { backend, databasePath } = testBackend({ busyTimeoutMs: 200 });
    const created = await backend.dispatch('createCommunique', { content: { title: 'Para la carpeta' } });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const release = await holdWriteLock(databasePath);
    try {
      expect(await backend.dispatch('exportToFolder', { id, format: 'txt', folder, ifExists: 'ask' })).toMatchObject({
        ok: false,
        error: { code: 'STORE_BUSY' },
      });
    } finally {
      await release();
    }
    expect(readdirSync(folder)).toEqual([]);
    expect(await backend.dispatch('exportToFolder', { id, format: 'txt', folder, ifExists: 'ask' })).toMatchObject({ ok: true, value: { outcome: 'written' } });
    expect(readdirSync(folder)).toEqual([`Comunicado-BORRADOR-${id}.txt`]);
    await backend.close();
  });
});

/** Signs a profile in and returns its session. */
async function sessionOf(dispatch: Awaited<ReturnType<typeof dispatcherFor>>['dispatch'], name: string, passphrase: string): Promise<string> {
  const signed = await dispatch('signIn', { name, passphrase });
  if (!signed.ok) throw new Error(`signIn ${name}: ${signed.error.code}`);
  return (signed.value as { session: string }).session;
}
