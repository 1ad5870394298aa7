import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programSchema } from '../../../../shared/domain/program.ts';
import type { Program } from '../../../../shared/domain/program.ts';
import { outcomeFloorsSchema } from '../../../../shared/domain/outcome-floor.ts';
import { parseProgram, validateProgram } from '../../../../shared/programs/validate-program.ts';
import { completenessOf } from '../../../../shared/scoring/completeness.ts';
import { bandOf } from '../../../../shared/scoring/level-band.ts';
import { maxTotal, totalScore } from '../../../../shared/scoring/rubric-totals.ts';
import type { ScoreEntry } from '../../../../shared/scoring/score-entry.ts';
import { rootDir } from '../../../support/corpus.ts';

const programsDir = join(rootDir, 'resources', 'programs');
const templateFiles = readdirSync(programsDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A shipped template, parsed by the schema (the tests below fail loudly if it does not parse). */
function template(id: string): Program {
  return programSchema.parse(readJson(join(programsDir, `${id}.json`)));
}

describe('the shipped program templates', () => {
  it('include the three seed programs', () => {
    expect(templateFiles).toEqual(expect.arrayContaining(['anhui-2026-high-skill-clusters.json', 'anqing-vocational-groups.json', 'wanjiang-pilot-zone.json']));
  });

  describe.each(templateFiles)('%s', (fileName) => {
    const json = readJson(join(programsDir, fileName));

    it('matches programSchema and is named after its id', () => {
      const result = programSchema.safeParse(json);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(fileName).toBe(`${programSchema.parse(json).id}.json`);
    });

    it('has no validation issues (sums, bands, ids, rubrics, aggregation)', () => {
      expect(validateProgram(programSchema.parse(json))).toEqual([]);
      const parsed = parseProgram(json);
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    });

    it('shows users no file path: every text of the template is free of folder/file.ext names', () => {
      // The library and 方案信息 show these texts to coordinators; a repository path means nothing to them.
      const texts = JSON.stringify(json).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
      const paths = texts.filter((text) => /[\w-]+\/[\w./-]*\.(?:json|ts|tsx|md|xlsx|pdf)\b/.test(text));
      expect(paths).toEqual([]);
    });

    it('gives every criterion four bands 优/良/中/差 and 3–6 search keywords', () => {
      for (const rubric of programSchema.parse(json).rubrics) {
        for (const criterion of rubric.sections.flatMap((section) => section.criteria)) {
          expect(criterion.bands.map((band) => band.label), criterion.id).toEqual(['优', '良', '中', '差']);
          expect(criterion.keywords.length, criterion.id).toBeGreaterThanOrEqual(3);
          expect(criterion.keywords.length, criterion.id).toBeLessThanOrEqual(6);
        }
      }
    });

    it('can be scored: full marks with comments and checks are complete and total the rubric, 优 at the top, 差 at 0', () => {
      for (const rubric of programSchema.parse(json).rubrics) {
        const criteria = rubric.sections.flatMap((section) => section.criteria);
        const full: ScoreEntry = {
          scores: Object.fromEntries(criteria.map((c) => [c.id, c.maxPoints])),
          comments: Object.fromEntries(criteria.map((c) => [c.id, '理由充分'])),
          checks: Object.fromEntries(rubric.checks.map((check) => [check.id, 'met'])),
          vetoes: {},
        };
        expect(completenessOf(rubric, full), rubric.id).toMatchObject({ complete: true, scoredCriteria: criteria.length });
        expect(totalScore(rubric, full), rubric.id).toBe(rubric.totalPoints);
        expect(maxTotal(rubric), rubric.id).toBe(rubric.totalPoints);
        // Full marks always ask for a comment (extremes or always), so leaving them out is incomplete.
        expect(completenessOf(rubric, { ...full, comments: {} }).missingComments, rubric.id).toHaveLength(criteria.length);
        for (const criterion of criteria) {
          expect(bandOf(criterion, criterion.maxPoints)?.label, criterion.id).toBe('优');
          expect(bandOf(criterion, 0)?.label, criterion.id).toBe('差');
        }
      }
    });
  });
});

describe('anhui-2026-high-skill-clusters (000/001)', () => {
  const program = template('anhui-2026-high-skill-clusters');

  it('carries the call: document number, deadline, issuer', () => {
    expect(program.documentNumber).toBe('皖教秘职成〔2026〕26号');
    expect(program.deadline).toBe('2026-05-25');
    expect(program.issuer).toBe('安徽省教育厅');
    expect(program.categoryLabel).toBe('领域');
  });

  it('has the three fields with the lead institutions 000 §三（一） names', () => {
    expect(program.categories.map((c) => [c.id, c.name, c.leadInstitutions])).toEqual([
      ['smart-ev', '智能网联新能源汽车', ['芜湖职业技术大学']],
      ['ai', '人工智能', ['安徽职业技术大学']],
      ['high-end-equipment', '高端装备制造', ['安徽机电职业技术学院', '安徽商贸职业技术学院']],
    ]);
  });

  it('has the eleven floors of 001 §四, exactly as the demo uses them', () => {
    const demoFloors = outcomeFloorsSchema.parse(readJson(join(rootDir, 'resources', 'demo', 'outcome-floors.json')));
    expect(program.outcomeFloors).toHaveLength(11);
    expect(program.outcomeFloors).toEqual(demoFloors);
  });

  it('scores on one 100-point rubric: 申报基础, the six key tasks of 001 §三, 预期成效', () => {
    expect(program.rubrics).toHaveLength(1);
    const [rubric] = program.rubrics;
    expect(rubric?.totalPoints).toBe(100);
    expect(rubric?.sections.map((s) => s.id)).toEqual(['foundation', 'majors', 'curriculum', 'textbooks', 'teachers', 'training-bases', 'evaluation', 'outcomes']);
    const titles = rubric?.sections.map((s) => s.title).join('|') ?? '';
    for (const task of ['专业设置', '课程体系', '教材', '教师', '实训实践基地', '评价体系']) expect(titles).toContain(task);
    for (const section of rubric?.sections ?? []) {
      expect(section.criteria.length).toBeGreaterThanOrEqual(2);
      expect(section.criteria.length).toBeLessThanOrEqual(4);
    }
  });

  it('asks for the 申报书, 汇总表 (with stamped PDFs) and evidence of 000 §五（二）', () => {
    expect(program.requiredMaterials.map((m) => [m.role, m.formats, m.stampedPdfRequired])).toEqual([
      ['application', ['docx', 'pdf'], true],
      ['summary', ['xlsx', 'pdf'], true],
      ['evidence', ['pdf'], false],
    ]);
  });

  it('uses the applicant-type labels the demo submissions use', () => {
    const demo = readJson(join(rootDir, 'resources', 'demo', 'demo-review.json')) as { review: { submissions: { applicantType: string }[] } };
    const labels = new Set(program.applicantTypes.map((t) => t.label));
    for (const submission of demo.review.submissions) expect(labels).toContain(submission.applicantType);
  });
});

describe('wanjiang-pilot-zone (004)', () => {
  const program = template('wanjiang-pilot-zone');

  it('has the 15 project types in the 5 工程, one 100-point rubric per 工程', () => {
    expect(program.categoryLabel).toBe('项目类型');
    expect(program.categories).toHaveLength(15);
    const groups = [...new Set(program.categories.map((c) => c.group))];
    expect(groups).toEqual(['产教融合体制机制创新工程', '产教融合平台载体建设工程', '产教融合人才培养改革工程', '现代职业培训体系建设工程', '对外交流合作工程']);
    expect(groups.map((group) => program.categories.filter((c) => c.group === group).length)).toEqual([3, 4, 3, 3, 2]);
    for (const group of groups) {
      expect(new Set(program.categories.filter((c) => c.group === group).map((c) => c.rubricId)).size).toBe(1);
    }
    expect(program.rubrics).toHaveLength(5);
    for (const rubric of program.rubrics) expect(rubric.totalPoints).toBe(100);
  });

  it('takes quotas from the counts 004 states and leaves the rest open', () => {
    const quotas = Object.fromEntries(program.categories.filter((c) => c.quota > 0).map((c) => [c.id, c.quota]));
    expect(quotas).toEqual({ 'industry-education-enterprise': 150, 'demo-vocational-group': 20, 'training-base': 50, 'dual-qualified-teacher-base': 20 });
  });
});

describe('anqing-vocational-groups (002)', () => {
  const program = template('anqing-vocational-groups');

  it('carries the document number and has no deadline', () => {
    expect(program.documentNumber).toBe('宜政秘〔2024〕91号');
    expect(program.deadline).toBe('');
  });

  it('has a floor of 20 students per 校企合作班', () => {
    expect(program.outcomeFloors).toContainEqual(expect.objectContaining({ id: 'coop_class_students', comparison: '>=', value: 20 }));
    expect(program.categories.map((c) => c.id)).toContain('coop-class');
  });
});
