let office = '';
let person = '';

/** Which database what this computer keeps belongs to: its own (as before) or an office's, so one's is never offered on the other. */
export function setStorageScope(url: string | null): void {
  office = url ? `${url}.` : '';
}

/** Whose it is: a signed-in person's keeps are theirs alone (none on a workstation without profiles). */
export function setStoragePerson(name: string | null): void {
  // A profile name holds no «@» (lowercase letters, digits, dots, hyphens): the mark cannot be mistaken for a name.
  person = name ? `@${name}.` : '';
}

/** Who is signed in as far as keeps go ('' for none, or a workstation without profiles). */
export function storagePerson(): string {
  return person;
}

/** The browser-storage key of `name` for the database in use and the person signed in (or `as`, a `storagePerson()` read before). */
export function scopedKey(kind: string, name: string | number, as: string = person): string {
  return `redacta.${kind}.${office}${as}${name}`;
}

/** The key `name` had before keeps were the person's: read once, so text kept by an earlier version is still offered. */
export function unpersonalKey(kind: string, name: string | number): string {
  return `redacta.${kind}.${office}${name}`;
}

/** The browser-storage keys of every `kind` entry of the database in use and the person signed in, with their names. */
export function scopedKeys(kind: string): { key: string; name: string }[] {
  const prefix = scopedKey(kind, '');
  const found: { key: string; name: string }[] = [];
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    // Another office's or person's entries may share the prefix's start: a name never holds a dot (ids and UUIDs).
    if (key?.startsWith(prefix) && !key.slice(prefix.length).includes('.')) found.push({ key, name: key.slice(prefix.length) });
  }
  return found;
}
