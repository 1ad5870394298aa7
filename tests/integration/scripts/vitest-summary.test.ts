import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootDir } from '../../support/corpus.ts';
import { useTempDirs } from '../../support/temp-dir.ts';

const tempDir = useTempDirs();

/**
 * Runs scripts/vitest-summary.mjs on a throw-away project made of `files` (test files using
 * vitest's globals), with its report in the same folder so the real tests/artifacts report is
 * never touched. `files` may replace the config; `staleReport` leaves a green report from "an earlier run".
 */
function summarise(files: Record<string, string>, staleReport = false) {
  const dir = tempDir();
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { globals: true, include: ['*.test.mjs'] } };\n");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const report = join(dir, 'report.json');
  if (staleReport) writeFileSync(report, JSON.stringify({ numTotalTests: 9, numPassedTests: 9, numFailedTests: 0, testResults: [] }));
  // Without the parent run's VITEST* variables the child is a plain top-level run.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const run = spawnSync(
    process.execPath,
    [join(rootDir, 'scripts', 'vitest-summary.mjs'), '--root', dir, '--config', join(dir, 'vitest.config.mjs')],
    { cwd: rootDir, encoding: 'utf8', env: { ...env, PINGSHEN_VITEST_REPORT: report, NO_COLOR: '1' }, timeout: 60_000 },
  );
  const line = run.stdout.split('\n').filter((l) => l.startsWith('tests: ')).at(-1) ?? '';
  return { code: run.status, line, stderr: run.stderr, report };
}

const passing = "it('passes', () => expect(1).toBe(1));\nit.skip('is skipped', () => {});\n";

describe('vitest-summary script', () => {
  it('prints the plain counts and exits 0 when everything passes', () => {
    const run = summarise({ 'a.test.mjs': passing });
    expect(run.line).toBe('tests: 1 passed, 0 failed, 1 skipped');
    expect(run.code).toBe(0);
    expect(existsSync(run.report)).toBe(true);
  });

  it('counts a file whose beforeAll throws as a failed file, not as green skips', () => {
    const run = summarise({
      'a.test.mjs': passing,
      'b.test.mjs': "describe('needs Chromium', () => {\n  beforeAll(() => { throw new Error('未找到 Chromium'); });\n  it('one', () => {});\n  it('two', () => {});\n});\n",
    });
    expect(run.line).toBe('tests: 1 passed, 0 failed, 3 skipped, 1 file failed');
    expect(run.stderr).toContain('未通过的测试文件');
    expect(run.stderr).toContain('b.test.mjs');
    expect(run.code).toBe(1);
  });

  it('counts files that fail on import, and failing tests as failed', () => {
    const run = summarise({
      'a.test.mjs': "throw new Error('cannot load');\n",
      'b.test.mjs': "it('fails', () => expect(1).toBe(2));\n",
    });
    expect(run.line).toBe('tests: 0 passed, 1 failed, 0 skipped, 2 files failed');
    expect(run.stderr).toContain('a.test.mjs — cannot load');
    expect(run.code).toBe(1);
  });

  it('says so when vitest fails on an error outside any test', () => {
    const run = summarise({
      'a.test.mjs': "it('leaks', () => { setTimeout(() => { throw new Error('late'); }, 0); });\nit('waits', () => new Promise((r) => setTimeout(r, 50)));\n",
    });
    expect(run.line).toBe('tests: 2 passed, 0 failed, 0 skipped, vitest exited 1 (errors outside tests, see above)');
    expect(run.code).toBe(1);
  });

  it('never reads a report left by an earlier run', () => {
    // A config that throws: vitest stops before writing any report.
    const run = summarise({ 'vitest.config.mjs': "throw new Error('broken config');\n" }, true);
    expect(run.line).toBe('');
    expect(run.stderr).toContain('vitest 未写出测试报告');
    expect(run.code).toBe(1);
  });
});
