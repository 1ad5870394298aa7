// `node bench/scoring/scoring.bench.ts` (also run by `npm run bench`): keystroke to durable commit of an
// expert's scoring edit (issue 4), median and p99, on a real profile in a temp dir on the demo
// review. Three paths: (a) direct dispatch of the service table, (b) the browser host's HTTP
// transport as the renderer in a browser calls it, (c) keystrokes in the built renderer in
// Chromium, up to the renderer receiving the service's answer. `--no-browser` (or
// SCORING_BENCH_BROWSER=0) skips (c). Figures, not assertions: nothing here fails on a slow machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import type { Program } from '../../shared/domain/program.ts';
import type { Criterion } from '../../shared/domain/rubric.ts';
import type { ScoringEdit, SubmissionScoring } from '../../shared/domain/scoring.ts';
import { validateScore } from '../../shared/scoring/validate-score.ts';
import { startBrowserHost } from '../../electron/browser-host/browser-host.ts';
import { startAppServices, type AppServices } from '../../electron/services/app-services.ts';
import { openDatabase } from '../../electron/services/db/open-database.ts';
import { applyScoringEdit } from '../../electron/services/scoring/scoring-repository.ts';
import { rubricForField } from '../../electron/services/scoring/review-program.ts';
import { summarise } from '../support/figures.ts';
import { measure, row } from '../support/measure.ts';

const reviewId = 'demo-2026-anhui';
const rootDir = join(import.meta.dirname, '..');
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What an expert writes in a comment, typed one character at a time (one edit per character). */
const commentText =
  '师资队伍结构合理，专业带头人具有行业影响力；校企共建实训基地，现代学徒制覆盖主要专业。' +
  '课程体系按岗位能力重构，新形态教材与数字资源配套完整，佐证材料第 12–15 页数据可核。' +
  '不足：企业兼职教师授课课时占比偏低，社会服务收入的统计口径需要说明。建议补充近三年毕业生跟踪调查。';

/** What the page logs (see the init script in rendererRows). */
interface BenchLog {
  input: number[];
  /** Each `scoring:edit` the app sent: its body, when fetch was called, when its answer was read. */
  acks: { body: string; sent: number; at: number; ok: boolean }[];
}

/** The edit whose answer ends a timed keystroke. */
interface Expected {
  readonly kind: 'score' | 'comment';
  readonly criterionId: string;
  readonly value: number | string;
}

/** One timed keystroke in the page: to the answer, and to the request leaving. */
interface Span {
  readonly total: number;
  readonly toSend: number;
  /** To the service's return from the committed transaction (its clock against the page's, both epoch-based). */
  readonly toDisk: number;
}

/** Options of one run of the scoring benchmark. */
export interface ScoringBenchOptions {
  /** Also type in the built renderer in Chromium (c); needs /usr/bin/chromium (or $PINGSHEN_CHROMIUM). */
  readonly browser: boolean;
  /** Runs per measured row of (a) and (b). */
  readonly runs?: number;
}

/** Markdown rows for docs/benchmarks.md, and notes on what was skipped or checked. */
export interface ScoringBenchResult {
  readonly rows: string[];
  readonly notes: string[];
}

function unwrap<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value as T;
}

/** The demo review's first submission and the criteria of its rubric, asked of the handlers as the renderer does. */
async function demoTarget(services: AppServices) {
  const review = unwrap<{ submissions: { id: string; fieldId: string }[] }>(await dispatchCall(services.handlers, 'reviews:get', { reviewId }), 'reviews:get');
  const program = unwrap<Program>(await dispatchCall(services.handlers, 'scoring:program', { reviewId }), 'scoring:program');
  const submission = review.submissions[0];
  if (!submission) throw new Error('演示评审没有申报');
  const criteria = rubricForField(program, submission.fieldId).sections.flatMap((s) => s.criteria);
  if (criteria.length < 2) throw new Error('演示评审的评分细则不足两个指标');
  return { submissionId: submission.id, criteria };
}

/** Valid scores of a criterion, cycling over its range on its step (so every edit changes the value). */
function scoreAt(criterion: Criterion, i: number): number {
  const steps = Math.max(1, Math.floor(criterion.maxPoints / criterion.step));
  return Number((((Math.abs(i) % steps) + 1) * criterion.step).toFixed(6));
}

/**
 * The edits of one workload: score edits cycling over the criteria, or a comment growing character
 * by character (the full text so far each time, as the renderer sends it), restarting on the next
 * criterion when the text runs out.
 */
function editAt(kind: 'score' | 'comment', criteria: readonly Criterion[], i: number): ScoringEdit {
  const n = Math.abs(i);
  if (kind === 'score') {
    const criterion = criteria[n % criteria.length] as Criterion;
    return { kind: 'score', criterionId: criterion.id, score: scoreAt(criterion, Math.floor(n / criteria.length)) };
  }
  const chars = [...commentText];
  const criterion = criteria[Math.floor(n / chars.length) % criteria.length] as Criterion;
  return { kind: 'comment', criterionId: criterion.id, comment: chars.slice(0, (n % chars.length) + 1).join('') };
}

/** (c) Keystrokes in the built renderer, from the keyboard event to the renderer holding the service's answer. */
async function rendererRows(services: AppServices, scratch: string, target: Awaited<ReturnType<typeof demoTarget>>): Promise<ScoringBenchResult> {
  const executablePath = process.env.PINGSHEN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return { rows: [], notes: [`(c) skipped: no Chromium at ${executablePath}.`] };
  // The renderer is built into the scratch folder, so the benchmark neither needs nor touches dist/.
  const staticDir = join(scratch, 'renderer');
  const vite = join(rootDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--outDir', staticDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: rootDir,
    encoding: 'utf8',
  });
  if (built.status !== 0) {
    // The working tree's renderer does not build (work in progress): (a) and (b) still stand.
    const lines = stripVTControlCharacters(`${built.stderr}\n${built.stdout}`).split('\n').map((line) => line.trim()).filter(Boolean);
    const reason = lines.find((line) => /could not|cannot|not found|unresolved/i.test(line)) ?? lines.at(-1);
    return { rows: [], notes: [`(c) skipped: vite build of the renderer failed (${reason ?? `exit ${String(built.status)}`}).`] };
  }

  // The same handlers, noting when each edit's transaction has committed (epoch ms, like the page's performance.timeOrigin + now).
  const commits: { edit: ScoringEdit; at: number }[] = [];
  const handlers: AppServices['handlers'] = {
    ...services.handlers,
    'scoring:edit': async (input) => {
      const saved = await services.handlers['scoring:edit'](input);
      commits.push({ edit: input.edit, at: performance.timeOrigin + performance.now() });
      return saved;
    },
  };
  const host = await startBrowserHost({ handlers, findDocument: services.findDocument, findOutput: services.findOutput, staticDir });
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
  const pageErrors: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    // Before the app's scripts: note the time of every keyboard and input event (capture phase,
    // before React sees it), and of every `scoring:edit` answer the app's fetch receives, in the
    // page's own clock (performance.now, the clock of event.timeStamp).
    await context.addInitScript(() => {
      const log: BenchLog = { input: [], acks: [] };
      (window as unknown as { __scoringBench: BenchLog }).__scoringBench = log;
      for (const type of ['keydown', 'beforeinput', 'input']) window.addEventListener(type, (event) => log.input.push(event.timeStamp), true);
      const original = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        const sent = performance.now();
        const response = await original(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (decodeURIComponent(url).endsWith('api/scoring:edit')) {
          const body = typeof init?.body === 'string' ? init.body : '';
          void response
            .clone()
            .text()
            .then((text) => log.acks.push({ body, sent, at: performance.now(), ok: (JSON.parse(text) as { ok: boolean }).ok }));
        }
        return response;
      };
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(host.url);
    await page.getByTestId('role-expert').click();
    await page.getByTestId(`review-${reviewId}`).getByRole('button').click();
    await page.getByTestId('rubric-pane').waitFor();

    /**
     * Clears the log, runs `keystroke`, waits for the answer to the `expected` edit; returns ms from
     * the keystroke's first event to the answer, and to the request leaving (fetch called).
     */
    const timed = async (keystroke: () => Promise<void>, expected: Expected): Promise<Span> => {
      await page.evaluate(() => {
        const log = (window as unknown as { __scoringBench: BenchLog }).__scoringBench;
        log.input.length = 0;
        log.acks.length = 0;
      });
      commits.length = 0;
      await keystroke();
      const handle = await page.waitForFunction(
        (want) => {
          const log = (window as unknown as { __scoringBench: BenchLog }).__scoringBench;
          const ack = log.acks.find((a) => {
            const edit = (JSON.parse(a.body) as { edit: { kind: string; criterionId?: string; score?: number | null; comment?: string } }).edit;
            return edit.kind === want.kind && edit.criterionId === want.criterionId && (edit.kind === 'score' ? edit.score : edit.comment) === want.value;
          });
          const first = Math.min(...log.input);
          return ack && log.input.length > 0 ? { ok: ack.ok, total: ack.at - first, toSend: ack.sent - first, keystrokeAt: performance.timeOrigin + first } : null;
        },
        expected,
        { timeout: 10_000 },
      );
      const { ok, total, toSend, keystrokeAt } = (await handle.jsonValue()) as { ok: boolean; total: number; toSend: number; keystrokeAt: number };
      if (!ok) throw new Error('the service refused the edit');
      const commit = commits.findLast(({ edit }) => edit.kind === expected.kind && edit.criterionId === expected.criterionId && (edit.kind === 'score' ? edit.score : edit.comment) === expected.value);
      if (!commit) throw new Error('the service never committed the edit the renderer saw answered');
      return { total, toSend, toDisk: commit.at - keystrokeAt };
    };

    const rows: string[] = [];
    // Score: replace the field's value by one digit (Control+A, then the digit: the keystroke timed).
    const criterion = target.criteria.find((c) => [1, 2].every((d) => validateScore(c, d) === null)) ?? target.criteria[0];
    if (!criterion) throw new Error('no criterion');
    const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => validateScore(criterion, d) === null);
    const scoreField = page.getByRole('spinbutton', { name: `「${criterion.title}」得分` });
    await scoreField.click();
    const scoreRuns = Number(process.env.SCORING_BENCH_RENDERER_RUNS ?? 100);
    let current = Number((await scoreField.inputValue()) || NaN);
    const scoreSpans: Span[] = [];
    await inPage(scoreRuns, async (i) => {
      const digit = digits.filter((d) => d !== current)[Math.abs(i) % Math.max(1, digits.length - 1)] ?? 1;
      await page.keyboard.press('Control+A');
      const span = await timed(() => page.keyboard.press(String(digit)), { kind: 'score', criterionId: criterion.id, value: digit });
      if (i >= 0) scoreSpans.push(span);
      current = digit;
    });
    rows.push(...spanRows('(c) score: one digit typed in the renderer', scoreSpans));

    // Comment: type a phrase (no pause, so the 400 ms save timer keeps restarting), then Tab out:
    // leaving the field saves at once. Timed from the Tab key.
    const commentCriterion = target.criteria[1] as Criterion;
    const commentField = page.getByTestId(`comment-${commentCriterion.id}`);
    const phrases = [...commentText.matchAll(/[^，；。]+[，；。]/g)].map((m) => m[0]);
    const commentRuns = Number(process.env.SCORING_BENCH_COMMENT_RUNS ?? 30);
    let typed = await commentField.inputValue();
    const isTyped = (): Expected => ({ kind: 'comment', criterionId: commentCriterion.id, value: typed });
    /** Focuses the comment at its end; past 1,500 characters (many runs) empties it first, untimed, to stay far below the contract's 20,000. */
    const focusComment = async () => {
      if ([...typed].length > 1500) {
        typed = '';
        await timed(async () => {
          await commentField.fill('');
          await commentField.blur();
        }, isTyped());
      }
      await commentField.focus();
      await page.keyboard.press('Control+End');
    };
    const blurSpans: Span[] = [];
    await inPage(commentRuns, async (i) => {
      await focusComment();
      const phrase = phrases[Math.abs(i) % phrases.length] ?? '好。';
      await page.keyboard.type(phrase);
      typed += phrase;
      const span = await timed(() => page.keyboard.press('Tab'), isTyped());
      if (i >= 0) blurSpans.push(span);
    });
    rows.push(...spanRows('(c) comment: phrase typed, then Tab out of the field', blurSpans));
    // The same typing, then a pause: the renderer saves 400 ms after the last keystroke (criterion-scorer.tsx).
    const pauseSpans: Span[] = [];
    await inPage(commentRuns, async (i) => {
      await focusComment();
      const chars = [...(phrases[Math.abs(i) % phrases.length] ?? '好。')];
      await page.keyboard.type(chars.slice(0, -1).join(''));
      typed += chars.join('');
      const span = await timed(() => page.keyboard.type(chars.at(-1) ?? ''), isTyped());
      if (i >= 0) pauseSpans.push(span);
      await commentField.blur();
    });
    rows.push(...spanRows('(c) comment: last character typed, then a pause (the renderer saves after 400 ms)', pauseSpans));

    // The profile holds what the renderer last showed as saved.
    const stored = unwrap<SubmissionScoring>(await dispatchCall(services.handlers, 'scoring:get', { reviewId, submissionId: target.submissionId }), 'scoring:get');
    if (stored.entry.comments[commentCriterion.id] !== typed) throw new Error('the stored comment differs from what was typed');
    if (stored.entry.scores[criterion.id] !== current) throw new Error('the stored score differs from what was typed');
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('; ')}`);
    return { rows, notes: [`(c) Chromium ${browser.version()} headless, the renderer built by Vite into the temp dir; criterion 「${criterion.title}」 (score), 「${commentCriterion.title}」 (comment).`] };
  } finally {
    await browser.close();
    await host.close();
  }
}

/** Three rows of spans: keystroke to the answer received, and (of which) to the request sent and to the commit. */
function spanRows(name: string, spans: readonly Span[]): string[] {
  return [
    row(`${name} → answer received`, summarise(spans.map((s) => s.total))),
    row('… of which keystroke → request sent', summarise(spans.map((s) => s.toSend))),
    row('… of which keystroke → transaction committed (service clock)', summarise(spans.map((s) => s.toDisk))),
  ];
}

/** Runs `task` `runs` times after 5 warm-up runs (negative indexes; the task keeps only its own spans of i ≥ 0). */
async function inPage(runs: number, task: (i: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < 5; i++) await task(-1 - i);
  for (let i = 0; i < runs; i++) await task(i);
}

/** Measures (a), (b) and, when asked, (c); returns the table rows. */
export async function scoringBench(options: ScoringBenchOptions): Promise<ScoringBenchResult> {
  const runs = options.runs ?? Number(process.env.SCORING_BENCH_RUNS ?? 1000);
  const warmup = 20;
  const scratch = mkdtempSync(join(tmpdir(), 'pingshen-scoring-bench-'));
  const rows: string[] = [];
  const notes: string[] = [];
  try {
    const services = await startAppServices({ dataDir: join(scratch, 'profile'), transport: 'http' });
    try {
      const target = await demoTarget(services);
      const { submissionId, criteria } = target;
      const direct = async (edit: ScoringEdit) => unwrap(await dispatchCall(services.handlers, 'scoring:edit', { reviewId, submissionId, edit }), 'scoring:edit');
      rows.push(row('(a) score edit through dispatch', await measure(runs, (i) => direct(editAt('score', criteria, i)), warmup)));
      rows.push(row('(a) comment edit through dispatch, growing one character per edit', await measure(runs, (i) => direct(editAt('comment', criteria, i)), warmup)));
      // For reference, the floor under (a): the same comment edits' SQL transaction alone (the
      // fsync of the WAL), on a second connection to the profile, without handler or validation.
      const db = openDatabase(join(scratch, 'profile'));
      try {
        const key = { reviewId, submissionId };
        rows.push(row('… the transaction alone (applyScoringEdit, no handler, no schema checks)', await measure(runs, (i) => applyScoringEdit(db, key, editAt('comment', criteria, i)), warmup)));
      } finally {
        db.close();
      }

      const host = await startBrowserHost({ handlers: services.handlers, staticDir: scratch });
      try {
        // As the renderer's HTTP bridge calls it (renderer/src/api/client.ts), with the token header instead of the cookie.
        const http = async (edit: ScoringEdit) => {
          const response = await fetch(`${host.origin}/api/${encodeURIComponent('scoring:edit')}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Pingshen-Token': host.token },
            body: JSON.stringify({ reviewId, submissionId, edit }),
          });
          return unwrap((await response.json()) as never, 'scoring:edit over HTTP');
        };
        rows.push(row('(b) score edit over the browser host (HTTP round trip)', await measure(runs, (i) => http(editAt('score', criteria, i)), warmup)));
        rows.push(row('(b) comment edit over the browser host, growing one character per edit', await measure(runs, (i) => http(editAt('comment', criteria, i)), warmup)));
      } finally {
        await host.close();
      }
      const last = editAt('comment', criteria, runs - 1);
      const stored = unwrap<SubmissionScoring>(await dispatchCall(services.handlers, 'scoring:get', { reviewId, submissionId }), 'scoring:get');
      if (last.kind === 'comment' && stored.entry.comments[last.criterionId] !== last.comment) throw new Error('the last comment edit is not in the profile');

      if (options.browser) {
        const c = await rendererRows(services, scratch, target);
        rows.push(...c.rows);
        notes.push(...c.notes);
      } else {
        notes.push('(c) skipped (--no-browser).');
      }
    } finally {
      services.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { rows, notes };
}

if (import.meta.main) {
  const browser = !process.argv.includes('--no-browser') && process.env.SCORING_BENCH_BROWSER !== '0';
  const { rows, notes } = await scoringBench({ browser });
  console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, demo review ${reviewId}, profile in ${tmpdir()}\n`);
  console.log('| keystroke to durable commit | runs | median ms | p99 ms | max ms |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const line of rows) console.log(line);
  for (const note of notes) console.log(`\n${note}`);
}
