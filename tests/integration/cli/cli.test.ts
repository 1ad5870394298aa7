import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootDir } from '../../support/corpus.ts';
import { useTempDirs } from '../../support/temp-dir.ts';

const tempDir = useTempDirs();
const bin = join(rootDir, 'bin', 'pingshen.mjs');
const version = (JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the launcher the way a user would, from an unrelated working folder. */
function pingshen(args: string[], options: { node?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(options.node ?? process.execPath, [bin, ...args], {
    cwd: options.cwd ?? tempDir(),
    encoding: 'utf8',
    env: { ...process.env, PINGSHEN_DEBUG: '', ...options.env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A system Node older than 22.18 (the build machines have Node 20), or null. */
function oldSystemNode(): string | null {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const v = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    const [major = 0, minor = 0] = v.split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 18)) return candidate;
  }
  return null;
}

describe('pingshen command line', () => {
  it('prints its version from package.json', () => {
    const run = pingshen(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `pingshen ${version}\n` });
  });

  it('prints help listing the demo command', () => {
    const run = pingshen(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法: pingshen <命令>');
    expect(run.stdout).toMatch(/^ {2}demo {2}/mu);
  });

  it('writes the demo files and summarises what it wrote', () => {
    const out = join(tempDir(), 'demo');
    const run = pingshen(['demo', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of ['review.json', '汇总表/申报信息汇总表.xlsx', '01-青岚职业技术学院/申报书.pdf', '06-望川职业技术学院/佐证材料.pdf']) {
      expect(existsSync(join(out, file)), file).toBe(true);
      expect(run.stdout).toContain(file);
    }
    expect(run.stdout).toMatch(/3 个领域、6 份申报，共 14 个文件/u);
  });

  it('refuses to write into a non-empty folder without --force, in one Chinese line', () => {
    const out = tempDir();
    expect(pingshen(['demo', '--out', out]).code).toBe(0);
    const again = pingshen(['demo', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('已存在且不为空');
    expect(pingshen(['demo', '--out', out, '--force']).code).toBe(0);
  });

  it('answers an unknown command with the usage and exit code 2', () => {
    const run = pingshen(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未知命令或选项：frobnicate');
    expect(run.stderr).toContain('用法: pingshen <命令>');
  });

  it('explains a missing --out in Chinese, without a stack trace', () => {
    const run = pingshen(['demo']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('缺少 --out');
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/u);
    expect(run.stderr).not.toMatch(/Error:/u);
  });

  it('shows the stack only when PINGSHEN_DEBUG=1', () => {
    const out = tempDir();
    pingshen(['demo', '--out', out]);
    const quiet = pingshen(['demo', '--out', out]);
    const debug = pingshen(['demo', '--out', out], { env: { PINGSHEN_DEBUG: '1' } });
    expect(quiet.stderr).not.toMatch(/\n\s+at /u);
    expect(debug.stderr).toMatch(/\n\s+at .*write-demo-files\.ts/u);
  });

  it.skipIf(oldSystemNode() === null)('hands over from an old system Node to the toolchain Node', () => {
    const run = pingshen(['--version'], { node: oldSystemNode()! });
    expect(run).toMatchObject({ code: existsSync(join(rootDir, '.toolchain')) ? 0 : 1 });
    if (run.code === 0) expect(run.stdout).toBe(`pingshen ${version}\n`);
    else expect(run.stderr).toContain('npm run setup');
  });
});
