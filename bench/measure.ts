import { performance } from 'node:perf_hooks';

/** Timing summary of repeated runs, in milliseconds. */
export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Runs `task` `runs` times (after `warmup` unmeasured runs) and summarises the durations. */
export async function measure(runs: number, task: (i: number) => unknown, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task(-1 - i);
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task(i);
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return { runs, medianMs: percentile(durations, 50), p99Ms: percentile(durations, 99), maxMs: durations.at(-1) ?? Number.NaN };
}

/** One markdown table row for docs/benchmarks.md. */
export function row(name: string, timing: Timing): string {
  const f = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
  return `| ${name} | ${timing.runs} | ${f(timing.medianMs)} | ${f(timing.p99Ms)} | ${f(timing.maxMs)} |`;
}
