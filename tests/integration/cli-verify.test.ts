import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootDir } from '../support/corpus.ts';
import { edited, signedChain, testKeys } from '../support/sheet-fixture.ts';
import { useTempDirs } from '../support/temp-dir.ts';

const tempDir = useTempDirs();
const bin = join(rootDir, 'bin', 'pingshen.mjs');

function pingshen(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, PINGSHEN_DEBUG: '' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes v1 and v2 of a sheet under their own names and a tampered copy of v2. */
function writeSheets(dir: string) {
  const { v1, v2 } = signedChain(testKeys());
  writeFileSync(join(dir, v1.fileName), v1.bytes);
  writeFileSync(join(dir, v2.fileName), v2.bytes);
  writeFileSync(join(dir, 'tampered.pingshen-sheet.json'), edited(v2.bytes, (s) => (s.submissions[0].total = 30)));
  return { v1, v2 };
}

describe('pingshen verify', () => {
  it('prints OK with expert, version and fingerprint for each good sheet; exit 0', () => {
    const dir = tempDir();
    const { v1, v2 } = writeSheets(dir);
    const run = pingshen(['verify', v1.fileName, v2.fileName], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const fingerprint = /指纹 ((?:[0-9a-f]{4} ){7}[0-9a-f]{4})\)/u.exec(run.stdout)?.[1];
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `OK  ${v1.fileName}  (专家 李明, 第 1 版, 指纹 ${fingerprint ?? ''})`,
      `OK  ${v2.fileName}  (专家 李明, 第 2 版, 指纹 ${fingerprint ?? ''})`,
    ]);
  });

  it('prints FAIL with the reason for tampered, missing and non-sheet files; exit 1', () => {
    const dir = tempDir();
    const { v2 } = writeSheets(dir);
    writeFileSync(join(dir, 'notes.json'), '{"hello": 1}');
    mkdirSync(join(dir, 'folder'));
    const run = pingshen(['verify', v2.fileName, 'tampered.pingshen-sheet.json', 'missing.json', 'notes.json', 'folder'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^OK {2}/u);
    expect(lines.slice(1)).toEqual([
      'FAIL  tampered.pingshen-sheet.json  签名无效：评分表在签名后被改动过，或签名已损坏',
      'FAIL  missing.json  文件不存在',
      'FAIL  notes.json  这不是评分表文件（缺少 format 字段）',
      'FAIL  folder  这是文件夹，不是文件',
    ]);
  });

  it('--json gives one object per file', () => {
    const dir = tempDir();
    const { v2 } = writeSheets(dir);
    const run = pingshen(['verify', '--json', v2.fileName, 'tampered.pingshen-sheet.json'], dir);
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(reports).toEqual([
      expect.objectContaining({ file: v2.fileName, ok: true, version: 2, reviewId: 'review-2026', digest: v2.digest, expert: expect.objectContaining({ id: 'expert-li', name: '李明' }) }),
      { file: 'tampered.pingshen-sheet.json', ok: false, code: 'bad_signature', message: expect.any(String) },
    ]);
  });

  it('refuses a huge file without reading it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.json'), Buffer.alloc(6 * 1024 * 1024, 0x20));
    const run = pingshen(['verify', '--json', 'huge.json'], dir);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ ok: false, code: 'too_large' })]);
  });

  it('usage errors exit 2 with the usage', () => {
    const dir = tempDir();
    for (const args of [['verify'], ['verify', '--pretty', 'a.json']]) {
      const run = pingshen(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('用法: pingshen verify');
    }
    expect(pingshen(['--help'], dir).stdout).toMatch(/^ {2}verify {2}/mu);
  });
});
