/**
 * The contract's version: a client and an office server talk only when theirs are equal. Raised with every change to a
 * method's name, roles, access or schemas (tests/unit/shared/contract/contractVersion.test.ts pins what each one is).
 */
export const contractVersion = 2;

/** The HTTP header that carries the caller's contract version to an office server. */
export const contractVersionHeader = 'x-redacta-contract';
