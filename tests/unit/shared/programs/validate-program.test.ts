import { describe, expect, it } from 'vitest';
import type { Program } from '../../../../shared/domain/program.ts';
import { parseProgram, validateProgram } from '../../../../shared/programs/validate-program.ts';
import type { ValidationIssue } from '../../../../shared/programs/validation-issue.ts';
import { minimalProgram } from '../../../support/rubric-fixture.ts';

const chinese = /[\u4e00-\u9fff]/;

/** The issues parseProgram reports for a program changed by `edit` (the program must be refused). */
function issuesAfter(edit: (program: Program) => void): ValidationIssue[] {
  const program = minimalProgram();
  edit(program);
  const result = parseProgram(JSON.parse(JSON.stringify(program)));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

/** The single issue at `path`, whose message must be Chinese. */
function issueAt(issues: ValidationIssue[], path: string): ValidationIssue {
  const found = issues.filter((issue) => issue.path === path);
  expect(found, JSON.stringify(issues)).toHaveLength(1);
  expect(found[0]!.message).toMatch(chinese);
  return found[0]!;
}

describe('parseProgram', () => {
  it('accepts a minimal valid program', () => {
    const result = parseProgram(JSON.parse(JSON.stringify(minimalProgram())));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.program.categories[1]?.rubricId).toBe('r1');
    expect(validateProgram(minimalProgram())).toEqual([]);
  });

  it('refuses a file without format', () => {
    for (const json of [{ ...minimalProgram(), format: undefined }, {}, null, 'text', []]) {
      const result = parseProgram(json);
      expect(result).toEqual({ ok: false, issues: [{ path: 'format', message: '不是评审方案文件 (缺少 format)' }] });
    }
  });

  it('refuses another major version with one clear message', () => {
    const result = parseProgram({ format: 'pingshen.program/2', whatever: true });
    expect(result).toEqual({ ok: false, issues: [{ path: 'format', message: '方案格式版本 pingshen.program/2 不受支持 (本程序支持 pingshen.program/1)' }] });
  });

  it('refuses another kind of file by its format', () => {
    const result = parseProgram({ ...minimalProgram(), format: 'pingshen.sheet/1' });
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'format', message: '不是评审方案文件 (format 为 pingshen.sheet/1)' }]);
  });

  it('maps schema issues to dotted paths with Chinese messages', () => {
    const issues = issuesAfter((program) => {
      (program as { title?: string }).title = undefined;
      program.rubrics[0]!.sections[0]!.criteria[1]!.maxPoints = -1;
      program.categories = [];
    });
    expect(issueAt(issues, 'title').message).toBe('缺少此项');
    issueAt(issues, 'rubrics.0.sections.0.criteria.1.maxPoints');
    expect(issueAt(issues, 'categories').message).toBe('至少需要 1 项');
  });

  it('words number and date problems plainly, not as zod type errors', () => {
    const issues = issuesAfter((program) => {
      program.categories[0]!.quota = -1;
      program.categories[1]!.quota = 2.5;
      program.aggregation.minimumPanel = 0;
      program.deadline = '2027-13-01';
    });
    expect(issueAt(issues, 'categories.0.quota').message).toBe('不能小于 0');
    expect(issueAt(issues, 'categories.1.quota').message).toBe('须为整数');
    expect(issueAt(issues, 'aggregation.minimumPanel').message).toBe('须大于 0');
    expect(issueAt(issues, 'deadline').message).toBe('须为有效日期，格式 YYYY-MM-DD（如 2027-05-25）');
  });
});

describe('validateProgram through parseProgram', () => {
  it('reports a category naming an unknown rubric', () => {
    const issue = issueAt(issuesAfter((p) => { p.categories[1]!.rubricId = 'nope'; }), 'categories.1.rubricId');
    expect(issue.message).toContain('nope');
    expect(issue.message).toContain('智能网联新能源汽车');
  });

  it('reports a duplicate category id', () => {
    const issue = issueAt(issuesAfter((p) => { p.categories[1]!.id = 'ai'; }), 'categories.1.id');
    expect(issue.message).toContain('重复');
  });

  it('reports section points that do not add up, prefixed with the rubric', () => {
    const issue = issueAt(issuesAfter((p) => { p.rubrics[0]!.sections[0]!.criteria[0]!.maxPoints = 14; }), 'rubrics.0.sections.0.points');
    expect(issue.message).toBe('一级指标「建设基础」的分值为 25，但其二级指标满分之和为 24');
  });

  it('reports a trimmed mean whose panel is too small to trim', () => {
    const issue = issueAt(issuesAfter((p) => { p.aggregation.trimMinimumPanel = 2; }), 'aggregation.trimMinimumPanel');
    expect(issue.message).toContain('须大于 2');
    // The same settings are fine for a plain mean, which never trims.
    expect(validateProgram({ ...minimalProgram(), aggregation: { ...minimalProgram().aggregation, rule: 'mean', trimMinimumPanel: 2 } })).toEqual([]);
  });

  it('reports a tie-break on a section some used rubric lacks', () => {
    const issue = issueAt(issuesAfter((p) => { p.aggregation.tieBreak = [{ kind: 'median' }, { kind: 'section', sectionId: 's9' }]; }), 'aggregation.tieBreak.1.sectionId');
    expect(issue.message).toContain('s9');
    expect(issue.message).toContain('专业建设评分细则');
  });

  it('checks tie-break sections against every rubric a category uses, and only those', () => {
    const program = minimalProgram();
    const other = { ...program.rubrics[0]!, id: 'r2', title: '另一细则', sections: program.rubrics[0]!.sections.map((s, i) => ({ ...s, id: `t${i}` })) };
    expect(validateProgram({ ...program, rubrics: [...program.rubrics, other] })).toEqual([]);
    const used = { ...program, rubrics: [...program.rubrics, other], categories: [program.categories[0]!, { ...program.categories[1]!, rubricId: 'r2' }] };
    expect(validateProgram(used).map((i) => i.path)).toEqual(['aggregation.tieBreak.0.sectionId']);
  });

  it('reports duplicate rubric, floor and material ids and a blank category label', () => {
    const program = minimalProgram();
    program.rubrics.push({ ...program.rubrics[0]! });
    program.outcomeFloors.push({ ...program.outcomeFloors[0]! });
    program.requiredMaterials.push({ ...program.requiredMaterials[0]! });
    program.categoryLabel = '  ';
    expect(validateProgram(program).map((i) => i.path)).toEqual(['categoryLabel', 'rubrics.1.id', 'outcomeFloors.1.id', 'requiredMaterials.1.id']);
  });
});
