// `pingshen demo` also writes a signed package and the seven demo experts' signed sheets: verifiable by the CLI alone,
// and, with the package, against its digest, its enrolled keys and the rubric.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoKey } from '../../../electron/services/demo/demo-experts.ts';
import { openReviewPackage } from '../../../electron/services/packages/open-package.ts';
import { nodeCrypto } from '../../../electron/services/crypto/node-crypto.ts';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import { verifySheet } from '../../../shared/sheets/verify-sheet.ts';
import { rootDir } from '../../support/corpus.ts';
import { useTempDirs } from '../../support/temp-dir.ts';

const tempDir = useTempDirs();

describe('pingshen demo: signed package and sheets', () => {
  it('writes demo.pingshen-pkg and the seven experts\' sheets (one amended to version 2) that `pingshen verify` accepts, each naming the package', async () => {
    const out = join(tempDir(), 'demo');
    const run = spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'demo', '--out', out], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('demo.pingshen-pkg');
    const sheets = readdirSync(out).filter((f) => f.endsWith('.pingshen-sheet.json')).sort();
    const expected = [1, 2, 3, 4, 5, 6, 7].flatMap((n) => [`demo-2026-anhui-demo-expert-${String(n)}-v1.pingshen-sheet.json`, ...(n === 2 ? ['demo-2026-anhui-demo-expert-2-v2.pingshen-sheet.json'] : [])]);
    expect(sheets).toEqual(expected);
    const verify = spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'verify', ...sheets.map((f) => join(out, f))], { encoding: 'utf8' });
    expect(verify.status).toBe(0);
    expect(verify.stdout.trimEnd().split('\n').every((line) => line.startsWith('OK  '))).toBe(true);

    const opened = await openReviewPackage({ file: join(out, 'demo.pingshen-pkg'), crypto: nodeCrypto });
    expect(opened.manifest.coordinator.publicKey).toBe(demoKey('coordinator').publicKey);
    const { program, submissions, experts } = opened.manifest;
    const rubrics = new Map<string, Rubric>(submissions.map((s) => [s.id, program.rubrics.find((r) => r.id === program.categories.find((c) => c.id === s.fieldId)?.rubricId)!]));
    const enrolledKeys = new Map(experts.map((e) => [e.id, e.publicKey ?? '']));
    for (const file of sheets) {
      const result = verifySheet({ bytes: readFileSync(join(out, file)), crypto: nodeCrypto, context: { enrolledKeys, reviewId: 'demo-2026-anhui', packageDigest: opened.digest, rubrics } });
      expect(result).toMatchObject({ ok: true });
    }
    // --json, with one changed score among the demo sheets: eight OK (version 1 of expert 2 superseded), one bad signature, exit 1.
    const tampered = join(out, 'tampered.pingshen-sheet.json');
    writeFileSync(tampered, readFileSync(join(out, sheets[0]!), 'utf8').replace(/"score":(\d+)/, (_m, n: string) => `"score":${String(Number(n) + 1)}`));
    const json = spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'verify', '--json', ...sheets.map((f) => join(out, f)), tampered], { encoding: 'utf8' });
    expect(json.status).toBe(1);
    const reports = JSON.parse(json.stdout) as { ok: boolean; code?: string; reviewId?: string; expert?: { id: string }; superseded?: boolean }[];
    expect(reports.map((r) => r.ok)).toEqual([...expected.map(() => true), false]);
    expect(reports.slice(0, 3).map((r) => [r.reviewId, r.expert?.id, r.superseded])).toEqual([
      ['demo-2026-anhui', 'demo-expert-1', false],
      ['demo-2026-anhui', 'demo-expert-2', true],
      ['demo-2026-anhui', 'demo-expert-2', false],
    ]);
    expect(reports.at(-1)).toMatchObject({ code: 'bad_signature' });
    const third = JSON.parse(readFileSync(join(out, 'demo-2026-anhui-demo-expert-3-v1.pingshen-sheet.json'), 'utf8')) as { conflicts: unknown[]; submissions: unknown[] };
    expect(third.conflicts).toHaveLength(1);
    expect(third.submissions).toHaveLength(5);
  });
});
