import packageJson from '../package.json' with { type: 'json' };

/** This build's version, from package.json. */
export const appVersion: string = packageJson.version;
