/** Translates a catalog key for the CLI's user. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;
