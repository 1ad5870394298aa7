import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rootDir } from '../../support/corpus.ts';

// The project's own eslint.config.js, linting planted text as if it lived at a path in the tree:
// nothing is written into shared/ or renderer/, so a parallel `npm test` never sees the plant.
const eslint = new ESLint({ cwd: rootDir });

/** Lints `code` as the file `filePath` and returns eslint's stylish report and the error count. */
async function lintAs(filePath: string, code: string): Promise<{ errors: number; report: string; rules: (string | null)[] }> {
  const results = await eslint.lintText(code, { filePath });
  const formatter = await eslint.loadFormatter('stylish');
  const report = await formatter.format(results);
  return {
    errors: results.reduce((sum, r) => sum + r.errorCount, 0),
    report,
    rules: results.flatMap((r) => r.messages.map((m) => m.ruleId)),
  };
}

describe('lint: layering (DESIGN.md §3)', () => {
  it.each([
    ['shared/domain/planted.ts', "import { readFileSync } from 'node:fs';\nexport const planted = readFileSync;\n"],
    ['shared/programs/planted.ts', "import { readFileSync } from 'fs';\nexport const planted = readFileSync;\n"],
    ['renderer/src/planted.ts', "import 'electron';\nexport const planted = 1;\n"],
    ['renderer/src/features/merge/planted.tsx', "import { join } from 'node:path';\nexport const planted = join;\n"],
  ])('fails %s with a message naming the rule', async (filePath, code) => {
    const { errors, report, rules } = await lintAs(filePath, code);
    expect(errors).toBeGreaterThan(0);
    expect(rules).toContain('no-restricted-imports');
    expect(report).toContain('no-restricted-imports');
    expect(report).toContain('layering (DESIGN.md §3)');
  });

  it.each([
    ['renderer/src/features/roster/planted.tsx', "import { call } from '../../../api/client.ts';\nexport const planted = call;\n"],
    ['renderer/src/features/merge/planted-state.ts', "import { call } from '../../../api/client.ts';\nexport const planted = call;\n"],
    ['renderer/src/components/planted.tsx', "import { call } from '../../api/client.ts';\nexport const planted = call;\n"],
  ])('refuses the API client in %s: components render a store and dispatch to it', async (filePath, code) => {
    const { errors, report } = await lintAs(filePath, code);
    expect(errors).toBeGreaterThan(0);
    expect(report).toContain('only stores (and the reader');
    expect(report).toContain('layering (DESIGN.md §3)');
  });

  it.each([
    ['renderer/src/features/merge/planted-store.ts', "import { call } from '../../../api/client.ts';\nexport const planted = call;\n"],
    ['renderer/src/features/reader/ui/use-planted.ts', "import { call } from '../../../../api/client.ts';\nexport const planted = call;\n"],
  ])('lets %s call the API', async (filePath, code) => {
    const { errors, report } = await lintAs(filePath, code);
    expect(report).toBe('');
    expect(errors).toBe(0);
  });

  it.each([
    ['electron/services/sheets/planted.ts', "import { demoPackageDigest } from '../../demo/demo-digest.ts';\nexport const planted = demoPackageDigest;\n"],
    ['electron/services/planted.ts', "import { seedDemoReview } from '../demo/seed-demo-review.ts';\nexport const planted = seedDemoReview;\n"],
    ['electron/cli/commands/planted.ts', "export const planted = () => import('../../../services/demo/load-demo-review.ts');\n"],
    ['electron/main/planted.ts', "import { demoKey } from '../../services/demo/demo-experts.ts';\nexport const planted = demoKey;\n"],
  ])('keeps the demo a leaf: %s may not import electron/services/demo/', async (filePath, code) => {
    const { errors, report } = await lintAs(filePath, code);
    expect(errors).toBeGreaterThan(0);
    expect(report).toContain('only the start-up seeding');
  });

  it.each([
    ['electron/services/app-services.ts', "import { seedDemoReview } from '../demo/seed-demo-review.ts';\nexport const planted = seedDemoReview;\n"],
    ['electron/cli/commands/demo-command.ts', "export const planted = () => import('../../../services/demo/write-demo-files.ts');\n"],
    ['electron/services/demo/planted.ts', "import { loadDemoReview } from '../load-demo-review.ts';\nexport const planted = loadDemoReview;\n"],
  ])('lets %s reach the demo', async (filePath, code) => {
    const { errors, report } = await lintAs(filePath, code);
    expect(report).toBe('');
    expect(errors).toBe(0);
  });

  it('still refuses Node built-ins in a store, where the client is allowed', async () => {
    const { errors, report } = await lintAs('renderer/src/features/merge/planted-store.ts', "import { join } from 'node:path';\nexport const planted = join;\n");
    expect(errors).toBeGreaterThan(0);
    expect(report).toContain('renderer/ is DOM only');
  });

  it('lets the Node side use what shared/ and renderer/ may not', async () => {
    const { errors, report } = await lintAs('electron/services/planted.ts', "import { readFileSync } from 'node:fs';\nexport const planted = readFileSync;\n");
    expect(report).toBe('');
    expect(errors).toBe(0);
  });
});
