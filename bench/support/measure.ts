import { performance } from 'node:perf_hooks';
import { summarise, type Timing } from './figures.ts';

/** Runs `task` `runs` times (after `warmup` unmeasured runs) and summarises the durations. */
export async function measure(runs: number, task: (i: number) => unknown, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task(-1 - i);
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task(i);
    durations.push(performance.now() - start);
  }
  return summarise(durations);
}

/** One markdown table row for docs/benchmarks.md. */
export function row(name: string, timing: Timing): string {
  const f = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
  return `| ${name} | ${String(timing.runs)} | ${f(timing.medianMs)} | ${f(timing.p99Ms)} | ${f(timing.maxMs)} |`;
}
