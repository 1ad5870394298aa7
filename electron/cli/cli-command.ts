/** Where a command writes; tests pass collectors, the launcher passes the process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** One `pingshen <name> …` command. Later commands (verify, merge, program check) add entries here. */
export interface CliCommand {
  readonly name: string;
  /** One line for the command list in `pingshen --help`. */
  readonly summary: string;
  /** The usage block shown by `pingshen <name> --help` and after a usage error. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in how the command was called: exit code 2, with the command's usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
