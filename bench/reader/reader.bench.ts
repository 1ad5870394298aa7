// `node bench/reader/reader.bench.ts`: time to the first rendered page and renderer memory after reading
// through a generated 300-page Chinese PDF, pdf.js's own PDFViewer (the maintainers' simpleviewer
// set-up, default options) against our PdfView, over the same range-capable browser host, in one
// Chromium. Prints a markdown table; `--write` appends it to docs/benchmarks.md.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { rootDir } from '../../tests/support/corpus.ts';
import { buildReaderHarness, seedPdfReview, startReaderHarness } from '../../tests/support/reader-harness.ts';
import { writeBenchPdf } from './reader-fixture.ts';
import { rendererPssKiBs } from '../support/renderer-pss.ts';
import { installedVersion, machineLine, median } from '../support/figures.ts';

const pages = 300;
const timingRuns = Number(process.env.READER_BENCH_RUNS ?? 9);
const memoryRuns = Number(process.env.READER_BENCH_MEMORY_RUNS ?? 3);

/** What the harness pages expose (renderer/harness/bench-probe.ts). */
type BenchWindow = Window & { __bench?: { firstPageMs: number | null; goToPage(n: number): Promise<void> } };

/** A page measured: its harness URL and a label for the table. */
interface Variant {
  readonly label: string;
  readonly path: (documentId: string) => string;
}

const variants: readonly Variant[] = [
  { label: 'pdf.js PDFViewer (simpleviewer set-up, defaults)', path: (id) => `baseline.html?url=documents/${id}` },
  { label: 'PdfView (ours)', path: (id) => `view.html?url=documents/${id}` },
];
// Loading options tried on PdfView to choose its defaults (pdfjs-assets.ts); timing only. 'url' is
// pdf.js's own loader (stream = its initial full GET), 'ranges' ours (fetch-range-source.ts).
// READER_BENCH_TUNINGS='chunk=65536&autofetch=1&stream=0;…' replaces the list.
const tunings = process.env.READER_BENCH_TUNINGS?.split(';') ?? [
  'loader=url&chunk=65536&autofetch=1&stream=1',
  'loader=url&chunk=262144&autofetch=0&stream=0',
  'loader=ranges&chunk=65536&autofetch=0',
  'loader=ranges&chunk=262144&autofetch=1',
  'loader=ranges&chunk=1048576&autofetch=0',
];

async function firstPageMs(browser: Browser, origin: string, token: string, path: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'pingshen_token', value: token, url: origin }]);
  const page = await context.newPage();
  await page.goto(`${origin}/${path}`);
  const ms = await page.waitForFunction(() => (window as BenchWindow).__bench?.firstPageMs ?? null, null, { timeout: 60_000 });
  const value = (await ms.jsonValue()) as number;
  await context.close();
  return value;
}

/** PSS (KiB) of the largest renderer process: the page under test. */
async function rendererPssKiB(browser: Browser): Promise<number> {
  const sizes = await rendererPssKiBs(browser);
  if (process.env.READER_BENCH_DEBUG) console.error('renderer PSS KiB', sizes);
  return Math.max(0, ...sizes);
}

/** Full collections on the page and in pdf.js's worker (Chromium runs with --expose-gc), then the page's memory. */
async function settledMemory(browser: Browser, page: Page): Promise<{ heapMiB: number; pssMiB: number }> {
  await page.waitForTimeout(1000);
  for (let round = 0; round < 2; round++) {
    await page.evaluate(() => (globalThis as unknown as { gc(): void }).gc());
    for (const worker of page.workers()) await worker.evaluate(() => (globalThis as unknown as { gc(): void }).gc());
  }
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  return { heapMiB: heap / 2 ** 20, pssMiB: (await rendererPssKiB(browser)) / 1024 };
}

/** Reads a tenth of the document, then all of it, page by page, measuring memory after each. */
async function readThrough(browser: Browser, origin: string, token: string, path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'pingshen_token', value: token, url: origin }]);
  const page: Page = await context.newPage();
  await page.goto(`${origin}/${path}`);
  await page.waitForFunction(() => (window as BenchWindow).__bench?.firstPageMs ?? null, null, { timeout: 60_000 });
  const started = performance.now();
  let readMs = 0;
  let partMiB = NaN;
  for (let n = 1; n <= pages; n++) {
    await page.evaluate((number) => (window as BenchWindow).__bench?.goToPage(number), n);
    if (n === pages / 10) {
      readMs -= performance.now();
      partMiB = (await settledMemory(browser, page)).pssMiB;
      readMs += performance.now();
    }
  }
  readMs += performance.now() - started;
  const { heapMiB, pssMiB } = await settledMemory(browser, page);
  await context.close();
  return { readMs, heapMiB, pssMiB, partMiB };
}

const scratch = mkdtempSync(join(tmpdir(), 'pingshen-reader-bench-'));
const harness = await (async () => {
  buildReaderHarness();
  const pdfPath = join(scratch, 'bench-300.pdf');
  const size = await writeBenchPdf(pdfPath, pages);
  const [documentId = ''] = seedPdfReview(join(scratch, 'profile'), 'bench', 'bench', [{ path: pdfPath, title: '基准', fileName: 'bench-300.pdf' }]);
  return { size, documentId, running: await startReaderHarness(join(scratch, 'profile'), { chromiumArgs: ['--js-flags=--expose-gc'] }) };
})();
const { browser, host } = harness.running;
const rows: string[] = [];
try {
  const timings = new Map<string, number[]>();
  const all = [...variants.map((v) => ({ label: v.label, path: v.path(harness.documentId) })), ...tunings.map((t) => ({ label: `PdfView ${t}`, path: `view.html?url=documents/${harness.documentId}&${t}` }))];
  // Warm-up (disk cache, Chromium's code cache), then interleaved runs so drift hits every variant alike.
  for (const v of all) await firstPageMs(browser, host.origin, host.token, v.path);
  for (let run = 0; run < timingRuns; run++) {
    for (const v of all) timings.set(v.label, [...(timings.get(v.label) ?? []), await firstPageMs(browser, host.origin, host.token, v.path)]);
  }
  const memory = new Map<string, { readMs: number; heapMiB: number; pssMiB: number; partMiB: number }[]>();
  // READER_BENCH_MEMORY_ALL=1 also reads through with every loading option (slow).
  const memoryVariants = process.env.READER_BENCH_MEMORY_ALL ? all : all.slice(0, variants.length);
  for (let run = 0; run < memoryRuns; run++) {
    for (const v of memoryVariants) {
      memory.set(v.label, [...(memory.get(v.label) ?? []), await readThrough(browser, host.origin, host.token, v.path)]);
    }
  }
  const base = variants[0]?.label ?? '';
  const baseFirst = median(timings.get(base) ?? []);
  const basePss = median((memory.get(base) ?? []).map((m) => m.pssMiB));
  const basePart = median((memory.get(base) ?? []).map((m) => m.partMiB));
  rows.push(
    `| page | first page, median ms (${timingRuns} runs) | vs pdf.js | renderer PSS after ${pages / 10} pages, MiB | vs pdf.js | read all ${pages} pages, s | renderer PSS after all, MiB | vs pdf.js | main-thread JS heap, MiB |`,
  );
  rows.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const v of all) {
    const first = median(timings.get(v.label) ?? []);
    const m = memory.get(v.label);
    const pss = m ? median(m.map((x) => x.pssMiB)) : NaN;
    const part = m ? median(m.map((x) => x.partMiB)) : NaN;
    const cells = m
      ? [
          part.toFixed(0),
          `${(part / basePart).toFixed(2)}×`,
          `${(median(m.map((x) => x.readMs)) / 1000).toFixed(1)}`,
          pss.toFixed(0),
          `${(pss / basePss).toFixed(2)}×`,
          median(m.map((x) => x.heapMiB)).toFixed(1),
        ]
      : ['', '', '', '', '', ''];
    rows.push(`| ${v.label} | ${first.toFixed(0)} | ${(first / baseFirst).toFixed(2)}× | ${cells.join(' | ')} |`);
  }
} finally {
  await harness.running.close();
  rmSync(scratch, { recursive: true, force: true });
}

const machine = `${machineLine()}, Chromium ${browser.version()} headless (--disable-gpu), pdfjs-dist ${installedVersion('pdfjs-dist')}`;
const table = [`Document: ${pages} pages of Chinese text, embedded Noto Sans subset, ${(harness.size / 2 ** 20).toFixed(1)} MiB, served with ranges by the browser host.`, `Machine: ${machine}.`, '', ...rows].join('\n');
console.log(table);
if (process.argv.includes('--write')) {
  appendFileSync(join(rootDir, 'docs', 'benchmarks.md'), `\n## ${new Date().toISOString().slice(0, 10)} — PDF reader (bench/reader/reader.bench.ts)\n\n${table}\n`);
}
