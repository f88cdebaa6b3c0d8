import { describe, expect, it } from 'vitest';
import { allHandlers } from '../../../../electron/api/allHandlers';
import { AppError } from '../../../../electron/api/AppError';
import { createDispatcher } from '../../../../electron/api/createDispatcher';
import type { Handlers } from '../../../../electron/api/Handlers';
import { SessionStore } from '../../../../electron/auth/SessionStore';
import { defaultPrinter } from '../../../../electron/export/pdf/defaultPrinter';
import { openStore } from '../../../../electron/repositories/openStore';
import { tempDatabasePath } from '../../../helpers/tempDir';

/** A dispatcher over a fresh store: a workstation (no profiles), or with profiles when `clerk` is asked for. */
function dispatcherFor(_who: 'workstation' = 'workstation', handlers: Handlers = allHandlers) {
  const store = openStore(tempDatabasePath());
  const internal: unknown[] = [];
  const dispatch = createDispatcher(
    handlers,
    {
      store,
      repos: store.repos,
      databasePath: 'x',
      sessions: new SessionStore(),
      workstationName: 'ana',
      now: () => new Date('2021-11-17T12:00:00Z'),
      printer: defaultPrinter(),
    },
    (_m, e) => internal.push(e),
  );
  return { dispatch, internal };
}

const everyone = 'workstation' as const;

describe('createDispatcher', () => {
  it('refuses an unknown method by name', async () => {
    const { dispatch } = dispatcherFor(everyone);
    expect(await dispatch('dropEverything', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'La operación «dropEverything» no existe.', details: { method: 'dropEverything' } },
    });
  });

  it('validates input against the contract and says which field is wrong, in Spanish by default', async () => {
    const { dispatch } = dispatcherFor(everyone);
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
    const { dispatch } = dispatcherFor(everyone);
    const result = await dispatch('getCommunique', { id: -3 }, { locale: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^The data is not valid: id: /) } });
  });

  it('refuses unexpected fields rather than ignoring them', async () => {
    const { dispatch } = dispatcherFor(everyone);
    const result = await dispatch('listCommuniques', { limit: 5, sql: 'DROP TABLE series' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('checks roles in the back end: a distribution clerk cannot draft, and nobody signed in can do nothing but sign in', async () => {
    const { dispatch } = dispatcherFor();
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
    const { dispatch } = dispatcherFor(everyone);
    expect(await dispatch('getCommunique', { id: 7 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No existe el comunicado 7.', details: { id: 7 } },
    });
  });

  it('reports a handler that breaks its own output schema as an internal error, never passing bad data on', async () => {
    const broken: Handlers = { ...allHandlers, listSeries: () => [{ id: 'BAD ID' }] as never };
    const { dispatch, internal } = dispatcherFor(everyone, broken);
    const result = await dispatch('listSeries', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(internal).toHaveLength(1);
  });

  it('reports an unexpected exception as internal and logs it', async () => {
    const broken: Handlers = {
      ...allHandlers,
      listSeries: () => {
        throw new TypeError('cannot read x of undefined');
      },
    };
    const { dispatch, internal } = dispatcherFor(everyone, broken);
    expect(await dispatch('listSeries', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'Error interno: cannot read x of undefined' },
    });
    expect(internal[0]).toBeInstanceOf(TypeError);
    expect(new AppError('NOT_FOUND', { id: 1 }).code).toBe('NOT_FOUND');
  });
});
