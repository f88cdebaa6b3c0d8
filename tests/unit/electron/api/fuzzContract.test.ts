import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startHost } from '../../../../electron/host/startHost';
import type { RunningHost } from '../../../../electron/host/startHost';
import { bindContract } from '../../../../electron/main/bindContract';
import { ownUrlMatcher } from '../../../../electron/main/ownUrlMatcher';
import { contract } from '../../../../shared/contract/contract';
import { errorCodes } from '../../../../shared/contract/errorCode';
import { ipcChannel } from '../../../../shared/contract/ipcChannel';
import type { MethodName } from '../../../../shared/contract/methodNames';
import { methodNames } from '../../../../shared/contract/methodNames';
import type { Result } from '../../../../shared/contract/result';
import { contractErrorSchema } from '../../../../shared/contract/result';
import { testBackend } from '../../../helpers/backend';
import { queryDatabase } from '../../../helpers/queryDatabase';
import { testEngine } from '../../../helpers/testEngine';
import type { JsonSchema, Random } from '../../../helpers/fuzz/payloadFromSchema';
import { malformed, payloadFromSchema, seeded } from '../../../helpers/fuzz/payloadFromSchema';
import { tempDir } from '../../../helpers/tempDir';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Methods left out of the well-shaped rounds: they act on people (a new profile would end the one-person workstation for the rest of the run) or on this machine's folders and files. */
const notWellShaped: readonly MethodName[] = [
  'createUser',
  'updateUser',
  'changePassphrase',
  'exportToFolder',
  'makeFolder',
  'restoreLatestBackup',
  'backUpNow',
  'restoreBackup',
  'signOut',
];

/** What the database holds, table by table: unchanged after a call means nothing was written. */
async function fingerprint(databasePath: string): Promise<string> {
  const tables = await queryDatabase(
    databasePath,
    testEngine === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'communique_search%' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  const counts: string[] = [];
  for (const { name } of tables)
    counts.push(`${String(name)}:${String((await queryDatabase(databasePath, `SELECT count(*) AS n FROM "${String(name)}"`))[0]?.n)}`);
  return counts.join(' ');
}

/** What a reply may never carry: a stack, a source file, the database's or the runtime's own words. */
const internalDetail =
  /\bat [\w.<>]+ \(|\.(ts|js|mjs):\d+|SQLITE_|constraint failed|violates|duplicate key|syntax error|TypeError|RangeError|ReferenceError|Maximum call stack|undefined is not|Cannot read prop/i;

function expectTyped(result: Result<unknown>, what: string): void {
  expect(JSON.stringify(result), what).not.toMatch(internalDetail);
  if (result.ok) return;
  expect(contractErrorSchema.safeParse(result.error).success, what).toBe(true);
  expect(errorCodes, what).toContain(result.error.code);
  expect(result.error.code, `${what}: ${result.error.message}`).not.toBe('INTERNAL');
}

const inputSchemas = new Map(
  methodNames.map((method) => [method, z.toJSONSchema(contract[method].input, { unrepresentable: 'any', io: 'input' }) as JsonSchema]),
);
const wellShaped = (method: MethodName, random: Random) => payloadFromSchema(inputSchemas.get(method) ?? {}, random);
const meta = (random: Random) =>
  random.chance(0.9)
    ? { locale: random.pick(['es', 'en'] as const) }
    : random.pick([{ locale: 'xx' }, 'meta', 7, { session: 'x'.repeat(500) }, { locale: 'es', extra: 1 }]);

describe('a thousand and more payloads, through the desktop binding and the browser host', () => {
  // Its own folder for the whole run (the per-test temporary folders go after each test).
  const folder = mkdtempSync(join(tmpdir(), 'redacta-fuzz-'));
  const test = testEngine === 'sqlite' ? testBackend({ databasePath: join(folder, 'fuzz.sqlite3') }) : testBackend();
  const handlers = new Map<string, Listener>();
  let host: RunningHost;
  const ownPage = { url: 'redacta://app/index.html', parent: null };
  const viaIpc = async (method: string, input: unknown, callMeta: unknown) => {
    const handler = handlers.get(ipcChannel(method as MethodName));
    if (!handler) throw new Error(`no channel for ${method}`);
    return (await handler({ senderFrame: ownPage } as unknown as IpcMainInvokeEvent, input, callMeta)) as Result<unknown>;
  };
  const viaHost = async (method: string, input: unknown, callMeta: unknown) => {
    const reply = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ input, meta: callMeta }),
    });
    return (await reply.json()) as Result<unknown>;
  };

  beforeAll(async () => {
    const ipcMain = { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) };
    bindContract(ipcMain as unknown as IpcMain, test.backend.dispatch, ownUrlMatcher('redacta://app/index.html'));
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Redacta</title>');
    host = await startHost({ dispatch: test.backend.dispatch, rendererDir: renderer, port: 0 });
    // Something for the ids to find: drafts, one in review with a version, a comment.
    for (const title of ['Uno', 'Dos', 'Tres'])
      await test.ok('createCommunique', {
        content: {
          title,
          place: 'Ciudad de México',
          date: '2026-12-02',
          summary: ['Viñeta'],
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cuerpo.' }] }] },
        },
      });
    await test.ok('submitForReview', { id: 1, revision: 1 });
  });
  afterAll(async () => {
    await host.close();
    await test.backend.close();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const [binding, send] of [
    ['desktop binding', viaIpc],
    ['browser host', viaHost],
  ] as const) {
    it(`${binding}: 300 malformed payloads each get a typed refusal and write nothing`, async () => {
      const random = seeded(binding === 'desktop binding' ? 11 : 12);
      const before = await fingerprint(test.databasePath);
      for (let i = 0; i < 300; i++) {
        const method = random.pick(methodNames);
        const input = malformed(wellShaped(method, random), random);
        const result = await send(method, input, meta(random));
        const what = `${binding} #${i} ${method} ${JSON.stringify(input)?.slice(0, 160)}`;
        expectTyped(result, what);
        // Methods without input (or whose fields are all optional) may take an array or odd value as "nothing asked".
        if (result.ok) expect(contract[method].access, what).toBe('read');
      }
      expect(await fingerprint(test.databasePath)).toBe(before);
    }, 120_000);

    it(`${binding}: 300 well-shaped payloads full of hostile values each get a result or a typed error`, async () => {
      const random = seeded(binding === 'desktop binding' ? 21 : 22);
      const methods = methodNames.filter((method) => !notWellShaped.includes(method));
      let reached = 0;
      for (let i = 0; i < 300; i++) {
        const method = random.pick(methods);
        const input = wellShaped(method, random);
        const result = await send(method, input, meta(random));
        expectTyped(result, `${binding} #${i} ${method} ${JSON.stringify(input)?.slice(0, 200)}`);
        if (result.ok || result.error.code !== 'INVALID_INPUT') reached += 1;
      }
      // Shaped well enough that most get past validation to the rules and the store.
      expect(reached).toBeGreaterThan(150);
    }, 180_000);
  }

  it('methods that do not exist and names that are not names are refused as such', async () => {
    const random = seeded(31);
    const names = ['noSuchMethod', '__proto__', 'constructor', 'toString', '', '%E0%A4%A', 'listSeries/../x', 'a'.repeat(500), 'LISTSERIES'];
    for (let i = 0; i < 100; i++) {
      const method = random.pick(names);
      const result = await viaIpc(method, {}, { locale: 'es' }).catch(() => viaHost(method, {}, { locale: 'es' }));
      expectTyped(result, method);
      expect(result.ok).toBe(false);
    }
  });
});
