import { describe, expect, it } from 'vitest';
import { applyIntakeEdit } from '../../../../shared/intake/apply-intake-edit.ts';
import type { IntakePreview } from '../../../../shared/intake/intake-preview.ts';
import { matchApplications, type MatchFile } from '../../../../shared/intake/match-applications.ts';

const categories = [
  { id: 'ai', name: '人工智能' },
  { id: 'equipment', name: '高端装备制造' },
];
const file = (sourcePath: string, segments: string[], over: Partial<MatchFile> = {}): MatchFile => ({ sourcePath, segments, role: 'evidence', cover: null, ...over });
const row = (key: string, applicant: string, category: string) => ({ key, applicant, category, applicantType: '', partners: [], title: '' });

describe('matchApplications', () => {
  it('matches folders to 汇总表 rows by normalised name and alias, and a 汇总表 of everything to each row', () => {
    const result = matchApplications({
      files: [file('汇总表.xlsx', ['drop'], { role: 'summary' }), file('安徽职院.zip/申报书.pdf', ['drop', '安徽职院.zip']), file('02-青岚职业技术学院（合肥）/a.pdf', ['drop', '02-青岚职业技术学院(合肥)'])],
      rows: [row('汇总表.xlsx#s!4', '安徽职业技术学院', '人工智能'), row('汇总表.xlsx#s!5', '青岚职业技术学院（合肥）', '高端装备制造')],
      categories,
      aliases: [{ alias: '安徽职院', fullName: '安徽职业技术学院' }],
      existing: [],
    });
    expect(result.applications.map((a) => [a.applicant, a.categoryId])).toEqual([['安徽职业技术学院', 'ai'], ['青岚职业技术学院（合肥）', 'equipment']]);
    expect(result.placements.get('汇总表.xlsx')?.applicationKeys).toHaveLength(2);
    expect(result.placements.get('安徽职院.zip/申报书.pdf')?.applicationKeys).toEqual([result.applications[0]?.key]);
    expect(result.placements.get('02-青岚职业技术学院（合肥）/a.pdf')?.applicationKeys).toEqual([result.applications[1]?.key]);
    expect(result.ambiguities).toEqual([]);
  });

  it('asks where a name only contains a school, and where a school has two applications and a file tells neither', () => {
    const result = matchApplications({
      files: [file('青岚职院补充/a.pdf', ['青岚职业技术学院补充材料']), file('b.pdf', [])],
      rows: [row('t#s!4', '青岚职业技术学院', '人工智能'), row('t#s!5', '青岚职业技术学院', '高端装备制造')],
      categories,
      aliases: [],
      existing: [],
    });
    expect(result.ambiguities.map((q) => [q.kind, q.subject])).toEqual([
      ['file-several', '青岚职院补充/a.pdf'],
      ['file-unassigned', 'b.pdf'],
    ]);
    expect(result.ambiguities[0]?.proposed).toContain('青岚职业技术学院');
    expect(result.ambiguities[1]?.proposed).toContain('不导入');
  });

  it('folders name new applicants where no 汇总表 does; a 补正 is matched to the submission already present', () => {
    const result = matchApplications({
      files: [file('甲学院/申报书.pdf', ['drop', '甲学院'], { role: 'application', cover: { applicant: '甲学院', category: '人工智能', title: 't', partners: [] } }), file('乙学院-人工智能/x.pdf', ['drop', '乙学院-人工智能'])],
      rows: [],
      categories,
      aliases: [],
      existing: [{ id: 's-1', applicant: '甲学院', categoryId: 'ai' }],
    });
    expect(result.applications.find((a) => a.applicant === '甲学院')?.existingSubmissionId).toBe('s-1');
    expect(result.applications.find((a) => a.applicant === '乙学院-人工智能')?.categoryId).toBe('ai');
  });
});

describe('applyIntakeEdit', () => {
  const preview: IntakePreview = {
    scanId: 'x',
    applications: [
      { key: 'a|ai', applicant: 'a', categoryId: '', applicantType: '', partners: [], title: '', existingSubmissionId: null, summaryRowKeys: [] },
      { key: 'b|ai', applicant: 'b', categoryId: 'ai', applicantType: '', partners: [], title: '', existingSubmissionId: null, summaryRowKeys: [] },
    ],
    files: [{ sourcePath: 'f.pdf', fileName: 'f.pdf', sha256: '0'.repeat(64), size: 1, kind: 'pdf', readability: 'ok', pageCount: 1, imageOnlyPages: 0, redSeal: null, receivedAt: '', receivedAtSource: 'file-time', role: 'evidence', roleReason: '', applicationKeys: [], matchReason: '' }],
    refused: [],
    ambiguities: [
      { kind: 'file-unassigned', subject: 'f.pdf', message: '', proposed: '' },
      { kind: 'category-unknown', subject: 'a|ai', message: '', proposed: '' },
    ],
  };
  it('moves a file, changes its role or an application category, and answers the matching question', () => {
    const moved = applyIntakeEdit(preview, { kind: 'move-file', sourcePath: 'f.pdf', applicationKey: 'b|ai' });
    expect(moved.files[0]).toMatchObject({ applicationKeys: ['b|ai'], matchReason: '组织方指定' });
    expect(moved.ambiguities.map((q) => q.kind)).toEqual(['category-unknown']);
    const roled = applyIntakeEdit(moved, { kind: 'set-role', sourcePath: 'f.pdf', role: 'stamped' });
    expect(roled.files[0]?.role).toBe('stamped');
    expect(applyIntakeEdit(roled, { kind: 'set-category', applicationKey: 'a|ai', categoryId: 'ai' }).ambiguities).toEqual([]);
    expect(preview.files[0]?.applicationKeys).toEqual([]);
  });
  it('refuses an edit naming what the preview does not hold', () => {
    expect(() => applyIntakeEdit(preview, { kind: 'move-file', sourcePath: 'nope.pdf', applicationKey: null })).toThrow(/没有文件/u);
    expect(() => applyIntakeEdit(preview, { kind: 'move-file', sourcePath: 'f.pdf', applicationKey: 'zzz' })).toThrow(/没有申报/u);
  });
});
