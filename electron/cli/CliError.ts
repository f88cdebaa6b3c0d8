/** A failure the CLI reports in one line: exit 1 for a user error, 2 for bad usage. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    /** The contract's error code, when the failure came from a call. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
