/** The policy a `<meta>` tag can carry (browsers ignore `frame-ancestors` there): our scripts, no plugins, our origin. */
export const metaContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The renderer's Content-Security-Policy as a header: the same, and no framing. */
export const contentSecurityPolicy = `${metaContentSecurityPolicy}; frame-ancestors 'none'`;
