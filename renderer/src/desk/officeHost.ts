/** An office's address as a person reads it: its host and port, without the scheme. */
export function officeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
