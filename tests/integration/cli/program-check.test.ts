import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRubricXlsx } from '../../../electron/services/programs/export-rubric-xlsx.ts';
import { rootDir } from '../../support/corpus.ts';
import { minimalProgram, sampleRubric } from '../../support/rubric-fixture.ts';
import { useTempDirs } from '../../support/temp-dir.ts';
import { writeRawXlsx } from '../../support/write-raw-xlsx.ts';

const tempDir = useTempDirs();
const bin = join(rootDir, 'bin', 'pingshen.mjs');

function pingshen(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, PINGSHEN_DEBUG: '' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A good program file: a shipped template where there is one, else the test fixture's minimal program. */
function goodProgram(dir: string): string {
  const templates = join(rootDir, 'resources', 'programs');
  const template = existsSync(templates) ? readdirSync(templates).find((name) => name.endsWith('.json')) : undefined;
  if (template) return join(templates, template);
  const file = join(dir, 'program.json');
  writeFileSync(file, JSON.stringify(minimalProgram()));
  return file;
}

/** A 评分细则 whose second criterion's points cell says 十分. */
async function badWorkbook(dir: string): Promise<string> {
  const file = join(dir, '评分细则.xlsx');
  const bytes = await writeRawXlsx([
    {
      name: '评分细则',
      rows: [
        ['一级指标', '分值', '二级指标', '分值', '评分要点', '评分档次'],
        ['建设基础', 20, '产业对接', 10, '', '优 9-10；良 7-8；中 5-6；差 0-4'],
        [null, null, '师资队伍', '十分', '', '优 9-10；良 7-8；中 5-6；差 0-4'],
      ],
      merges: ['A2:A3', 'B2:B3'],
    },
  ]);
  writeFileSync(file, bytes);
  return file;
}

describe('pingshen program check', () => {
  it('prints OK for a good program and each problem of a bad sheet with its cell; exit 1', async () => {
    const dir = tempDir();
    const good = goodProgram(dir);
    await badWorkbook(dir);
    const run = pingshen(['program', 'check', good, '评分细则.xlsx', 'missing.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `OK  ${good}`,
      '评分细则.xlsx: 评分细则!D3 — 分值「十分」不是数字',
      'missing.json: 文件不存在',
    ]);
  });

  it('prints a JSON array of { file, ok, issues } with --json', async () => {
    const dir = tempDir();
    const good = goodProgram(dir);
    await badWorkbook(dir);
    const run = pingshen(['program', 'check', '--json', good, '评分细则.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: good, ok: true, issues: [], warnings: [] },
      { file: '评分细则.xlsx', ok: false, issues: [{ path: '评分细则!D3', message: '分值「十分」不是数字' }], warnings: [] },
    ]);
  });

  it('reports schema problems of a program file with their dotted paths', () => {
    const dir = tempDir();
    const program = minimalProgram();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...program, rubrics: [{ ...sampleRubric(), totalPoints: 30 }] }));
    writeFileSync(join(dir, 'broken.json'), '{ "format": ');
    const run = pingshen(['program', 'check', 'bad.json', 'broken.json'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^bad\.json: rubrics\.0\.totalPoints — .*总分为 30/u);
    expect(lines[1]).toMatch(/^broken\.json: 不是有效的 JSON：/u);
  });

  it('exits 0 when every file is good, including an exported workbook', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rubric.xlsx'), await exportRubricXlsx(sampleRubric()));
    const run = pingshen(['program', 'check', goodProgram(dir), 'rubric.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`OK  ${goodProgram(dir)}\nOK  rubric.xlsx\n`);
  });

  it('exits 2 with the usage for no files, an unknown option or an unknown subcommand', () => {
    const dir = tempDir();
    for (const args of [['program', 'check'], ['program', 'check', '--strict', 'a.json'], ['program', 'lint', 'a.json']]) {
      const run = pingshen(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('用法: pingshen program check');
    }
  });
});
