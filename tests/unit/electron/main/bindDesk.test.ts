import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { deskRouter } from '../../../../electron/desk/deskRouter';
import { bindDesk } from '../../../../electron/main/bindDesk';
import { ownUrlMatcher } from '../../../../electron/main/ownUrlMatcher';
import type { Result } from '../../../../shared/contract/result';
import { testBackend } from '../../../helpers/backend';
import { tempDir } from '../../../helpers/tempDir';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type Frame = { url: string; parent: Frame | null };

const ownPage: Frame = { url: 'redacta://app/index.html', parent: null };

/** A real desk (its own database, its user-data folder) bound the way the main process binds it, behind a stand-in ipcMain. */
function bound() {
  const { backend } = testBackend();
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) };
  bindDesk(ipcMain as unknown as IpcMain, deskRouter(backend, tempDir()).desk, ownUrlMatcher('redacta://app/index.html'));
  const invoke = async (channel: string, frame: Frame | null, input?: unknown) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler({ senderFrame: frame } as unknown as IpcMainInvokeEvent, input, { locale: 'es' })) as Result<unknown>;
  };
  return { handlers, invoke, close: () => backend.close() };
}

describe('bindDesk', () => {
  it('binds the four desk methods, each on its own channel', async () => {
    const { handlers, close } = bound();
    expect([...handlers.keys()].sort()).toEqual([
      'redacta-desk:connectToOffice',
      'redacta-desk:forgetOffice',
      'redacta-desk:getDeskConnection',
      'redacta-desk:leaveOffice',
    ]);
    await close();
  });

  it('answers our own page, and refuses any other frame before reading what it sent', async () => {
    const { invoke, close } = bound();
    expect(await invoke('redacta-desk:getDeskConnection', ownPage, {})).toEqual({ ok: true, value: { office: null } });
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: ownPage.url, parent: ownPage }, null]) {
      const refused = await invoke('redacta-desk:connectToOffice', frame, { url: 'https://evil.example' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await invoke('redacta-desk:connectToOffice', ownPage, { url: 'http://oficina' })).toMatchObject({
      ok: false,
      error: { code: 'OFFICE_ADDRESS_INVALID' },
    });
    await close();
  });
});
