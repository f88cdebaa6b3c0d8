/** The one line said wherever the desktop window cannot open. */
export const noElectronLine: string;
/** The Electron executable, or null where its binary was never downloaded. */
export function electronExecutable(): string | null;
/** Builds (once per Electron version) better-sqlite3 against Electron's headers and returns the addon's path. */
export function ensureElectronNativeBinding(root: string): string;
