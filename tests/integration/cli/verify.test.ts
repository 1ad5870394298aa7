import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootDir } from '../../support/corpus.ts';
import { edited, sign, signedChain, testKeys, unsignedSheet } from '../../support/sheet-fixture.ts';
import { useTempDirs } from '../../support/temp-dir.ts';

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
      `OK  ${v1.fileName}  (专家 李明, 第 1 版, 指纹 ${fingerprint ?? ''}) — 已被第 2 版取代（${v2.fileName}）`,
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

  it('refuses a huge file without reading it, and a truncated one as not JSON; exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.json'), Buffer.alloc(6 * 1024 * 1024, 0x20));
    // Sparse, 3 GiB: had the CLI read it, Node would have refused (files over 2 GiB) and the code would be 'unreadable'.
    writeFileSync(join(dir, 'sparse.json'), '');
    truncateSync(join(dir, 'sparse.json'), 3 * 1024 ** 3);
    const { v2 } = writeSheets(dir);
    writeFileSync(join(dir, 'truncated.json'), v2.bytes.subarray(0, 1000));
    const run = pingshen(['verify', '--json', 'huge.json', 'sparse.json', 'truncated.json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ ok: false, code: 'too_large' }),
      expect.objectContaining({ ok: false, code: 'too_large', message: expect.stringContaining('3072.0 MB') }),
      expect.objectContaining({ ok: false, code: 'not_json' }),
    ]);
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

/** v1 and v2 of one expert under their own names, another v1 of that expert and a v2 that supersedes neither. */
function writeChain(dir: string) {
  const keys = testKeys();
  const { v1, v2 } = signedChain(keys);
  const otherV1 = sign(keys, unsignedSheet(keys, { createdAt: '2026-06-01T09:30:00.000Z' }));
  const strayV2 = sign(keys, unsignedSheet(keys, { version: 2, supersedes: 'cd'.repeat(32), createdAt: '2026-06-01T10:30:00.000Z' }));
  const files = { v1: v1.fileName, v2: v2.fileName, otherV1: 'other-v1.pingshen-sheet.json', strayV2: 'stray-v2.pingshen-sheet.json', copyV1: 'copy-of-v1.pingshen-sheet.json' };
  writeFileSync(join(dir, files.v1), v1.bytes);
  writeFileSync(join(dir, files.v2), v2.bytes);
  writeFileSync(join(dir, files.otherV1), otherV1.bytes);
  writeFileSync(join(dir, files.strayV2), strayV2.bytes);
  writeFileSync(join(dir, files.copyV1), v1.bytes);
  return { v1, v2, otherV1, strayV2, files };
}

const lines = (stdout: string) => stdout.trimEnd().split('\n');

describe('pingshen verify: the version chain across the files given', () => {
  it('an older version after a newer one (or before it) is OK and superseded; exit 0', () => {
    const dir = tempDir();
    const { files } = writeChain(dir);
    for (const order of [[files.v2, files.v1], [files.v1, files.v2]]) {
      const run = pingshen(['verify', ...order], dir);
      expect(run.code).toBe(0);
      const byFile = new Map(lines(run.stdout).map((line) => [line.split('  ')[1], line]));
      expect(byFile.get(files.v1)).toMatch(new RegExp(`^OK {2}${files.v1} {2}\\(专家 李明, 第 1 版, 指纹 [0-9a-f ]{39}\\) — 已被第 2 版取代（${files.v2}）$`, 'u'));
      expect(byFile.get(files.v2)).toMatch(/^OK {2}\S+ {2}\(专家 李明, 第 2 版, 指纹 [0-9a-f ]{39}\)$/u);
    }
  });

  it('two different version 1 sheets of one expert both FAIL, each naming the other; the v2 that supersedes one of them stays OK; exit 1', () => {
    const dir = tempDir();
    const { files } = writeChain(dir);
    const run = pingshen(['verify', files.v1, files.otherV1, files.v2], dir);
    expect(run.code).toBe(1);
    const [first, second, third] = lines(run.stdout);
    expect(first).toMatch(new RegExp(`^FAIL {2}${files.v1} {2}专家「李明」的第 1 版已有另一份内容不同的评分表「${files.otherV1}」（摘要 [0-9a-f]{12}…）；请与专家确认哪一份有效$`, 'u'));
    expect(second).toMatch(new RegExp(`^FAIL {2}${files.otherV1} {2}专家「李明」的第 1 版已有另一份内容不同的评分表「${files.v1}」`, 'u'));
    expect(third).toMatch(new RegExp(`^OK {2}${files.v2} {2}\\(专家 李明, 第 2 版, 指纹 [0-9a-f ]{39}\\)$`, 'u'));
  });

  it('a version 2 whose supersedes is not the version 1 given: both FAIL with the reason; exit 1', () => {
    const dir = tempDir();
    const { files, v1 } = writeChain(dir);
    const run = pingshen(['verify', files.strayV2, files.v1], dir);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `FAIL  ${files.strayV2}  专家「李明」的第 2 版声明取代的版本（摘要 ${'cd'.repeat(6)}…）与第 1 版「${files.v1}」（摘要 ${v1.digest.slice(0, 12)}…）不符`,
      expect.stringMatching(new RegExp(`^FAIL {2}${files.v1} {2}专家「李明」的第 2 版「${files.strayV2}」取代的不是本评分表（第 1 版，摘要 ${v1.digest.slice(0, 12)}…）$`, 'u')),
    ]);
    // Its version 1 not among the files, the stray v2 verifies on its own.
    expect(pingshen(['verify', files.strayV2], dir).code).toBe(0);
  });

  it('the same sheet twice (the same file, or a copy) is OK, reported as a duplicate; exit 0', () => {
    const dir = tempDir();
    const { files } = writeChain(dir);
    const run = pingshen(['verify', files.v1, files.copyV1, files.v1], dir);
    expect(run.code).toBe(0);
    const [first, copy, again] = lines(run.stdout);
    expect(first).toMatch(/^OK {2}\S+ {2}\(专家 李明, 第 1 版, 指纹 [0-9a-f ]{39}\)$/u);
    expect(copy).toMatch(new RegExp(`^OK {2}${files.copyV1} {2}\\(.*\\) — 与 ${files.v1} 是同一份评分表（重复）$`, 'u'));
    expect(again).toMatch(new RegExp(`^OK {2}${files.v1} {2}\\(.*\\) — 重复列出的同一文件$`, 'u'));
    // With v2 as well, both copies of v1 are superseded.
    const withV2 = pingshen(['verify', files.copyV1, files.v2, files.v1], dir);
    expect(withV2.code).toBe(0);
    expect(lines(withV2.stdout)[2]).toMatch(new RegExp(`— 与 ${files.copyV1} 是同一份评分表（重复）；已被第 2 版取代（${files.v2}）$`, 'u'));
  });

  it('only files that verify count: a tampered v2 neither supersedes v1 nor conflicts with the real v2', () => {
    const dir = tempDir();
    const { files } = writeChain(dir);
    writeFileSync(join(dir, 'tampered-v2.json'), edited(readFileSync(join(dir, files.v2)), (s) => (s.submissions[0].total = 30)));
    const run = pingshen(['verify', 'tampered-v2.json', files.v1], dir);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual(['FAIL  tampered-v2.json  签名无效：评分表在签名后被改动过，或签名已损坏', expect.stringMatching(/第 1 版, 指纹 [0-9a-f ]{39}\)$/u)]);
  });

  it('--json: superseded, supersededBy, duplicateOf, and the chain failures with the sheet they concern', () => {
    const dir = tempDir();
    const { files, v1, v2, otherV1 } = writeChain(dir);
    const run = pingshen(['verify', '--json', files.v2, files.v1, files.copyV1], dir);
    expect(run.code).toBe(0);
    const supersededBy = { file: files.v2, version: 2, digest: v2.digest };
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ file: files.v2, ok: true, version: 2, superseded: false, digest: v2.digest }),
      expect.objectContaining({ file: files.v1, ok: true, version: 1, superseded: true, supersededBy, digest: v1.digest }),
      expect.objectContaining({ file: files.copyV1, ok: true, version: 1, superseded: true, supersededBy, duplicateOf: files.v1, digest: v1.digest }),
    ]);
    const reports = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(reports[0]).not.toHaveProperty('supersededBy');
    expect(reports[0]).not.toHaveProperty('duplicateOf');
    expect(reports[1]).not.toHaveProperty('duplicateOf');

    const conflict = pingshen(['verify', '--json', files.otherV1, files.v1], dir);
    expect(conflict.code).toBe(1);
    const expert = { id: 'expert-li', name: '李明', organisation: '某职业技术学院' };
    expect(JSON.parse(conflict.stdout)).toEqual([
      { file: files.otherV1, ok: false, code: 'version_conflict', message: expect.stringContaining(`「${files.v1}」`), expert, reviewId: 'review-2026', version: 1, fingerprint: expect.any(String), digest: otherV1.digest },
      { file: files.v1, ok: false, code: 'version_conflict', message: expect.stringContaining(`「${files.otherV1}」`), expert, reviewId: 'review-2026', version: 1, fingerprint: expect.any(String), digest: v1.digest },
    ]);
  });
});
