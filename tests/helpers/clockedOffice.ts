import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/result';
import { testBackend } from './backend';
import { tempDatabasePath } from './tempDir';

/** A call's answer, as the tests read it. */
type Answer<M extends MethodName> = Result<MethodOutput<M>>;

/**
 * A real back end on a fresh SQLite file whose clock the test moves: an administrator («admin») and a writer («ana»),
 * each with the passphrase `frase de <name>`, and calls that say which session and from where they come.
 */
export async function clockedOffice(databasePath = tempDatabasePath(), start = '2026-03-02T09:00:00Z') {
  let now = Date.parse(start);
  const { backend } = testBackend({ databasePath, now: () => new Date(now) });
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, session?: string, source = 'desk') =>
    backend.dispatch(method, input, { locale: 'es', session }, source) as Promise<Answer<M>>;
  const must = async <M extends MethodName>(method: M, input: MethodInput<M>, session?: string): Promise<MethodOutput<M>> => {
    const result = await call(method, input, session);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const signIn = (name: string, passphrase = `frase de ${name}`, source = 'desk') => call('signIn', { name, passphrase }, undefined, source);
  /** Signs in and returns the session token, failing the test otherwise. */
  const sessionOf = async (name: string, source = 'desk') => {
    const result = await signIn(name, `frase de ${name}`, source);
    if (!result.ok) throw new Error(`signIn ${name}: ${result.error.code}`);
    return result.value.session;
  };
  await must('createUser', { name: 'admin', displayName: 'Admin', roles: ['admin'], passphrase: 'frase de admin' });
  const admin = await sessionOf('admin');
  const ana = await must('createUser', { name: 'ana', displayName: 'Ana', roles: ['redaccion'], passphrase: 'frase de ana' }, admin);
  return {
    backend,
    databasePath,
    call,
    must,
    signIn,
    sessionOf,
    admin,
    anaId: ana.id,
    /** The clock now, in epoch milliseconds. */
    now: () => now,
    /** Moves the clock on. */
    advance: (ms: number) => {
      now += ms;
    },
  };
}
