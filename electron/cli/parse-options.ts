import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

// node:util reports its errors in English; the CLI speaks Chinese, so they are restated here.
function restate(error: unknown): never {
  const code = (error as { code?: string }).code;
  const quoted = /'([^']+)'/u.exec((error as Error).message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`未知选项：${quoted}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`选项 ${quoted.split(' ')[0]} 缺少取值或取值无效`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`多余的参数：${quoted}`);
  throw error;
}

/** Parses a command's options strictly (no positionals), turning parse errors into Chinese usage errors. */
export function parseOptions<T extends Options>(args: string[], options: T): ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values'] {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return restate(error);
  }
}

/** Parses a command's options strictly and keeps its operands (paths, files), with the same Chinese usage errors. */
export function parseOptionsAndOperands<T extends Options>(args: string[], options: T): { values: ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values']; operands: string[] } {
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { values: parsed.values, operands: parsed.positionals };
  } catch (error) {
    return restate(error);
  }
}

/**
 * The files of a command that takes only files and `--json` ("-" is a file, "--" ends the options).
 * node:util's parseArgs is not used: it would read a file named like an option as one.
 */
export function parseFilesAndJson(args: readonly string[], noFiles: string): { files: string[]; json: boolean } {
  const files: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项：${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(noFiles);
  return { files, json };
}
