// `npm run bench`: measures the foundation's hot paths on this machine, then keystroke to durable
// commit of a scoring edit (bench/scoring/scoring.bench.ts; SCORING_BENCH_BROWSER=0 or --no-browser skips
// the Chromium part), and prints markdown rows for docs/benchmarks.md. Figures, not assertions:
// nothing here fails on a slow machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatchCall } from '../shared/api/dispatch.ts';
import { startBrowserHost } from '../electron/browser-host/browser-host.ts';
import { startAppServices } from '../electron/services/app-services.ts';
import { exportsBench } from './exports/exports.bench.ts';
import { intakeBench } from './intake/intake.bench.ts';
import { machineLine } from './support/figures.ts';
import { measure, row } from './support/measure.ts';
import { mergeBench } from './merge/merge.bench.ts';
import { scoringBench } from './scoring/scoring.bench.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pingshen-bench-'));
const rows: string[] = [];
try {
  let n = 0;
  rows.push(row('open a new profile (create, migrate, seed demo)', await measure(20, async () => (await startAppServices({ dataDir: join(scratch, `p${n++}`), transport: 'http' })).close())));

  const services = await startAppServices({ dataDir: join(scratch, 'main'), transport: 'http' });
  rows.push(
    row(
      'durable settings write through dispatch (synchronous=FULL)',
      await measure(300, (i) => dispatchCall(services.handlers, 'settings:update', { role: i % 2 === 0 ? 'expert' : 'coordinator' })),
    ),
  );
  rows.push(row('reviews:get through dispatch', await measure(500, () => dispatchCall(services.handlers, 'reviews:get', { reviewId: 'demo-2026-anhui' }))));

  const host = await startBrowserHost({ handlers: services.handlers, staticDir: scratch });
  const call = () =>
    fetch(`${host.origin}/api/reviews:list`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Pingshen-Token': host.token }, body: '{}' }).then((r) => r.json());
  rows.push(row('reviews:list over the browser host (HTTP round trip)', await measure(300, call)));
  await host.close();
  services.close();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`${machineLine()}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| what | runs | median ms | p99 ms | max ms |');
console.log('| --- | --- | --- | --- | --- |');
for (const line of rows) console.log(line);

const scoring = await scoringBench({ browser: !process.argv.includes('--no-browser') && process.env.SCORING_BENCH_BROWSER !== '0' });
console.log('\n| keystroke to durable commit (bench/scoring/scoring.bench.ts) | runs | median ms | p99 ms | max ms |');
console.log('| --- | --- | --- | --- | --- |');
for (const line of scoring.rows) console.log(line);
for (const note of scoring.notes) console.log(`\n${note}`);

console.log('\n| merge: 50 experts × 200 applications × 20 criteria (bench/merge/merge.bench.ts) | runs | median ms | vs floor | memory |');
console.log('| --- | --- | --- | --- | --- |');
for (const line of await mergeBench()) console.log(line);

console.log('\n| exports: 500 applications × 30 experts × 20 criteria (bench/exports/exports.bench.ts) | runs | median ms | file | memory |');
console.log('| --- | --- | --- | --- | --- |');
for (const line of await exportsBench()) console.log(line);

console.log('\n| intake: 200 applicants × 5 PDFs (bench/intake/intake.bench.ts) | ms | throughput | memory |');
console.log('| --- | --- | --- | --- |');
for (const line of await intakeBench()) console.log(line);
