/** The one permission a page may hold: writing the clipboard (the export panel's «Copiar»), asked by our own page. */
const grantedToOwnPage: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Whether to grant a page's permission request or check: no to everything (camera, location, notifications…) but that. */
export function permissionVerdict(permission: string, requestingUrl: string, isOwnUrl: (url: string) => boolean): boolean {
  return grantedToOwnPage.has(permission) && isOwnUrl(requestingUrl);
}
