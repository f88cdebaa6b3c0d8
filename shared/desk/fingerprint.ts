/**
 * A SHA-256 certificate fingerprint as the office server prints it (`AB:CD:…`, upper case), from the way it is printed
 * or a browser shows it (lower case, spaces, no colons); null when it is not 64 hexadecimal digits.
 */
export function normalFingerprint(given: string): string | null {
  const digits = given.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(digits)) return null;
  return (digits.match(/../g) ?? []).join(':');
}
