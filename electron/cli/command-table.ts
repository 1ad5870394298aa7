import type { CliCommand } from './cli-command.ts';
import { auditCommand } from './commands/audit-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { intakeCommand } from './commands/intake-command.ts';
import { mergeCommand } from './commands/merge-command.ts';
import { programCheckCommand } from './commands/program-check-command.ts';
import { verifyCommand } from './commands/verify-command.ts';
import { verifyResultCommand } from './commands/verify-result-command.ts';

/** Every `pingshen` command, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [demoCommand, programCheckCommand, intakeCommand, verifyCommand, mergeCommand, verifyResultCommand, auditCommand];
