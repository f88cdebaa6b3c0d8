import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { bindContract } from '../../../../electron/main/bindContract';
import { ownUrlMatcher } from '../../../../electron/main/ownUrlMatcher';
import { errorCodes } from '../../../../shared/contract/errorCode';
import { ipcChannel } from '../../../../shared/contract/ipcChannel';
import { methodNames } from '../../../../shared/contract/methodNames';
import type { Result } from '../../../../shared/contract/result';
import { contractErrorSchema } from '../../../../shared/contract/result';
import { testBackend } from '../../../helpers/backend';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type Frame = { url: string; parent: Frame | null };

/** A real back end on a fresh SQLite file, bound the way the main process binds it, behind a stand-in ipcMain. */
function bound() {
  const { backend } = testBackend();
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) };
  bindContract(ipcMain as unknown as IpcMain, backend.dispatch, ownUrlMatcher('redacta://app/index.html'));
  const invoke = async (channel: string, frame: Frame | null, input?: unknown, meta?: unknown) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler({ senderFrame: frame } as unknown as IpcMainInvokeEvent, input, meta)) as Result<unknown>;
  };
  return { handlers, invoke, close: () => backend.close() };
}

const ownPage: Frame = { url: 'redacta://app/index.html', parent: null };

/** The refusal's code, after checking the refusal has the contract's typed shape. */
function refusalCode(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected a refusal');
  expect(contractErrorSchema.safeParse(result.error).success).toBe(true);
  return result.error.code;
}

describe('bindContract', () => {
  it('binds exactly one channel per contract method, and nothing else', async () => {
    const { handlers, close } = bound();
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    await close();
  });

  it('answers our own top-level page', async () => {
    const { invoke, close } = bound();
    const result = await invoke(ipcChannel('getAppInfo'), ownPage, {}, { locale: 'es' });
    expect(result.ok).toBe(true);
    await close();
  });

  it.each([
    ['a page of another origin', { url: 'https://evil.example/', parent: null }],
    ['a look-alike of our origin', { url: 'redacta://app.evil/index.html', parent: null }],
    ['a frame inside our own page', { url: 'redacta://app/index.html', parent: ownPage }],
    ['a frame already gone', null],
  ] as [string, Frame | null][])('refuses %s with FORBIDDEN, before reading the input', async (_label, frame) => {
    const { invoke, close } = bound();
    expect(refusalCode(await invoke(ipcChannel('getAppInfo'), frame, {}, { locale: 'es' }))).toBe('FORBIDDEN');
    expect(refusalCode(await invoke(ipcChannel('signIn'), frame, 'not an object', 42))).toBe('FORBIDDEN');
    await close();
  });

  it.each([
    ['a text instead of an object', 'not an object'],
    ['a number', 42],
    ['fields of the wrong type', { userId: 42, passphrase: ['x'] }],
  ] as [string, unknown][])('turns a malformed payload (%s) into a typed INVALID_INPUT', async (_label, input) => {
    const { invoke, close } = bound();
    expect(refusalCode(await invoke(ipcChannel('signIn'), ownPage, input, { locale: 'en' }))).toBe('INVALID_INPUT');
    await close();
  });

  it('answers a malformed meta with a typed result in Spanish, never a throw', async () => {
    const { invoke, close } = bound();
    for (const meta of ['garbage', 42, { locale: 'xx', session: 7 }, null]) {
      const result = await invoke(ipcChannel('signIn'), ownPage, 'not an object', meta);
      expect(errorCodes).toContain(refusalCode(result));
      expect(result.ok || result.error.message).toMatch(/^Los datos no son válidos/);
    }
    await close();
  });
});
