/** Link targets a communiqué may carry: web pages and e-mail addresses, nothing executable. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

/** True for an href the body may keep: http(s) or mailto only. */
export function isAllowedHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(href.trim());
}
