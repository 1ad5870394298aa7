// Small builders for rubrics and programs in scoring and validation tests.
import { defaultFormalCheckRules } from '../../shared/domain/formal-check-rules.ts';
import type { Program } from '../../shared/domain/program.ts';
import type { Criterion, Rubric } from '../../shared/domain/rubric.ts';
import type { ScoreEntry } from '../../shared/scoring/score-entry.ts';

/** A criterion with sensible defaults: 15 points, step 0.5, no bands, comments never required. */
export function criterion(overrides: Partial<Criterion> = {}): Criterion {
  return {
    id: 'c1',
    title: '课程体系',
    guidance: '',
    maxPoints: 15,
    step: 0.5,
    bands: [],
    commentRule: { kind: 'never' },
    keywords: [],
    ...overrides,
  };
}

/** Four bands over 0–15 in steps of 0.5: 差 0–5.5, 中 6–8.5, 良 9–11.5, 优 12–15 (listed best first, as calls do). */
export const fourBands: Criterion['bands'] = [
  { label: '优', min: 12, max: 15, description: '' },
  { label: '良', min: 9, max: 11.5, description: '' },
  { label: '中', min: 6, max: 8.5, description: '' },
  { label: '差', min: 0, max: 5.5, description: '' },
];

/** A valid two-section rubric (25 + 10 = 35 points) with one 达标 check and one veto. */
export function sampleRubric(): Rubric {
  return {
    id: 'r1',
    title: '专业建设评分细则',
    totalPoints: 35,
    sections: [
      {
        id: 's1',
        title: '建设基础',
        points: 25,
        criteria: [
          criterion({ id: 'c1', title: '课程体系', bands: fourBands, commentRule: { kind: 'extremes', lowPercent: 20, highPercent: 90 } }),
          criterion({ id: 'c2', title: '师资队伍', maxPoints: 10, step: 1, commentRule: { kind: 'always' } }),
        ],
      },
      {
        id: 's2',
        title: '预期成效',
        points: 10,
        criteria: [criterion({ id: 'c3', title: '资源转化', maxPoints: 10, step: 0.1 })],
      },
    ],
    checks: [{ id: 'k1', title: '申报材料齐全', guidance: '' }],
    vetoes: [{ id: 'v1', title: '存在学术不端', guidance: '' }],
  };
}

/** An entry built from partial maps. */
export function entry(parts: Partial<ScoreEntry> = {}): ScoreEntry {
  return { scores: {}, comments: {}, checks: {}, vetoes: {}, ...parts };
}

/** A minimal valid program: one category scored with sampleRubric. */
export function minimalProgram(): Program {
  return {
    format: 'pingshen.program/1',
    id: 'p1',
    version: 1,
    title: '示例评审方案',
    issuer: '安徽省教育厅',
    documentNumber: '皖教秘职成〔2026〕26号',
    deadline: '2026-05-25',
    categoryLabel: '领域',
    categories: [
      { id: 'ai', name: '人工智能', group: '', leadInstitutions: ['某职业技术学院'], quota: 2, rubricId: 'r1' },
      { id: 'auto', name: '智能网联新能源汽车', group: '', leadInstitutions: [], quota: 0, rubricId: 'r1' },
    ],
    requiredMaterials: [
      { id: 'app', title: '申报书', role: 'application', formats: ['pdf'], stampedPdfRequired: true, required: true },
    ],
    applicantTypes: [{ id: 'hv', label: '高水平高职学校', description: '' }],
    formalCheck: defaultFormalCheckRules(),
    outcomeFloors: [{ id: 'majors', label: '新增或升级专业', unit: '个', comparison: '>=', value: 3 }],
    aggregation: {
      rule: 'trimmed-mean',
      trimCount: 1,
      trimMinimumPanel: 5,
      minimumPanel: 3,
      divergence: { maxRange: 20, maxStdDev: 8 },
      tieBreak: [{ kind: 'section', sectionId: 's1' }, { kind: 'median' }],
    },
    rubrics: [sampleRubric()],
    provenance: '测试',
  };
}
