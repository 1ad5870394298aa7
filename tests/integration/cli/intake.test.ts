// `pingshen intake`: a drop imported into a throw-away profile through the app's own intake, as a
// user or an auditor's script runs it: the JSON shape of issue 11 §5, exit codes, aliases.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntakeReportJson } from '../../../electron/services/intake/intake-report.ts';
import { craftZip, storedEntry } from '../../support/craft-zip.ts';
import { rootDir } from '../../support/corpus.ts';
import { coverText, writeSummaryFixture, writeTestPdf } from '../../support/intake-fixtures.ts';
import { useTempDirs } from '../../support/temp-dir.ts';

const tempDir = useTempDirs();

function pingshen(...args: string[]) {
  return spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'intake', ...args], { encoding: 'utf8', timeout: 120_000 });
}

describe('pingshen intake', () => {
  it('prints applicants, files (relative paths, zip entries as <zip>/<entry>), roles, sha256 and refused, as issue 11 §5 fixes', async () => {
    const root = tempDir();
    const drop = join(root, '材料');
    mkdirSync(join(drop, '青岚职业技术学院'), { recursive: true });
    writeFileSync(join(drop, '青岚职业技术学院', '申报书.pdf'), await writeTestPdf({ pages: [coverText('青岚职业技术学院', '人工智能')] }));
    writeFileSync(join(drop, '汇总表.xlsx'), await writeSummaryFixture([{ school: '青岚职业技术学院', field: '人工智能', type: '省高水平高职学校建设单位', partners: '甲公司', figures: [4] }, { school: '松岩职院', field: '人工智能', type: '', partners: '', figures: [3] }]));
    const zip = join(root, '松岩.zip');
    writeFileSync(zip, craftZip([storedEntry('申报书.pdf', await writeTestPdf({ pages: [coverText('松岩职业学院', '人工智能')] }))]));
    const slip = join(root, 'slip.zip');
    writeFileSync(slip, craftZip([storedEntry('../x.pdf', 'x')]));
    const aliases = join(root, 'aliases.txt');
    writeFileSync(aliases, '# 简称,全称\n松岩职院,松岩职业学院\n松岩,松岩职业学院\n');

    const run = pingshen('--program', 'anhui-2026-high-skill-clusters', '--deadline', '2026-05-25', '--aliases', aliases, drop, zip, slip, '--json');
    expect(run.stderr).toBe('');
    // No stamped PDFs were sent: the formal check fails materials.missing, and the exit code says so.
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as IntakeReportJson;
    expect(Object.keys(report)).toEqual(['applicants', 'refused']);
    const qinglan = report.applicants.find((a) => a.name === '青岚职业技术学院')!;
    expect(qinglan.category).toBe('ai');
    // A folder beside other paths is led by its name.
    expect(qinglan.files.map((f) => [f.path, f.role])).toEqual(expect.arrayContaining([['材料/青岚职业技术学院/申报书.pdf', 'application'], ['材料/汇总表.xlsx', 'summary']]));
    expect(qinglan.files.every((f) => /^[0-9a-f]{64}$/u.test(f.sha256))).toBe(true);
    const songyan = report.applicants.find((a) => a.name === '松岩职业学院')!;
    expect(songyan.files.map((f) => f.path)).toEqual(expect.arrayContaining(['松岩.zip/申报书.pdf', '材料/汇总表.xlsx']));
    expect(report.applicants).toHaveLength(2);
    expect(Object.keys(qinglan)).toEqual(['name', 'category', 'files', 'results']);
    expect(report.refused).toEqual([{ path: 'slip.zip', reason: expect.stringContaining('文件夹之外') }]);
    // The app's formal check ran on what was stored: each of the program's rules once, with its reason.
    const rules = qinglan.results.filter((r) => r.rule !== 'intake.ambiguous').map((r) => r.rule);
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules).toEqual(expect.arrayContaining(['materials.missing', 'deadline.late', 'floors.below', 'applications.duplicate']));
    expect(qinglan.results.find((r) => r.rule === 'materials.missing')).toMatchObject({ result: 'fail', reason: expect.stringContaining('加盖公章 PDF 版') });
  }, 120_000);

  it('reports what the app would ask as intake.ambiguous and settles it with the default; text output in Chinese', async () => {
    const root = tempDir();
    const drop = join(root, 'x');
    mkdirSync(join(drop, '甲职业学院'), { recursive: true });
    mkdirSync(join(drop, '乙职业学院'), { recursive: true });
    writeFileSync(join(drop, '甲职业学院', '申报书.pdf'), await writeTestPdf({ pages: ['申报书'] }));
    writeFileSync(join(drop, '乙职业学院', '申报书.pdf'), await writeTestPdf({ pages: ['申报书 乙'] }));
    writeFileSync(join(drop, '说明.pdf'), await writeTestPdf({ pages: ['说明'] }));
    const json = JSON.parse(pingshen('--program', 'anhui-2026-high-skill-clusters', drop, '--json').stdout) as IntakeReportJson;
    expect(json.applicants.map((a) => [a.name, a.category]).sort()).toEqual([['乙职业学院', 'smart-ev'], ['甲职业学院', 'smart-ev']]);
    expect(json.applicants.find((a) => a.name === '甲职业学院')?.results).toEqual(expect.arrayContaining([{ rule: 'intake.ambiguous', result: 'warn', reason: expect.stringContaining('领域') }]));
    expect(json.refused).toEqual([{ path: '说明.pdf', reason: expect.stringContaining('未导入') }]);
    const text = pingshen('--program', 'anhui-2026-high-skill-clusters', drop);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('[fail] materials.missing');
    expect(text.stdout).toContain('甲职业学院（智能网联新能源汽车）');
    expect(text.stdout).toContain('[warn] intake.ambiguous');
  }, 120_000);

  it('exits 2 on bad usage, naming what is wrong', () => {
    const dir = tempDir();
    expect(pingshen(dir).status).toBe(2);
    expect(pingshen('--program', 'anhui-2026-high-skill-clusters').stderr).toContain('缺少要导入的申报材料');
    const unknown = pingshen('--program', 'no-such-program', dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('没有评审方案');
    expect(pingshen('--program', 'anhui-2026-high-skill-clusters', '--deadline', '25/05/2026', dir).status).toBe(2);
    expect(pingshen('--program', 'anhui-2026-high-skill-clusters', join(dir, 'missing')).stderr).toContain('找不到');
  }, 120_000);
});
