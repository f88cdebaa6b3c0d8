/** The renderer's own scheme, host and origin in the packaged app: `redacta://app/`. */
export const appScheme = 'redacta';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
