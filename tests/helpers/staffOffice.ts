import type { Backend } from '../../electron/api/createBackend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/result';
import type { Role } from '../../shared/domain/role';

/** The office's people in these tests: one per role, and one who both drafts and edits. */
export const people = {
  admin: ['admin'],
  ana: ['redaccion'],
  eva: ['edicion'],
  luis: ['edicion'],
  dora: ['difusion'],
  mixta: ['redaccion', 'edicion'],
} as const satisfies Record<string, readonly Role[]>;

/** Who acts in a call. */
export type Person = keyof typeof people | 'nobody';

/** Every test profile's passphrase. */
export const passphraseOf = (name: string) => `frase de acceso de ${name}`;

/** A call made as someone. */
export type CallAs = <M extends MethodName>(who: Person, method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

/** Gives a back end on a fresh store the test office's profiles, signed in, and callers acting as each person. */
export async function staffOffice(backend: Backend) {
  const sessions = new Map<string, string>();
  const raw = (method: MethodName, input: unknown, session?: string) => backend.dispatch(method, input, { locale: 'es', session });
  for (const [name, roles] of Object.entries(people)) {
    const created = await raw(
      'createUser',
      { name, displayName: name[0]?.toUpperCase() + name.slice(1), roles: [...roles], passphrase: passphraseOf(name) },
      sessions.get('admin'),
    );
    if (!created.ok) throw new Error(`createUser ${name}: ${created.error.message}`);
    const signed = await raw('signIn', { name, passphrase: passphraseOf(name) });
    if (!signed.ok) throw new Error(`signIn ${name}: ${signed.error.message}`);
    sessions.set(name, (signed.value as { session: string }).session);
  }
  const call: CallAs = (who, method, input) => raw(method, input, who === 'nobody' ? undefined : sessions.get(who)) as never;
  /** Calls and returns the value, failing with the error message otherwise. */
  const ok = async <M extends MethodName>(who: Person, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await call(who, method, input);
    if (!result.ok) throw new Error(`${who} ${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { call, ok };
}
