// The figures every benchmark reports, computed one way: a median is the middle of the sorted
// values (the mean of the two middle ones for an even count), percentiles are nearest-rank, so
// the rows of docs/benchmarks.md compare across benchmarks.
import { createRequire } from 'node:module';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/** Timing summary of repeated runs, in milliseconds. */
export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** The median of the values that are numbers (NaN when there is none). */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** The nearest-rank `p`th percentile of values already sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** The summary of durations measured elsewhere (a page's clock, a span of a log): median, p99, max. */
export function summarise(durations: readonly number[]): Timing {
  const sorted = [...durations].sort((a, b) => a - b);
  return { runs: sorted.length, medianMs: median(sorted), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? Number.NaN };
}

/** "median (min–max)" of `values`, rounded to `digits`; a dash when none is a number. */
export function spread(values: readonly number[], digits = 0): string {
  const valid = values.filter((v) => !Number.isNaN(v));
  if (valid.length === 0) return '—';
  return `${median(valid).toFixed(digits)} (${Math.min(...valid).toFixed(digits)}–${Math.max(...valid).toFixed(digits)})`;
}

/** Bytes in MiB. */
export const mib = (bytes: number): number => bytes / 2 ** 20;

let collect: (() => void) | null = null;

/** This process's memory after two full collections (the benchmarks run as plain `node`, without --expose-gc). */
export function settledMemory(): { rssMiB: number; heapMiB: number } {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  collect();
  const usage = process.memoryUsage();
  return { rssMiB: mib(usage.rss), heapMiB: mib(usage.heapUsed) };
}

/** The installed version of a package, read from its package.json (never written into a benchmark by hand). */
export function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** The machine a figure was taken on: cores, CPU model, memory, Node. */
export function machineLine(): string {
  return `${String(availableParallelism())} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}
