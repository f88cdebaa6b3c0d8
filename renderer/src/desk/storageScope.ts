let scope = '';

/** Which database what this computer keeps belongs to: its own (as before) or an office's, so one's is never offered on the other. */
export function setStorageScope(office: string | null): void {
  scope = office ? `${office}.` : '';
}

/** The browser-storage key of `name` for the database in use. */
export function scopedKey(kind: string, name: string | number): string {
  return `redacta.${kind}.${scope}${name}`;
}

/** The browser-storage keys of every `kind` entry of the database in use, with their names. */
export function scopedKeys(kind: string): { key: string; name: string }[] {
  const prefix = scopedKey(kind, '');
  const found: { key: string; name: string }[] = [];
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    // Another office's entries share the prefix's start: a name never holds a dot (ids and UUIDs).
    if (key?.startsWith(prefix) && !key.slice(prefix.length).includes('.')) found.push({ key, name: key.slice(prefix.length) });
  }
  return found;
}
