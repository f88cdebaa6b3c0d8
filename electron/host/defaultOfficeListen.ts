/** The port an office server listens on unless its IT chose another. */
export const defaultOfficePort = 47443;

/** Where an office server listens unless told: every address of this computer, on a port of its own. */
export const defaultOfficeListen = `0.0.0.0:${defaultOfficePort}`;
