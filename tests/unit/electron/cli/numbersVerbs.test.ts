import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../helpers/fixtures';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testDatabase } from '../../../helpers/testDatabase';

const seed000 = fixturePath('communiques', 'seed-000-es.json');

// Each case starts the real CLI several times (about 3 s each on a busy machine): more than the default 30 s.
describe('redacta numbers start', { timeout: 120_000 }, () => {
  it('continues the office’s own numbering: the first approval after 222 issued in Word is 223, and the report says so', async () => {
    const db = await testDatabase();
    const as = (name: string, args: string[]) => runCliProcess(['--db', db, '--as', name, ...args], { REDACTA_PASSPHRASE: `frase de acceso de ${name}` });
    const add = (name: string, role: string, by?: string) =>
      runCliProcess(['--db', db, ...(by ? ['--as', by] : []), 'users', 'add', name, '--role', role], {
        REDACTA_NEW_PASSPHRASE: `frase de acceso de ${name}`,
        ...(by ? { REDACTA_PASSPHRASE: `frase de acceso de ${by}` } : {}),
      });
    expect((await add('admin', 'redaccion')).code).toBe(0);
    expect((await add('eva', 'edicion', 'admin')).code).toBe(0);

    expect(await as('admin', ['numbers', 'start', 'comunicado', '2021', '223'])).toMatchObject({ code: 2, stderr: 'Falta --reason TEXTO.\n' });
    expect(await as('eva', ['numbers', 'start', 'comunicado', '2021', '223', '--reason', 'Emitidos en Word'])).toMatchObject({ code: 1, stdout: '' });
    expect(await as('admin', ['numbers', 'start', 'comunicado', '2021', '223', '--reason', 'Emitidos en Word'])).toMatchObject({
      code: 0,
      stdout: 'Números de comunicado en 2021 hasta el 222: emitidos fuera de Redacta. El siguiente será el 223.\n',
    });
    expect(await as('admin', ['numbers', 'start', 'comunicado', '2021', '100', '--reason', 'Otra vez'])).toMatchObject({
      code: 1,
      stderr: 'La numeración de Comunicado 2021 ya va en el 223: no puede seguir desde el 100, porque los números nunca se repiten.\n',
    });

    expect((await as('admin', ['new', '--from', seed000])).code).toBe(0);
    expect((await as('admin', ['submit', '1'])).code).toBe(0);
    expect((await as('eva', ['approve', '1'])).stdout).toMatch(/número 223\/2021\.\n$/);
    const report = await as('eva', ['numbers', 'comunicado', '2021']);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^Hasta el 222: emitidos fuera de Redacta \(lo declaró admin el \d{4}-\d\d-\d\d \d\d:\d\d: «Emitidos en Word»\)\.\n/);
    expect(report.stdout).toContain('223');
    expect(report.stdout).toMatch(/Siguiente número: 224\.\n$/);
  });
});
