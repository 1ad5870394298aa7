import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { demoReviewSchema } from '../../../shared/domain/demo-review.ts';
import type { DemoReview } from '../../../shared/domain/demo-review.ts';
import { outcomeFloorsSchema } from '../../../shared/domain/outcome-floor.ts';
import type { OutcomeFloor } from '../../../shared/domain/outcome-floor.ts';
import { defaultResourcesDir } from '../resources-dir.ts';

/** Formats schema issues as one Chinese line: "path：message；path：message". */
export function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => `${issue.path.map(String).join('.') || '(根)'}：${issue.message}`);
  const more = error.issues.length > limit ? `；另有 ${error.issues.length - limit} 处问题` : '';
  return lines.join('；') + more;
}

function readJsonResource<T>(file: string, schema: z.ZodType<T>, what: string): T {
  const shown = relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `不是有效的 JSON (${(error as Error).message})`;
    throw new Error(`${what} ${shown} 无法读取：${reason}`, { cause: error });
  }
  const parsed = schema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) throw new Error(`${what} ${shown} 无效：${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Reads the outcome floors of 001 §四 from resources/demo/outcome-floors.json. */
export function loadOutcomeFloors(resourcesDir: string = defaultResourcesDir()): OutcomeFloor[] {
  return readJsonResource(join(resourcesDir, 'demo', 'outcome-floors.json'), outcomeFloorsSchema, '成效指标');
}

/** Checks that every application commits a figure for each floor and names no unknown one. */
export function checkDemoFigures(demo: DemoReview, floors: readonly OutcomeFloor[]): string[] {
  const ids = new Set(floors.map((f) => f.id));
  return demo.applications.flatMap((a) => [
    ...floors.filter((f) => a.figures[f.id] === undefined).map((f) => `申报 ${a.submissionId} 缺少指标 ${f.id}（${f.label}）`),
    ...Object.keys(a.figures)
      .filter((id) => !ids.has(id))
      .map((id) => `申报 ${a.submissionId} 的指标 ${id} 不在成效指标清单中`),
  ]);
}

/** Reads and validates resources/demo/demo-review.json (and its figures against the floors). */
export function loadDemoReview(resourcesDir: string = defaultResourcesDir()): DemoReview {
  const file = join(resourcesDir, 'demo', 'demo-review.json');
  const demo = readJsonResource(file, demoReviewSchema, '演示数据');
  const problems = checkDemoFigures(demo, loadOutcomeFloors(resourcesDir));
  if (problems.length > 0) throw new Error(`演示数据 ${relative(process.cwd(), file) || file} 无效：${problems.join('；')}`);
  return demo;
}
