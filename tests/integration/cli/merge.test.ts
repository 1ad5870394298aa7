// `pingshen merge`: the demo's signed sheets merged against the demo package, through the CLI as a
// user runs it; every bad sheet refused with its reason while the rest is still taken.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKey } from '../../../electron/services/demo/demo-experts.ts';
import type { MergeReportJson } from '../../../electron/services/merge/merge-report.ts';
import { makeKeyCard } from '../../../electron/services/identity/key-card.ts';
import { signSheet } from '../../../electron/services/sheets/sign-sheet.ts';
import type { ScoreSheet, UnsignedScoreSheet } from '../../../shared/sheets/sheet-schema.ts';
import { rootDir } from '../../support/corpus.ts';

// One demo output for the whole file (writing it takes seconds); each test works in folders of its own beside it.
let root: string;
let count = 0;
const tempDir = () => {
  const dir = join(root, `t${String(++count)}`);
  mkdirSync(dir);
  return dir;
};
let out: string;
let pkg: string;
let sheetFiles: string[];

function pingshen(...args: string[]) {
  return spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), ...args], { encoding: 'utf8', timeout: 120_000 });
}

function merged(...args: string[]): { status: number | null; report: MergeReportJson } {
  const run = pingshen('merge', '--json', '--package', pkg, ...args);
  return { status: run.status, report: JSON.parse(run.stdout) as MergeReportJson };
}

const sheetOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ScoreSheet;

/** Re-signs a changed copy of a sheet with a key (the demo expert's own, or another). */
function resign(sheet: ScoreSheet, change: (s: UnsignedScoreSheet) => UnsignedScoreSheet, key = demoKey(sheet.expert.id)) {
  const { signature: _signature, ...unsigned } = sheet;
  return signSheet(change({ ...unsigned, expert: { ...unsigned.expert, publicKey: key.publicKey } }), key.privateKeyPkcs8, key.publicKeyRaw);
}

/** Raises the first criterion of the first application by one step's worth (1 point), keeping the total right. */
function raiseFirstScore(s: UnsignedScoreSheet): UnsignedScoreSheet {
  const [first, ...rest] = s.submissions;
  const [score, ...others] = first!.scores;
  return { ...s, submissions: [{ ...first!, scores: [{ ...score!, score: score!.score - 1 }, ...others], total: first!.total - 1 }, ...rest] };
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-merge-'));
  out = join(tempDir(), 'demo');
  expect(pingshen('demo', '--out', out).status).toBe(0);
  pkg = join(out, 'demo.pingshen-pkg');
  sheetFiles = readdirSync(out).filter((f) => f.endsWith('.pingshen-sheet.json')).sort().map((f) => join(out, f));
}, 180_000);

describe('pingshen merge', () => {
  it('merges the demo panel per category: every rule side by side, the newest version, the recused expert left out, the divergent one flagged', async () => {
    const { status, report } = merged(...sheetFiles);
    expect(status).toBe(0);
    expect(report).toMatchObject({ reviewId: 'demo-2026-anhui', rule: 'trimmed-mean', refused: [], duplicates: [] });
    expect(report.counted.map((c) => [c.expertId, c.version])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [`demo-expert-${String(n)}`, n === 2 ? 2 : 1]));
    expect(report.superseded).toEqual([{ file: join(out, 'demo-2026-anhui-demo-expert-2-v1.pingshen-sheet.json'), by: join(out, 'demo-2026-anhui-demo-expert-2-v2.pingshen-sheet.json') }]);
    const current = sheetFiles.filter((f) => !f.endsWith('demo-expert-2-v1.pingshen-sheet.json')).map(sheetOf);
    const round2 = (x: number) => Math.round(x * 100) / 100;
    for (const category of report.categories) {
      expect(category.ranking.map((r) => r.rank)).toEqual([1, 2]);
      expect(category.ranking.map((r) => r.standing)).toEqual(['within-quota', 'reserve']);
      for (const app of category.ranking) {
        // Recomputed from the files themselves: the totals of the experts who scored it, then each rule.
        const totals = current.flatMap((s) => s.submissions.filter((x) => x.submissionId === app.submissionId).map((x) => x.total));
        const sorted = [...totals].sort((a, b) => a - b);
        expect(app.experts.map((e) => e.total)).toEqual(totals);
        expect(app.aggregates.mean).toBe(round2(totals.reduce((a, b) => a + b, 0) / totals.length));
        // Six or seven experts: the trimmed mean drops the highest and the lowest.
        expect(app.aggregates).toMatchObject({ trimmedMeanApplied: true, trimmedMean: round2(sorted.slice(1, -1).reduce((a, b) => a + b, 0) / (sorted.length - 2)) });
      }
    }
    const all = report.categories.flatMap((c) => c.ranking);
    const recused = all.find((r) => r.recused.length > 0)!;
    expect(recused.recused).toEqual([{ expertId: 'demo-expert-3', name: '陈立', reason: expect.stringContaining('合作单位') }]);
    expect(recused.experts).toHaveLength(6);
    const divergent = all.find((r) => r.flags.some((f) => f.kind === 'divergence'))!;
    expect(divergent.flags.map((f) => f.kind)).toEqual(['divergence', 'deviation']);
    expect(divergent.flags[0]!.reason).toContain('离中位数最远：周涛');
    expect(all.filter((r) => r.flags.length > 0)).toHaveLength(1);
    const xlsx = join(tempDir(), 'summary.xlsx');
    const text = pingshen('merge', '--package', pkg, '--xlsx', xlsx, ...sheetFiles);
    expect(text.stdout).toContain(`已写出 ${xlsx}`);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['专家评分汇总表', '推荐名单', '评分明细', '签名与校验']);
    // One file per category, written atomically (no temporary file left beside them).
    const split = join(tempDir(), 'by-category.xlsx');
    expect(pingshen('merge', '--package', pkg, '--xlsx', split, '--split', 'category', ...sheetFiles).stdout).toContain('by-category-人工智能.xlsx');
    expect(readdirSync(join(split, '..')).sort()).toEqual(['by-category-人工智能.xlsx', 'by-category-智能网联新能源汽车.xlsx', 'by-category-高端装备制造.xlsx']);
    const notResult = pingshen('merge', '--package', pkg, '--xlsx', join(tempDir(), 'x.xlsx'), '--result', sheetFiles[0]!, ...sheetFiles);
    expect(notResult).toMatchObject({ status: 1, stderr: expect.stringContaining('未通过验证') });
    expect(text.stdout).toContain('【人工智能】推荐名额 1');
    expect(text.stdout).toContain('已被新版本取代');
    // With three experts only, the trimmed mean falls back to the plain mean, and says so.
    const three = merged(...sheetFiles.slice(0, 3)).report.categories[0]!.ranking[0]!;
    expect(three.aggregates).toMatchObject({ trimmedMeanApplied: false, trimmedMean: three.aggregates.mean });
  });

  it('takes a folder and a zip of the same sheets: duplicates counted once, the same result', async () => {
    const zip = join(tempDir(), 'sheets.zip');
    const z = new yazl.ZipFile();
    for (const file of sheetFiles) z.addBuffer(readFileSync(file), `U盘/${file.split('/').at(-1)!}`);
    z.end();
    await new Promise<void>((resolve, reject) => {
      const chunks: Buffer[] = [];
      z.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => (writeFileSync(zip, Buffer.concat(chunks)), resolve())).on('error', reject);
    });
    const once = merged(...sheetFiles).report;
    const { status, report } = merged(out, zip);
    expect(status).toBe(0);
    expect(report.duplicates).toHaveLength(sheetFiles.length);
    expect(report.categories).toEqual(once.categories);
    expect(merged(...[...sheetFiles].reverse()).report.categories).toEqual(once.categories);
  });

  it('refuses a tampered sheet, another review\'s, and an unknown key with its fingerprint; takes the rest; exit 1', () => {
    const bad = tempDir();
    const tampered = join(bad, 'tampered.pingshen-sheet.json');
    writeFileSync(tampered, readFileSync(sheetFiles[0]!, 'utf8').replace(/"score":(\d+)/, (_m, n: string) => `"score":${String(Number(n) + 1)}`));
    const foreign = join(bad, 'foreign.pingshen-sheet.json');
    writeFileSync(foreign, resign(sheetOf(sheetFiles[1]!), (s) => ({ ...s, reviewId: 'other-review' })).bytes);
    const stranger = demoKey('stranger');
    const strangerFile = join(bad, 'stranger.pingshen-sheet.json');
    writeFileSync(strangerFile, resign(sheetOf(sheetFiles[0]!), (s) => ({ ...s, expert: { ...s.expert, id: 'expert-9', name: '陌生人' } }), stranger).bytes);
    const { status, report } = merged(...sheetFiles, tampered, foreign, strangerFile);
    expect(status).toBe(1);
    expect(report.counted).toHaveLength(7);
    expect(report.refused.map((r) => [r.file.split('/').at(-1), r.code])).toEqual([
      ['tampered.pingshen-sheet.json', 'bad_signature'],
      ['foreign.pingshen-sheet.json', 'wrong_review'],
      ['stranger.pingshen-sheet.json', 'key_not_enrolled'],
    ]);
    expect(report.refused[1]!.reason).toBe('评分表属于评审「other-review」，不是本次评审「demo-2026-anhui」');
    expect(report.refused[2]!.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    // With the stranger's key card (fingerprint compared in person), their sheet counts, marked first sight.
    const card = join(bad, 'stranger.pingshen-keycard.json');
    writeFileSync(card, makeKeyCard({ expertName: '陌生人', organisation: '', privateKeyPkcs8: stranger.privateKeyPkcs8 }).bytes);
    const confirmed = merged('--keys', card, ...sheetFiles, strangerFile).report;
    expect(confirmed.refused).toEqual([]);
    expect(confirmed.counted.find((c) => c.expertId === 'expert-9')).toMatchObject({ firstSight: true });
  });

  it('one key card stands for one expert not on the roster: never for a roster id, never for two ids', () => {
    const dir = tempDir();
    const stranger = demoKey('stranger-2');
    const card = join(dir, 'stranger.pingshen-keycard.json');
    writeFileSync(card, makeKeyCard({ expertName: '陌生人', organisation: '', privateKeyPkcs8: stranger.privateKeyPkcs8 }).bytes);
    const as = (id: string, file: string) => {
      writeFileSync(join(dir, file), resign(sheetOf(sheetFiles[0]!), (s) => ({ ...s, expert: { ...s.expert, id, name: id } }), stranger).bytes);
      return join(dir, file);
    };
    const twice = merged('--keys', card, as('expert-9', 'a.pingshen-sheet.json'), as('expert-10', 'b.pingshen-sheet.json')).report;
    expect(twice.counted).toEqual([]);
    expect(twice.refused.map((r) => r.code)).toEqual(['key_reused', 'key_reused']);
    expect(twice.refused[0]!.reason).toContain('expert-10、expert-9');
    // A roster expert's id with the stranger's key: not enrolled, whatever card is given.
    const roster = merged('--keys', card, as('demo-expert-1', 'c.pingshen-sheet.json')).report;
    expect(roster.refused.map((r) => r.code)).toEqual(['key_not_enrolled']);
  });

  it('refuses a sheet that scores an application the package made the expert\'s own 回避', () => {
    const dir = tempDir();
    const third = sheetOf(join(out, 'demo-2026-anhui-demo-expert-3-v1.pingshen-sheet.json'));
    const recusedId = third.conflicts[0]!.submissionId;
    const sibling = third.submissions.find((x) => x.rubricId === third.submissions.at(-1)!.rubricId)!;
    const edited = resign(third, (s) => ({ ...s, conflicts: [], submissions: [...s.submissions, { ...sibling, submissionId: recusedId }] }));
    writeFileSync(join(dir, 'edited.pingshen-sheet.json'), edited.bytes);
    const { status, report } = merged(join(dir, 'edited.pingshen-sheet.json'));
    expect(status).toBe(1);
    expect(report.refused).toEqual([expect.objectContaining({ code: 'scored_recused', reason: expect.stringContaining(recusedId) })]);
  });

  it('counts an expert\'s newest version; two different sheets of one version are both refused, naming each other', () => {
    const dir = tempDir();
    const v1 = sheetOf(sheetFiles[0]!);
    const digestV1 = merged(sheetFiles[0]!).report.counted[0]!.digest;
    const v2 = resign(v1, (s) => raiseFirstScore({ ...s, version: 2, supersedes: digestV1 }));
    writeFileSync(join(dir, 'v2.pingshen-sheet.json'), v2.bytes);
    const { report } = merged(...sheetFiles, join(dir, 'v2.pingshen-sheet.json'));
    expect(report.superseded).toContainEqual({ file: sheetFiles[0], by: join(dir, 'v2.pingshen-sheet.json') });
    expect(report.counted.find((c) => c.expertId === 'demo-expert-1')).toMatchObject({ version: 2 });
    const first = report.categories.flatMap((c) => c.ranking).find((r) => r.submissionId === v1.submissions[0]!.submissionId)!;
    expect(first.experts.find((e) => e.expertId === 'demo-expert-1')!.total).toBe(v1.submissions[0]!.total - 1);
    // A second, different version 1 of the same expert: both refused, the rest still taken.
    const twin = join(dir, 'twin.pingshen-sheet.json');
    writeFileSync(twin, resign(v1, raiseFirstScore).bytes);
    const conflict = merged(sheetFiles[0]!, twin, sheetFiles[1]!);
    expect(conflict.status).toBe(1);
    expect(conflict.report.refused.map((r) => r.code)).toEqual(['version_conflict', 'version_conflict']);
    expect(conflict.report.counted.map((c) => c.expertId)).toEqual(['demo-expert-2']);
  });

  it('says what is wrong with the call: exit 2', () => {
    expect(pingshen('merge', ...sheetFiles)).toMatchObject({ status: 2, stderr: expect.stringContaining('缺少 --package') });
    expect(pingshen('merge', '--package', pkg)).toMatchObject({ status: 2, stderr: expect.stringContaining('缺少要合并的评分表') });
    expect(pingshen('merge', '--package', pkg, '--rule', 'max', ...sheetFiles)).toMatchObject({ status: 2, stderr: expect.stringContaining('--rule 只能是') });
  });
});
