import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../helpers/fixtures';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testDatabase } from '../../../helpers/testDatabase';

const seed000 = fixturePath('communiques', 'seed-000-es.json');

describe('redacta CLI review verbs', () => {
  it('adds people, submits, sends back, approves, voids, publishes and reports, each as the person acting', async () => {
    const db = await testDatabase();
    const as = (name: string, args: string[], env: Record<string, string> = {}) =>
      runCliProcess(['--db', db, '--as', name, ...args], { REDACTA_PASSPHRASE: `frase de acceso de ${name}`, ...env });
    const add = (name: string, role: string, by?: string) =>
      runCliProcess(['--db', db, ...(by ? ['--as', by] : []), 'users', 'add', name, '--role', role], {
        REDACTA_NEW_PASSPHRASE: `frase de acceso de ${name}`,
        ...(by ? { REDACTA_PASSPHRASE: `frase de acceso de ${by}` } : {}),
      });

    // The first profile needs nobody; after that only an administrator adds people.
    expect(await add('admin', 'redaccion')).toMatchObject({ code: 0, stdout: 'Perfil admin creado (admin, redaccion).\n' });
    expect(await add('ana', 'redaccion')).toMatchObject({ code: 1 });
    expect(await add('ana', 'redaccion', 'admin')).toMatchObject({ code: 0 });
    expect(await add('eva', 'edicion', 'admin')).toMatchObject({ code: 0 });
    expect(await add('dora', 'difusion', 'admin')).toMatchObject({ code: 0 });
    const wrong = await as('eva', ['users', 'list'], { REDACTA_PASSPHRASE: 'no es la frase' });
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: 'El perfil o la frase de acceso no coinciden.\n' });
    expect((await as('ana', ['users', 'add', 'otro', '--role', 'edicion'], { REDACTA_NEW_PASSPHRASE: 'frase de acceso de otro' })).code).toBe(1);

    for (let i = 0; i < 3; i += 1) expect((await as('ana', ['new', '--from', seed000])).code).toBe(0);
    expect(await as('ana', ['submit', '1', '2', '3'])).toMatchObject({
      code: 0,
      stdout: 'Comunicado 1 enviado a revisión (v1).\nComunicado 2 enviado a revisión (v1).\nComunicado 3 enviado a revisión (v1).\n',
    });
    // Drafting is not approving: Ana cannot approve, and nothing changes.
    const refused = await as('ana', ['approve', '1']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');

    expect(await as('eva', ['request-changes', '2', '--comment', 'Corrija el título'])).toMatchObject({
      code: 0,
      stdout: 'Comunicado 2 devuelto con cambios (v1).\n',
    });
    const approved = await as('eva', ['approve', '1', '2', '3']);
    expect(approved.code).toBe(1);
    expect(approved.stdout).toMatch(
      /^Comunicado 1 aprobado \(v1, sha256 [0-9a-f]{12}…\): número 1\/2021\.\nComunicado 3 aprobado \(v1, sha256 [0-9a-f]{12}…\): número 2\/2021\.\n$/,
    );
    expect(approved.stderr).toBe('2: El comunicado 2 no tiene una versión en revisión.\n1 de 3 no se pudieron completar (vea arriba).\n');

    expect(await as('eva', ['void', 'comunicado', '2021', '2', '--reason', 'Se asignó por error'])).toMatchObject({ code: 0 });
    expect(await as('dora', ['publish', '1', '--date', '2021-11-17'])).toMatchObject({ code: 0, stdout: 'Comunicado 1 publicado el 2021-11-17.\n' });
    expect((await as('dora', ['publish', '3'])).code).toBe(1);

    const csv = await as('dora', ['numbers', 'comunicado', '2021', '--csv']);
    expect(csv.code).toBe(0);
    expect(
      csv.stdout
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(',').slice(2, 4).join(',')),
    ).toEqual(['número,estado', '1,asignado', '2,anulado']);

    const log = JSON.parse((await as('dora', ['log', '1', '--json'])).stdout) as { actor: string; action: string }[];
    expect(log.map((entry) => `${entry.actor} ${entry.action}`)).toEqual(['dora publish', 'eva approve', 'ana submit', 'ana create']);
    const text = (await as('dora', ['log', '1'])).stdout.split('\n');
    expect(text[1]).toMatch(/dora\s+Marcó como publicado\s+1\s+/);
  }, 180_000);
});
