// `node bench/reader-keywords/reader-keywords.bench.ts [--write] [--profile] [--no-browser] [--no-services]`: the rubric keyword
// search as it is now built: the services read each stored PDF's page texts once, with pdf.js in a
// worker thread (electron/services/documents/text-index.ts), keep them in SQLite, and answer
// `documents:search`; the reader polls it every 400 ms. On a generated 300-page Chinese PDF
// (writeBenchPdf, 67 MiB of scan-like images) seeded into fresh profiles (seedPdfReview):
//
// Services (this process, as the Electron main process or the browser host runs them):
//   (a) reading the whole document: first documents:search → no document pending, a fresh profile
//       per run; the services' RSS and main-thread heap before, at the peak and after;
//   (b) whether the services' thread stays free meanwhile: `scoring:edit` round trips through
//       dispatch of the handler table and over the browser host (HTTP), paced every few ms, while
//       the document is read against nothing being read; event-loop delay (monitorEventLoopDelay)
//       and utilisation, with and without the edits; the longest stalls, placed in the reading;
//   (c) documents:search once the text is stored (5 keywords over 300 pages), and after a restart
//       of the services (stored text, no worker), with where its time goes;
//   (d) RSS over repeated readings in one services instance (the stored text deleted between them).
// Renderer (the DocumentReader harness page in headless Chromium, over the browser host): with
//   keywords against without, text not yet read (fresh profile: the services read while the reader
//   opens) and text stored: bytes of the document fetched, renderer PSS after a full GC, long tasks
//   and the largest gap between frames over the same window, time to the keyword strip's
//   data-done="true".
// Prints markdown; `--write` appends it to docs/benchmarks.md; `--profile` adds the services' main
// thread under the V8 sampling profiler during one reading; `--no-browser` skips the renderer part,
// `--no-services` the services part.
// READER_KEYWORDS_BENCH_RUNS (default 5), READER_KEYWORDS_BENCH_WINDOW_MS (default 3000: how long
// after page 1 each reader is watched, at least until done), READER_KEYWORDS_BENCH_NO_BUILD=1 reuses
// dist/harness instead of building it.
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import type { DocumentSearch } from '../../shared/domain/document-search.ts';
import type { Program } from '../../shared/domain/program.ts';
import type { Criterion } from '../../shared/domain/rubric.ts';
import type { ScoringEdit } from '../../shared/domain/scoring.ts';
import { documentPageHits, isSearchPending, searchHits } from '../../shared/search/keyword-search.ts';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/browser-host.ts';
import { startAppServices, type AppServices } from '../../electron/services/app-services.ts';
import { openDatabase } from '../../electron/services/db/open-database.ts';
import { BlobStore } from '../../electron/services/documents/blob-store.ts';
import { createDocumentSearch } from '../../electron/services/documents/search-documents.ts';
import { createTextIndex } from '../../electron/services/documents/text-index.ts';
import { rubricForField } from '../../electron/services/scoring/review-program.ts';
import { chromiumFlags, chromiumPath } from '../../tests/support/chromium.ts';
import { rootDir } from '../../tests/support/corpus.ts';
import { buildReaderHarness, harnessDir, seedPdfReview } from '../../tests/support/reader-harness.ts';
import { installedVersion, machineLine, median, mib, settledMemory, spread, summarise, type Timing } from '../support/figures.ts';
import { measure, row } from '../support/measure.ts';
import { writeBenchPdf } from '../reader/reader-fixture.ts';
import { rendererPssKiBs } from '../support/renderer-pss.ts';

const pages = 300;
const runs = Number(process.env.READER_KEYWORDS_BENCH_RUNS ?? 5);
/** How long each reader is watched after page 1 is drawn (and at least until the strip is done). */
const windowMs = Number(process.env.READER_KEYWORDS_BENCH_WINDOW_MS ?? 3000);
/** The bench's own polling of documents:search while the text is read (the reader polls every 400 ms). */
const pollMs = 20;
/** Pause between two timed edits: an expert typing fast, and room for the worker's messages. */
const editPauseMs = 5;
/** documents:search calls per latency row of (c). */
const searchRuns = 200;
/** Readings in one services instance for (d). */
const rereads = 20;
/**
 * Keywords: every page of writeBenchPdf carries all six of its sentences, so the first three
 * occur on every page (450 times each: twice on every other page), 建设任务 only in the chapter
 * headings (every tenth page, 30 times) and 产教融合 nowhere.
 */
const keywords = ['现场工程师', '双师队伍', '实训基地', '建设任务', '产教融合'];
const expectedStatus = '300 页命中，共 1380 处';
const expectedHits = 1380;
const benchReview = { reviewId: 'bench', submissionId: 'bench' };
const demoReviewId = 'demo-2026-anhui';
const searchInput = { ...benchReview, keywords };

function unwrap<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value as T;
}

/** Self time by function of a V8 CPU profile (CDP or node:inspector): the heaviest `top`, as table rows. */
function heaviest(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }, top = 12): { totalMs: number; rows: string[] } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byNode.get(id);
    const micros = profile.timeDeltas?.[i + 1] ?? 0;
    total += micros;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + micros);
  });
  const rows = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => `| \`${name}\` | ${(us / 1000).toFixed(1)} |`);
  return { totalMs: total / 1000, rows };
}

// ---------------------------------------------------------------------------------------------
// Profiles: the services on a fresh profile holding the 300-page document (and the demo review,
// whose rubric the scoring edits use).

interface Profile {
  readonly dir: string;
  services: AppServices;
  host: BrowserHost;
}

const scratch = mkdtempSync(join(tmpdir(), 'pingshen-reader-keywords-bench-'));
const pdfPath = join(scratch, 'bench-300.pdf');
let profileCount = 0;

/** One port for every browser host of the run, so Chromium sees one origin (and keeps its code cache) across profiles. */
let hostPort = 0;

async function startHost(services: AppServices): Promise<BrowserHost> {
  const host = await startBrowserHost({ handlers: services.handlers, findDocument: services.findDocument, staticDir: harnessDir, port: hostPort });
  hostPort = Number(new URL(host.origin).port);
  return host;
}

async function freshProfile(options: { seedDemo: boolean }): Promise<Profile & { documentId: string }> {
  const dir = join(scratch, `profile-${++profileCount}`);
  const [documentId = ''] = seedPdfReview(dir, benchReview.reviewId, benchReview.submissionId, [{ path: pdfPath, title: '基准', fileName: 'bench-300.pdf' }]);
  const services = await startAppServices({ dataDir: dir, transport: 'http', seedDemo: options.seedDemo });
  return { dir, services, host: await startHost(services), documentId };
}

async function closeProfile(profile: Profile): Promise<void> {
  await profile.host.close();
  profile.services.close();
}

/** documents:search through dispatch, as Electron's IPC calls it. */
async function searchOnce(services: AppServices): Promise<DocumentSearch> {
  return unwrap<DocumentSearch>(await dispatchCall(services.handlers, 'documents:search', searchInput), 'documents:search');
}

/** A POST to the browser host, as the renderer's HTTP bridge sends it (token header instead of the cookie). */
async function httpCall<T>(host: BrowserHost, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pingshen-Token': host.token },
    body: JSON.stringify(input),
  });
  return unwrap<T>((await response.json()) as never, `${name} over HTTP`);
}

/** Score edits on the demo review's first submission, cycling over its criteria and their steps (every edit changes a value). */
async function editTarget(services: AppServices): Promise<(i: number) => ScoringEdit & { kind: 'score' }> {
  const review = unwrap<{ submissions: { id: string; fieldId: string }[] }>(await dispatchCall(services.handlers, 'reviews:get', { reviewId: demoReviewId }), 'reviews:get');
  const program = unwrap<Program>(await dispatchCall(services.handlers, 'scoring:program', { reviewId: demoReviewId }), 'scoring:program');
  const submission = review.submissions[0];
  if (!submission) throw new Error('演示评审没有申报');
  const criteria = rubricForField(program, submission.fieldId).sections.flatMap((s) => s.criteria);
  editSubmissionId = submission.id;
  return (i) => {
    const criterion = criteria[i % criteria.length] as Criterion;
    const steps = Math.max(1, Math.floor(criterion.maxPoints / criterion.step));
    return { kind: 'score', criterionId: criterion.id, score: Number(((((Math.floor(i / criteria.length) % steps) + 1) * criterion.step)).toFixed(6)) };
  };
}
let editSubmissionId = '';
let editCount = 0;

/** Edit round trips, alternately through dispatch and over HTTP, one every `editPauseMs`, until `stop()`. */
async function editLoop(profile: Profile, editAt: (i: number) => ScoringEdit, stop: () => boolean): Promise<{ dispatch: number[]; http: number[] }> {
  const samples = { dispatch: [] as number[], http: [] as number[] };
  while (!stop()) {
    const i = editCount++;
    await sleep(editPauseMs);
    const input = { reviewId: demoReviewId, submissionId: editSubmissionId, edit: editAt(i) };
    const start = performance.now();
    if (i % 2 === 0) {
      unwrap(await dispatchCall(profile.services.handlers, 'scoring:edit', input), 'scoring:edit');
      samples.dispatch.push(performance.now() - start);
    } else {
      await httpCall(profile.host, 'scoring:edit', input);
      samples.http.push(performance.now() - start);
    }
  }
  return samples;
}

/** Event-loop delay over a window: monitorEventLoopDelay's percentiles, utilisation, and the longest stalls with their time. */
interface LoopFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly utilisation: number;
  /** Stalls of the loop over 20 ms seen by a 1 ms interval: [ms since the window began, length]. */
  readonly stalls: [number, number][];
}

/** Watches the services' event loop from now until the returned function is called. */
function watchLoop(): () => LoopFigures {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const elu: EventLoopUtilization = performance.eventLoopUtilization();
  const start = performance.now();
  const stalls: [number, number][] = [];
  let last = start;
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - last > 20) stalls.push([last - start, now - last]);
    last = now;
  }, 1);
  return () => {
    clearInterval(ticker);
    histogram.disable();
    return {
      p50Ms: histogram.percentile(50) / 1e6,
      p99Ms: histogram.percentile(99) / 1e6,
      maxMs: histogram.max / 1e6,
      utilisation: performance.eventLoopUtilization(elu).utilization,
      stalls,
    };
  };
}

/** One reading of the document's text, from the first documents:search to no document pending. */
interface Reading {
  readonly firstCallMs: number;
  /** First documents:search → first page reported read (worker started, file read, pdf.js opened it). */
  readonly firstPageMs: number;
  /** First documents:search → the answer that has nothing pending (to within `pollMs`). */
  readonly doneMs: number;
  readonly before: { rssMiB: number; heapMiB: number };
  readonly peakRssMiB: number;
  readonly after: { rssMiB: number; heapMiB: number };
  readonly loop: LoopFigures;
  /** CPU time over the reading: the services' main thread, and the whole process (the worker, GC and I/O threads). */
  readonly mainCpuMs: number;
  readonly processCpuMs: number;
  readonly edits: { dispatch: number[]; http: number[] } | null;
  readonly result: DocumentSearch;
}

const cpuMs = (usage: { user: number; system: number }) => (usage.user + usage.system) / 1000;

async function readText(profile: Profile, editAt: ((i: number) => ScoringEdit) | null, around?: { start(): Promise<void>; stop(): Promise<void> }): Promise<Reading> {
  const before = settledMemory();
  await around?.start();
  const stopWatching = watchLoop();
  const mainCpu = process.threadCpuUsage();
  const processCpu = process.cpuUsage();
  const start = performance.now();
  let done = false;
  const edits = editAt ? editLoop(profile, editAt, () => done) : null;
  let firstCallMs = NaN;
  let firstPageMs = NaN;
  let peakRss = process.memoryUsage().rss;
  let result: DocumentSearch;
  for (;;) {
    const asked = performance.now();
    result = await searchOnce(profile.services);
    if (Number.isNaN(firstCallMs)) firstCallMs = performance.now() - asked;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (Number.isNaN(firstPageMs) && result.documents.some((d) => d.pagesRead > 0)) firstPageMs = asked - start;
    if (!isSearchPending(result)) break;
    await sleep(pollMs);
  }
  const doneMs = performance.now() - start;
  done = true;
  const editSamples = edits ? await edits : null;
  const mainCpuMs = cpuMs(process.threadCpuUsage(mainCpu));
  const processCpuMs = cpuMs(process.cpuUsage(processCpu));
  const loop = stopWatching();
  await around?.stop();
  return { firstCallMs, firstPageMs, doneMs, before, peakRssMiB: mib(peakRss), after: settledMemory(), loop, mainCpuMs, processCpuMs, edits: editSamples, result };
}

/**
 * The same watch with nothing being read, for as long as a reading took: the bench's poll (without
 * keywords, as cheap as an answer with the document pending), and the edits if asked.
 */
async function idleWindow(profile: Profile, ms: number, editAt: ((i: number) => ScoringEdit) | null): Promise<{ loop: LoopFigures; edits: { dispatch: number[]; http: number[] } | null }> {
  const stopWatching = watchLoop();
  const start = performance.now();
  const edits = editAt ? editLoop(profile, editAt, () => performance.now() - start >= ms) : null;
  while (performance.now() - start < ms) {
    unwrap(await dispatchCall(profile.services.handlers, 'documents:search', { ...benchReview, keywords: [] }), 'documents:search');
    await sleep(pollMs);
  }
  const editSamples = edits ? await edits : null;
  return { loop: stopWatching(), edits: editSamples };
}

function checkResult(search: DocumentSearch, what: string): void {
  const hits = searchHits(search);
  const total = hits.reduce((sum, p) => sum + p.total, 0);
  if (search.documents.some((d) => d.state !== 'done') || hits.length !== pages || total !== expectedHits) {
    throw new Error(`${what}: ${hits.length} pages, ${total} hits, states ${search.documents.map((d) => d.state).join(',')} (expected ${pages} pages, ${expectedHits} hits)`);
  }
}

/** The services' main thread under the V8 sampling profiler during one reading (poll only). */
async function profileReading(): Promise<string[]> {
  const profile = await freshProfile({ seedDemo: false });
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    let cpu: Parameters<typeof heaviest>[0] = { nodes: [] };
    const reading = await readText(profile, null, {
      start: async () => void (await session.post('Profiler.start')),
      stop: async () => void ({ profile: cpu } = await session.post('Profiler.stop')),
    });
    const { totalMs, rows } = heaviest(cpu);
    return [
      `Services' main thread under the V8 sampling profiler (node:inspector) during one more reading (${reading.doneMs.toFixed(0)} ms, poll only; main-thread CPU ${reading.mainCpuMs.toFixed(0)} ms of ${reading.processCpuMs.toFixed(0)} ms for the process): ${totalMs.toFixed(0)} ms sampled. Heaviest by self time:`,
      '',
      '| function (self time) | ms |',
      '| --- | --- |',
      ...rows,
    ];
  } finally {
    session.disconnect();
    await closeProfile(profile);
  }
}

interface ServicesFigures {
  readonly quiet: Reading[];
  readonly underEdits: Reading[];
  readonly idleQuiet: LoopFigures[];
  readonly idleEdits: { loop: LoopFigures; edits: { dispatch: number[]; http: number[] } }[];
  readonly warm: { dispatch: Timing; http: Timing; direct: Timing; matching: Timing; select: Timing; answerKiB: number };
  readonly restart: { first: number[]; dispatch: Timing };
  readonly rereadRss: number[];
  readonly profileLines: string[];
}

async function servicesBench(): Promise<ServicesFigures> {
  const quiet: Reading[] = [];
  const underEdits: Reading[] = [];
  const idleQuiet: LoopFigures[] = [];
  const idleEdits: ServicesFigures['idleEdits'] = [];
  const restartFirst: number[] = [];
  let warm: ServicesFigures['warm'] | null = null;
  let restartDispatch: Timing | null = null;
  // Warm-up: module loading and V8's compilation of the services' code paths (not measured).
  {
    const profile = await freshProfile({ seedDemo: true });
    const editAt = await editTarget(profile.services);
    await readText(profile, editAt);
    await idleWindow(profile, 500, editAt);
    await closeProfile(profile);
  }
  for (let run = 0; run < runs; run++) {
    // (a), the loop while reading with the poll only, then the same window idle, (c) and the restart.
    const profile = await freshProfile({ seedDemo: true });
    const editAt = await editTarget(profile.services);
    const reading = await readText(profile, null);
    checkResult(reading.result, '(a)');
    quiet.push(reading);
    idleQuiet.push((await idleWindow(profile, reading.doneMs, null)).loop);
    const idle = await idleWindow(profile, reading.doneMs, editAt);
    if (idle.edits) idleEdits.push({ loop: idle.loop, edits: idle.edits });
    if (run === 0) {
      const db = openDatabase(profile.dir);
      const texts = createTextIndex({ db, store: new BlobStore(profile.dir) });
      try {
        const [documentId = ''] = reading.result.documents.map((d) => d.documentId);
        const pageTexts = texts.pageTexts(documentId);
        const searchDocuments = createDocumentSearch(db, texts);
        warm = {
          dispatch: await measure(searchRuns, () => searchOnce(profile.services), 20),
          http: await measure(searchRuns, () => httpCall(profile.host, 'documents:search', searchInput), 20),
          direct: await measure(searchRuns, () => searchDocuments(searchInput), 20),
          matching: await measure(searchRuns, () => documentPageHits(pageTexts, keywords), 20),
          select: await measure(searchRuns, () => texts.pageTexts(documentId), 20),
          answerKiB: Buffer.byteLength(JSON.stringify({ ok: true, value: reading.result })) / 1024,
        };
      } finally {
        texts.close();
        db.close();
      }
    }
    await closeProfile(profile);
    profile.services = await startAppServices({ dataDir: profile.dir, transport: 'http' });
    profile.host = await startHost(profile.services);
    const asked = performance.now();
    const afterRestart = await searchOnce(profile.services);
    restartFirst.push(performance.now() - asked);
    checkResult(afterRestart, 'after a restart');
    if (run === 0) restartDispatch = await measure(searchRuns, () => searchOnce(profile.services), 20);
    await closeProfile(profile);

    // (b): edits while the document is read, on another fresh profile.
    const other = await freshProfile({ seedDemo: true });
    const otherEdits = await editTarget(other.services);
    const edited = await readText(other, otherEdits);
    checkResult(edited.result, '(b)');
    underEdits.push(edited);
    await closeProfile(other);
    console.error(`services run ${run + 1}/${runs}: read in ${reading.doneMs.toFixed(0)} ms (${edited.doneMs.toFixed(0)} ms under edits), loop delay max ${reading.loop.maxMs.toFixed(1)} ms`);
  }

  // (d): one services instance reading the same document again and again (its stored text deleted
  // through a second connection in between), the RSS after each reading.
  const rereadRss: number[] = [];
  {
    const profile = await freshProfile({ seedDemo: false });
    const db = openDatabase(profile.dir);
    try {
      for (let n = 0; n < rereads; n++) {
        const reading = await readText(profile, null);
        checkResult(reading.result, '(d)');
        rereadRss.push(reading.after.rssMiB);
        db.prepare('DELETE FROM document_texts').run();
      }
    } finally {
      db.close();
      await closeProfile(profile);
    }
  }
  const profileLines = process.argv.includes('--profile') ? await profileReading() : [];
  if (!warm || !restartDispatch) throw new Error('no runs');
  return { quiet, underEdits, idleQuiet, idleEdits, warm, restart: { first: restartFirst, dispatch: restartDispatch }, rereadRss, profileLines };
}

// ---------------------------------------------------------------------------------------------
// Renderer: the DocumentReader harness in Chromium.

/** A long task as PerformanceObserver reports it (ms on the page's clock). */
interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** What the init script records in the page (window.__kw). */
interface Probe {
  longTasks: LongTask[];
  /** requestAnimationFrame timestamps, every frame since the page started. */
  frames: number[];
  marks: { page1?: number; bar?: number; done?: number };
  /** Each new text of the keyword strip's status, with when it appeared. */
  statuses: { at: number; text: string }[];
  tags: string[];
  /** Bytes of the document fetched (range responses), and the documents:search answers, read when the run ends. */
  documentBytes: number;
  searchCalls: number;
  searchBytes: number;
}

type ProbeWindow = Window & { __kw?: Probe };

/** Runs in the page before its scripts: a long-task observer and a frame loop that timestamps what appears. */
function installProbe(): void {
  const probe: Probe = { longTasks: [], frames: [], marks: {}, statuses: [], tags: [], documentBytes: 0, searchCalls: 0, searchBytes: 0 };
  performance.setResourceTimingBufferSize(10_000);
  (window as ProbeWindow).__kw = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const has = (selector: string) => document.querySelector(selector) !== null;
  const tick = (now: number) => {
    probe.frames.push(now);
    const marks = probe.marks;
    if (marks.page1 === undefined && has('.page[data-page-number="1"][data-loaded="true"] canvas')) marks.page1 = now;
    if (marks.bar === undefined && has('[data-testid="reader-keyword-bar"]')) marks.bar = now;
    const status = document.querySelector('[data-testid="reader-keyword-status"]')?.textContent ?? '';
    if (status !== '' && status !== probe.statuses.at(-1)?.text) probe.statuses.push({ at: now, text: status });
    if (marks.done === undefined && has('[data-testid="reader-keyword-bar"][data-done="true"]')) {
      marks.done = now;
      probe.tags = [...document.querySelectorAll('[data-testid="reader-keyword"]')].map((tag) => tag.textContent ?? '');
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** One measured opening of the reader. */
interface Run {
  readonly page1Ms: number;
  /** Navigation → the strip's data-done="true", and page 1 drawn → the same (NaN without keywords). */
  readonly doneMs: number;
  readonly page1ToDoneMs: number;
  readonly statusUpdates: number;
  readonly statuses: readonly string[];
  /**
   * The longest task ending in the 50 ms before a strip update drawn after page 1 (the answer of
   * documents:search being handled); 0 if none was that long, NaN if no update came after page 1.
   */
  readonly answerTaskMs: number;
  readonly updatesAfterPage1: number;
  readonly windowMs: number;
  readonly longTasks: readonly LongTask[];
  /** The longest task before page 1 was drawn (loading the bundle and the document): the observer does see tasks. */
  readonly startupTaskMs: number;
  readonly maxFrameGapMs: number;
  readonly slowFrames: number;
  readonly framesPerSecond: number;
  readonly documentMiB: number;
  readonly searchCalls: number;
  readonly searchKiB: number;
  readonly pssMiB: number;
  readonly tags: readonly string[];
}

/** PSS (MiB) of the largest renderer process: the page under test with pdf.js's worker. */
async function rendererPssMiB(browser: Browser): Promise<number> {
  return Math.max(0, ...(await rendererPssKiBs(browser))) / 1024;
}

/** Full collections on the page and in pdf.js's worker (Chromium runs with --expose-gc), then the renderer's PSS. */
async function settledPssMiB(browser: Browser, page: Page): Promise<number> {
  for (let round = 0; round < 2; round++) {
    await page.evaluate(() => (globalThis as unknown as { gc(): void }).gc());
    for (const worker of page.workers()) await worker.evaluate(() => (globalThis as unknown as { gc(): void }).gc());
  }
  await page.waitForTimeout(500);
  return rendererPssMiB(browser);
}

/**
 * One opening of the reader on `profile`'s host, watched from page 1 drawn for `windowMs` and, with
 * keywords, at least until the strip is done; then the renderer's PSS after a full GC.
 */
async function measureRun(browser: Browser, profile: Profile & { documentId: string }, withKeywords: boolean): Promise<Run> {
  const { host, documentId } = profile;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addCookies([{ name: 'pingshen_token', value: host.token, url: host.origin }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(installProbe);
  try {
    const query = `review=${benchReview.reviewId}&submission=${benchReview.submissionId}&active=${documentId}&page=1${withKeywords ? `&keywords=${encodeURIComponent(keywords.join(','))}` : ''}`;
    await page.goto(`${host.origin}/reader.html?${query}`);
    await page.waitForFunction(
      ({ withKeywords, windowMs }) => {
        const marks = (window as ProbeWindow).__kw?.marks;
        if (!marks || marks.page1 === undefined || performance.now() - marks.page1 < windowMs) return false;
        return !withKeywords || marks.done !== undefined;
      },
      { withKeywords, windowMs },
      { timeout: 180_000, polling: 100 },
    );
    const probe = (await page.evaluate(() => {
      const kw = (window as ProbeWindow).__kw as Probe;
      const fetched = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const documents = fetched.filter((entry) => entry.name.includes('/documents/'));
      const searches = fetched.filter((entry) => decodeURIComponent(entry.name).endsWith('/api/documents:search'));
      kw.documentBytes = documents.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
      kw.searchCalls = searches.length;
      kw.searchBytes = searches.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
      return kw;
    })) as Probe;
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('\n')}`);
    if (process.env.READER_KEYWORDS_BENCH_DEBUG) console.error(withKeywords ? 'keywords' : 'none', JSON.stringify({ marks: probe.marks, statuses: probe.statuses, longTasks: probe.longTasks, gaps: probe.frames.slice(1).map((t, i) => [probe.frames[i], t - (probe.frames[i] ?? t)]).filter(([, g]) => (g ?? 0) > 40) }));
    const pssMiB = await settledPssMiB(browser, page);
    const { page1 = NaN, done = NaN } = probe.marks;
    const end = Math.max(page1 + windowMs, withKeywords ? done : 0);
    const inWindow = probe.longTasks.filter((task) => task.start < end && task.start + task.duration > page1);
    // Frames in the window, with the frame before it, so a freeze at its start counts.
    const frames = probe.frames.filter((t, i) => t <= end && (t >= page1 || (probe.frames[i + 1] ?? Infinity) >= page1));
    const gaps = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
    const updates = probe.statuses.filter((s) => s.at >= page1 && s.at <= end);
    const answerTasks = probe.longTasks.filter((task) => updates.some((s) => task.start + task.duration >= s.at - 50 && task.start + task.duration <= s.at + 1));
    return {
      page1Ms: page1,
      doneMs: withKeywords ? done : NaN,
      page1ToDoneMs: withKeywords ? done - page1 : NaN,
      statusUpdates: probe.statuses.length,
      statuses: probe.statuses.map((s) => s.text),
      updatesAfterPage1: updates.length,
      answerTaskMs: updates.length === 0 ? NaN : Math.max(0, ...answerTasks.map((task) => task.duration)),
      windowMs: end - page1,
      longTasks: inWindow,
      startupTaskMs: Math.max(0, ...probe.longTasks.filter((task) => task.start < page1).map((task) => task.duration)),
      maxFrameGapMs: Math.max(0, ...gaps),
      slowFrames: gaps.filter((gap) => gap > 50).length,
      framesPerSecond: frames.filter((t) => t >= page1).length / ((end - page1) / 1000),
      documentMiB: mib(probe.documentBytes),
      searchCalls: probe.searchCalls,
      searchKiB: probe.searchBytes / 1024,
      pssMiB,
      tags: probe.tags,
    };
  } finally {
    await context.close();
  }
}

interface RendererFigures {
  readonly browserVersion: string;
  readonly coldKeywords: Run[];
  readonly storedKeywords: Run[];
  readonly coldNone: Run[];
  readonly storedNone: Run[];
}

/**
 * Per run, two fresh profiles: on the first, the reader with keywords while the services read the
 * text (they start when the reader lists the documents), then with keywords and without once it is
 * stored; on the second, the reader without keywords while the services read ahead all the same.
 */
async function rendererBench(): Promise<RendererFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumFlags, '--js-flags=--expose-gc'] });
  const figures: RendererFigures = { browserVersion: browser.version(), coldKeywords: [], storedKeywords: [], coldNone: [], storedNone: [] };
  try {
    for (let run = -1; run < runs; run++) {
      // Run -1 warms Chromium's code cache and the page cache of the PDF; not counted.
      const first = await freshProfile({ seedDemo: false });
      const cold = await measureRun(browser, first, true);
      const stored = await measureRun(browser, first, true);
      const storedNone = await measureRun(browser, first, false);
      await closeProfile(first);
      const second = await freshProfile({ seedDemo: false });
      const coldNone = await measureRun(browser, second, false);
      await closeProfile(second);
      if (run < 0) continue;
      figures.coldKeywords.push(cold);
      figures.storedKeywords.push(stored);
      figures.storedNone.push(storedNone);
      figures.coldNone.push(coldNone);
      console.error(`renderer run ${run + 1}/${runs}: page 1 → done ${cold.page1ToDoneMs.toFixed(0)} ms (text being read), ${stored.page1ToDoneMs.toFixed(0)} ms (stored)`);
    }
  } finally {
    await browser.close();
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Run and report.

if (!process.env.READER_KEYWORDS_BENCH_NO_BUILD || !existsSync(join(harnessDir, 'reader.html'))) buildReaderHarness();
const size = await writeBenchPdf(pdfPath, pages);
let services: ServicesFigures | null = null;
let renderer: RendererFigures | null = null;
try {
  if (!process.argv.includes('--no-services')) services = await servicesBench();
  if (!process.argv.includes('--no-browser')) renderer = await rendererBench();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const f = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
const all = (list: readonly Reading[], pick: (r: Reading) => number[]) => list.flatMap(pick);
const loopRow = (label: string, loops: readonly LoopFigures[]) =>
  `| ${label} | ${loops.length} | ${spread(loops.map((l) => l.p50Ms), 1)} | ${spread(loops.map((l) => l.p99Ms), 1)} | ${spread(loops.map((l) => l.maxMs), 1)} | ${spread(loops.map((l) => l.utilisation * 100), 0)} | ${loops.reduce((n, l) => n + l.stalls.length, 0)} |`;
/** The services' tables and notes. */
function servicesReport(services: ServicesFigures): string[] {
  const { quiet, underEdits, idleQuiet, idleEdits, warm, restart, rereadRss } = services;

  const readingRows = [
    '| run | first documents:search, ms | → first page read, ms | → all 300 pages read, ms | under paced edits, ms | CPU meanwhile: main thread / whole process, ms | services RSS before → peak → after (GC), MiB | main-thread heap before → after, MiB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...quiet.map((r, i) =>
      [
        i + 1,
        f(r.firstCallMs),
        r.firstPageMs.toFixed(0),
        r.doneMs.toFixed(0),
        (underEdits[i]?.doneMs ?? NaN).toFixed(0),
        `${r.mainCpuMs.toFixed(0)} / ${r.processCpuMs.toFixed(0)}`,
        `${r.before.rssMiB.toFixed(0)} → ${r.peakRssMiB.toFixed(0)} → ${r.after.rssMiB.toFixed(0)}`,
        `${r.before.heapMiB.toFixed(1)} → ${r.after.heapMiB.toFixed(1)}`,
      ].join(' | '),
    ).map((line) => `| ${line} |`),
    `| median | ${f(median(quiet.map((r) => r.firstCallMs)))} | ${median(quiet.map((r) => r.firstPageMs)).toFixed(0)} | ${median(quiet.map((r) => r.doneMs)).toFixed(0)} | ${median(underEdits.map((r) => r.doneMs)).toFixed(0)} | ${median(quiet.map((r) => r.mainCpuMs)).toFixed(0)} / ${median(quiet.map((r) => r.processCpuMs)).toFixed(0)} | ${median(quiet.map((r) => r.peakRssMiB - r.before.rssMiB)).toFixed(0)} above before at the peak, ${median(quiet.map((r) => r.after.rssMiB - r.before.rssMiB)).toFixed(0)} after | |`,
  ];
  const editRows = [
    '| scoring:edit (a score), one every 5 ms | samples | median ms | p99 ms | max ms |',
    '| --- | --- | --- | --- | --- |',
    row('through dispatch, nothing being read', summarise(idleEdits.flatMap((w) => w.edits.dispatch))),
    row('through dispatch, while the 300-page document is read', summarise(all(underEdits, (r) => r.edits?.dispatch ?? []))),
    row('over the browser host (HTTP), nothing being read', summarise(idleEdits.flatMap((w) => w.edits.http))),
    row('over the browser host (HTTP), while the document is read', summarise(all(underEdits, (r) => r.edits?.http ?? []))),
  ];
  const loopRows = [
    '| services event loop (monitorEventLoopDelay, 5 ms resolution) | windows | delay p50 ms | p99 ms | max ms | utilisation % | stalls > 20 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    loopRow('nothing being read (the bench polls documents:search every 20 ms)', idleQuiet),
    loopRow('while the document is read (same poll)', quiet.map((r) => r.loop)),
    loopRow('nothing being read, with the edits', idleEdits.map((w) => w.loop)),
    loopRow('while the document is read, with the edits', underEdits.map((r) => r.loop)),
  ];
  /** Where in a reading a stall fell: before the first page, while pages are read, after the last poll that saw pages pending. */
  const placed = (r: Reading) =>
    r.loop.stalls.map(([at, ms]) => `${ms.toFixed(0)} ms at ${at.toFixed(0)} ms (${at < r.firstPageMs ? 'before page 1 was read' : at < r.doneMs - pollMs * 2 ? 'while pages are read' : 'as the text is stored'})`);
  const stallLines = [...quiet, ...underEdits].flatMap(placed);
  const searchRows = [
    `| documents:search, ${keywords.length} keywords, ${pages} pages stored | runs | median ms | p99 ms | max ms |`,
    '| --- | --- | --- | --- | --- |',
    row('through dispatch', warm.dispatch),
    row('over the browser host (HTTP)', warm.http),
    row('… createDocumentSearch alone (no schema checks; hits cached after the first call)', warm.direct),
    row('… of which the page texts from SQLite (300 rows)', warm.select),
    row('… of which matching (documentPageHits over 300 pages)', warm.matching),
    row('first call after a restart of the services (one per run)', summarise(restart.first)),
    row('after a restart, through dispatch', restart.dispatch),
  ];
  return [
    `Services, reading the text in the worker (${runs} runs, a fresh profile each; the bench polls documents:search every ${pollMs} ms; "under paced edits": the same on another fresh profile with the edits below running):`,
    '',
    ...readingRows,
    '',
    ...editRows,
    '',
    ...loopRows,
    '',
    `Stalls of the services' loop over 20 ms during the readings: ${stallLines.length === 0 ? 'none' : stallLines.join('; ')}.`,
    '',
    ...searchRows,
    '',
    `The answer: ${warm.answerKiB.toFixed(0)} KiB of JSON (${pages} pages with hits). Services' RSS after each of ${rereads} readings of the document in one services instance (its stored text deleted in between), after GC: ${rereadRss.map((v) => v.toFixed(0)).join(', ')} MiB.`,
  ];
}

const machine = `${machineLine()}${renderer ? `, Chromium ${renderer.browserVersion} headless (--disable-gpu)` : ''}, pdfjs-dist ${installedVersion('pdfjs-dist')}, profiles in ${tmpdir()}`;
const lines: string[] = [
  `Document: ${pages} pages of Chinese text (writeBenchPdf), embedded Noto Sans subset, a scan-like image on every page, ${mib(size).toFixed(1)} MiB; keywords ${keywords.map((k) => `「${k}」`).join('')}; every reading on a fresh profile unless said.`,
  `Machine: ${machine}.`,
  '',
];
if (services) lines.push(...servicesReport(services));
if (renderer) {
  const r = renderer;
  const longest = (list: readonly Run[]) => Math.max(0, ...list.flatMap((run) => run.longTasks.map((t) => t.duration)));
  const variants = [
    { label: `with ${keywords.length} keywords, text not read yet (the services read it meanwhile)`, list: r.coldKeywords },
    { label: `with ${keywords.length} keywords, text stored`, list: r.storedKeywords },
    { label: 'without keywords, text not read yet (the services read ahead all the same)', list: r.coldNone },
    { label: 'without keywords, text stored', list: r.storedNone },
  ];
  const statuses = [...new Set([...r.coldKeywords, ...r.storedKeywords].map((run) => run.statuses.at(-1) ?? ''))];
  lines.push(
    '',
    `Renderer (the DocumentReader harness in Chromium over the browser host, ${runs} runs of each, interleaved, after one warm-up round; each watched from page 1 drawn for ${windowMs} ms and at least until the strip is done):`,
    '',
    '| reader | runs | page 1 drawn, ms | navigation → strip done, ms | page 1 → strip done, ms | strip status updates / of them after page 1, median | longest task handling an answer after page 1, ms | long tasks in the window, median (max) | longest task, ms | largest frame gap, ms | frame gaps > 50 ms | frames/s | document fetched, MiB | documents:search answers (calls, KiB) | renderer PSS after GC, MiB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...variants.map(({ label, list }) =>
      [
        label,
        list.length,
        spread(list.map((run) => run.page1Ms)),
        spread(list.map((run) => run.doneMs)),
        spread(list.map((run) => run.page1ToDoneMs)),
        `${median(list.map((run) => run.statusUpdates))} / ${median(list.map((run) => run.updatesAfterPage1))}`,
        list.some((run) => !Number.isNaN(run.answerTaskMs)) ? Math.max(...list.map((run) => run.answerTaskMs).filter((v) => !Number.isNaN(v))).toFixed(0) : '—',
        `${median(list.map((run) => run.longTasks.length))} (${Math.max(...list.map((run) => run.longTasks.length))})`,
        longest(list).toFixed(0),
        spread(list.map((run) => run.maxFrameGapMs)),
        spread(list.map((run) => run.slowFrames)),
        median(list.map((run) => run.framesPerSecond)).toFixed(0),
        spread(list.map((run) => run.documentMiB), 1),
        list[0]?.searchCalls ? `${spread(list.map((run) => run.searchCalls))}, ${median(list.map((run) => run.searchKiB)).toFixed(0)}` : '—',
        spread(list.map((run) => run.pssMiB)),
      ].join(' | '),
    ).map((line) => `| ${line} |`),
    '',
    `Strip: ${statuses.join(' / ')} (${statuses.length === 1 && statuses[0] === expectedStatus ? 'as expected' : `expected ${expectedStatus}`}); ${r.coldKeywords[0]?.tags.join('、') ?? ''}; statuses seen while the text was read: ${[...new Set(r.coldKeywords.flatMap((run) => run.statuses.slice(0, -1)))].join(', ') || 'none'}. Longest task before page 1 (loading; the observer does see tasks): ${spread(r.coldKeywords.map((run) => run.startupTaskMs))} ms.`,
  );
}
if (services && services.profileLines.length > 0) lines.push('', ...services.profileLines);
const table = lines.join('\n');
console.log(table);
if (process.argv.includes('--write')) {
  appendFileSync(join(rootDir, 'docs', 'benchmarks.md'), `\n## ${new Date().toISOString().slice(0, 10)} — keyword search in the services (bench/reader-keywords/reader-keywords.bench.ts)\n\n${table}\n`);
}
