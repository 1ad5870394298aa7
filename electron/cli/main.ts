import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliCommand, CliIo } from './cli-command.ts';
import { UsageError } from './cli-command.ts';
import { commands } from './command-table.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The version in the project's package.json. */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The top-level help text. */
export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    '用法: pingshen <命令> [选项]',
    '',
    '命令:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '选项:',
    '  --help, -h     显示帮助；pingshen <命令> --help 显示该命令的用法',
    '  --version, -v  显示版本',
  ].join('\n');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

async function runCommand(command: CliCommand, args: string[], io: CliIo, debug: boolean): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`pingshen ${command.name}: ${error.message}`);
      io.err(command.usage);
      return 2;
    }
    io.err(`pingshen ${command.name}: 错误：${firstLine(error)}`);
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}

/** Runs the command line; resolves to the exit code (0 ok, 1 failure, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.out(`pingshen ${cliVersion()}`);
    return 0;
  }
  if (name === '--help' || name === '-h') {
    io.out(usage());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(name === undefined ? 'pingshen: 缺少命令' : `pingshen: 未知命令或选项：${name}`);
    io.err(usage());
    return 2;
  }
  return runCommand(command, rest, io, env.PINGSHEN_DEBUG === '1');
}

/** Entry point for bin/pingshen.mjs: process streams and process.argv. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return runCli(argv, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
