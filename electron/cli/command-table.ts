import type { CliCommand } from './cli-command.ts';
import { demoCommand } from './commands/demo-command.ts';

/** Every `pingshen` command, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [demoCommand];
