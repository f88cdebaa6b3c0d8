import { describe, expect, it } from 'vitest';
import { clockedOffice } from '../../../helpers/clockedOffice';
import { testBackend } from '../../../helpers/backend';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

// A session names its person while live; these are what a person notices: their calls answer, or ask them to sign in.
const works = { ok: true };
const refused = { ok: false, error: { code: 'UNAUTHORIZED' } };

describe('sessions', () => {
  it('end after 12 hours without a call, and a call keeps them going', async () => {
    const office = await clockedOffice();
    const ana = await office.sessionOf('ana');
    office.advance(12 * hour - minute);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(works);
    office.advance(12 * hour - minute);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(works);
    office.advance(12 * hour);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(refused);
    expect(await office.call('getSession', {}, ana)).toMatchObject({ ok: true, value: { actor: null, profilesExist: true } });
    // Once ended it stays ended, even if the clock were to go back.
    office.advance(-12 * hour);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(refused);
  });

  it('end seven days after signing in, however busy', async () => {
    const office = await clockedOffice();
    const ana = await office.sessionOf('ana');
    for (let elapsed = 0; elapsed < 7 * day - 6 * hour; elapsed += 6 * hour) {
      office.advance(6 * hour);
      expect(await office.call('listCommuniques', {}, ana)).toMatchObject(works);
    }
    office.advance(6 * hour - minute);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(works);
    office.advance(minute);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(refused);
    expect(await office.signIn('ana')).toMatchObject(works);
  });

  it('changing one’s own passphrase ends one’s other sessions and keeps the current one', async () => {
    const office = await clockedOffice();
    const here = await office.sessionOf('ana');
    const elsewhere = await office.sessionOf('ana', '127.0.0.1');
    await office.must('changePassphrase', { current: 'frase de ana', next: 'una frase nueva de ana' }, here);
    expect(await office.call('listCommuniques', {}, here)).toMatchObject(works);
    expect(await office.call('listCommuniques', {}, elsewhere)).toMatchObject(refused);
    // Someone else's sessions are untouched.
    expect(await office.call('listUsers', {}, office.admin)).toMatchObject(works);
    expect(await office.signIn('ana', 'frase de ana')).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
    expect(await office.signIn('ana', 'una frase nueva de ana')).toMatchObject(works);
  });

  it('a reset by an administrator ends every session of that person', async () => {
    const office = await clockedOffice();
    const first = await office.sessionOf('ana');
    const second = await office.sessionOf('ana', '127.0.0.1');
    await office.must('updateUser', { id: office.anaId, passphrase: 'frase puesta por admin' }, office.admin);
    expect(await office.call('listCommuniques', {}, first)).toMatchObject(refused);
    expect(await office.call('listCommuniques', {}, second)).toMatchObject(refused);
    expect(await office.call('listUsers', {}, office.admin)).toMatchObject(works);
    expect(await office.signIn('ana', 'frase puesta por admin')).toMatchObject(works);
  });

  it('a reset made by another back end on the same file ends the session too', async () => {
    const office = await clockedOffice();
    const ana = await office.sessionOf('ana');
    // A second process on the same store (the browser host beside the app), where an administrator resets Ana.
    const other = testBackend({ databasePath: office.databasePath });
    const signed = await other.call('signIn', { name: 'admin', passphrase: 'frase de admin' });
    if (!signed.ok) throw new Error(signed.error.code);
    const reset = await other.backend.dispatch('updateUser', { id: office.anaId, passphrase: 'frase puesta en otra' }, { session: signed.value.session });
    expect(reset).toMatchObject(works);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(refused);
    await other.backend.close();
  });

  it('deactivating a profile ends its sessions, and reactivating it does not bring them back', async () => {
    const office = await clockedOffice();
    const ana = await office.sessionOf('ana');
    await office.must('updateUser', { id: office.anaId, active: false }, office.admin);
    await office.must('updateUser', { id: office.anaId, active: true }, office.admin);
    expect(await office.call('listCommuniques', {}, ana)).toMatchObject(refused);
    expect(await office.signIn('ana')).toMatchObject(works);
  });

  it('signing out ends only that session', async () => {
    const office = await clockedOffice();
    const one = await office.sessionOf('ana');
    const two = await office.sessionOf('ana');
    await office.must('signOut', {}, one);
    expect(await office.call('listCommuniques', {}, one)).toMatchObject(refused);
    expect(await office.call('listCommuniques', {}, two)).toMatchObject(works);
  });
});
