import { describe, expect, it } from 'vitest';
import { clockedOffice } from '../../../helpers/clockedOffice';

// Mexico City keeps UTC−6 all year: the clock in the lock message is read by hand from the test's UTC times.
process.env.TZ = 'America/Mexico_City';

const second = 1000;
const minute = 60 * second;
const failed = { ok: false, error: { code: 'SIGN_IN_FAILED', message: 'El perfil o la frase de acceso no coinciden.' } };
const locked = (retryAt: string, until: string) => ({
  ok: false,
  error: {
    code: 'SIGN_IN_LOCKED',
    message: `Hubo demasiados intentos fallidos. Por seguridad, podrá volver a intentarlo a las ${until}.`,
    details: { retryAt, until },
  },
});

describe('failed sign-ins', () => {
  it('are written to the audit log with the name tried and where they came from', async () => {
    const office = await clockedOffice();
    expect(await office.signIn('ana', 'no es la suya', '127.0.0.1')).toMatchObject(failed);
    expect(await office.signIn('fantasma', 'cualquier cosa', 'desk')).toMatchObject(failed);
    const log = await office.must('listAudit', { limit: 2 }, office.admin);
    expect(log.map(({ at, actor, action, details }) => ({ at, actor, action, details }))).toEqual([
      { at: '2026-03-02T09:00:00.000Z', actor: 'fantasma', action: 'sign-in-failed', details: { name: 'fantasma', source: 'desk' } },
      { at: '2026-03-02T09:00:00.000Z', actor: 'ana', action: 'sign-in-failed', details: { name: 'ana', source: '127.0.0.1' } },
    ]);
  });

  it('on one profile wait longer each time after three, then lock it for 15 minutes, whatever place they come from', async () => {
    const office = await clockedOffice();
    let place = 0;
    // Each attempt from a new place: only the profile's count can slow them.
    const guess = (passphrase = 'no es la suya') => office.signIn('ana', passphrase, `10.0.0.${++place}`);
    for (let n = 0; n < 3; n++) expect(await guess()).toMatchObject(failed);
    // 09:00:00 + 1 s, + 2 s, … (UTC; 03:00 in Mexico City).
    const steps: [number, string, string][] = [
      [1, '2026-03-02T09:00:01.000Z', '03:00:01'],
      [2, '2026-03-02T09:00:03.000Z', '03:00:03'],
      [4, '2026-03-02T09:00:07.000Z', '03:00:07'],
      [8, '2026-03-02T09:00:15.000Z', '03:00:15'],
      [16, '2026-03-02T09:00:31.000Z', '03:00:31'],
      [32, '2026-03-02T09:01:03.000Z', '03:01:03'],
      // A minute or more is said to the next whole minute.
      [64, '2026-03-02T09:02:07.000Z', '03:03'],
    ];
    for (const [seconds, retryAt, until] of steps) {
      expect(await guess()).toEqual(locked(retryAt, until));
      office.advance(seconds * second - 1);
      expect(await guess('frase de ana')).toMatchObject({ error: { code: 'SIGN_IN_LOCKED' } });
      office.advance(1);
      expect(await guess()).toMatchObject(failed);
    }
    // The tenth failure locks the profile until 09:17:07; the right passphrase is refused meanwhile.
    expect(await guess('frase de ana')).toEqual(locked('2026-03-02T09:17:07.000Z', '03:18'));
    office.advance(15 * minute - second);
    expect(await guess('frase de ana')).toMatchObject({ error: { code: 'SIGN_IN_LOCKED' } });
    const log = await office.must('listAudit', { limit: 1 }, office.admin);
    expect(log[0]).toMatchObject({ action: 'sign-in-failed', details: { name: 'ana', locked: true } });
    office.advance(second);
    expect(await guess('frase de ana')).toMatchObject({ ok: true });
    // A right passphrase forgives the profile: three free mistakes again.
    for (let n = 0; n < 3; n++) expect(await guess()).toMatchObject(failed);
  });

  it('from one place slow every name tried there, and not the same names tried from elsewhere', async () => {
    const office = await clockedOffice();
    // A place is a network many share: ten names tried there cost nothing, the eleventh waits, whatever the name.
    const names = ['beto', 'carla', 'dario', 'eva', 'fer', 'gil', 'hugo', 'ines', 'juan', 'kike'];
    for (const name of names) expect(await office.signIn(name, 'frase común 2026', '10.9.9.9')).toMatchObject(failed);
    const waiting = await office.signIn('elena', 'frase común 2026', '10.9.9.9');
    expect(waiting).toMatchObject({ ok: false, error: { code: 'SIGN_IN_LOCKED', details: { retryAt: '2026-03-02T09:00:01.000Z', context: 'place' } } });
    if (!waiting.ok) expect(waiting.error.message).toContain('desde este equipo o su red');
    expect(await office.signIn('ana', 'frase de ana', '10.9.9.9')).toMatchObject({ error: { code: 'SIGN_IN_LOCKED' } });
    expect(await office.signIn('ana', 'frase de ana', 'desk')).toMatchObject({ ok: true });
    // Signing in there does not clear the place's failures either.
    office.advance(second);
    expect(await office.signIn('ana', 'frase de ana', '10.9.9.9')).toMatchObject({ ok: true });
    expect(await office.signIn('elena', 'frase común 2026', '10.9.9.9')).toMatchObject(failed);
    expect(await office.signIn('fabio', 'frase común 2026', '10.9.9.9')).toMatchObject({ error: { code: 'SIGN_IN_LOCKED' } });
  });

  it('sent all at once are counted all the same, and answered without waiting', async () => {
    const office = await clockedOffice();
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 8 }, () => office.signIn('ana', 'no es la suya', 'desk')));
    const codes = answers.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort();
    expect(codes).toEqual(['SIGN_IN_FAILED', 'SIGN_IN_FAILED', 'SIGN_IN_FAILED', ...Array(5).fill('SIGN_IN_LOCKED')]);
    // Refused, not slept: other calls go on meanwhile.
    expect(await office.call('listUsers', {}, office.admin)).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(5 * second);
  });

  it('when changing a passphrase through an open session are slowed on that profile too', async () => {
    const office = await clockedOffice();
    const ana = await office.sessionOf('ana');
    for (let n = 0; n < 3; n++) {
      expect(await office.call('changePassphrase', { current: 'adivinando', next: 'una frase nueva de ana' }, ana)).toMatchObject(failed);
    }
    expect(await office.call('changePassphrase', { current: 'frase de ana', next: 'una frase nueva de ana' }, ana)).toMatchObject({
      error: { code: 'SIGN_IN_LOCKED' },
    });
  });

  it('are told in English to an English caller', async () => {
    const office = await clockedOffice();
    for (let n = 0; n < 3; n++) await office.signIn('ana', 'no es la suya');
    const answer = await office.backend.dispatch('signIn', { name: 'ana', passphrase: 'frase de ana' }, { locale: 'en' }, 'desk');
    expect(answer).toMatchObject({ ok: false, error: { message: 'Too many failed attempts. For security, you can try again at 03:00:01.' } });
  });
});
