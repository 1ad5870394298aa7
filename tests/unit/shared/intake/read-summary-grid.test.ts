import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programSchema } from '../../../../shared/domain/program.ts';
import { parseFigure } from '../../../../shared/intake/parse-figure.ts';
import { readSummaryGrid } from '../../../../shared/intake/read-summary-grid.ts';
import { mapSummaryColumn } from '../../../../shared/intake/summary-columns.ts';
import { rootDir } from '../../../support/corpus.ts';

const program = programSchema.parse(JSON.parse(readFileSync(join(rootDir, 'resources/programs/anhui-2026-high-skill-clusters.json'), 'utf8')));
const floors = program.outcomeFloors;

describe('parseFigure', () => {
  it('reads percentages typed as 80%, 0.8 or 80 on one scale, exactly', () => {
    expect(parseFigure('80%', '%')).toBe(80);
    expect(parseFigure(0.8, '%')).toBe(80);
    expect(parseFigure(0.57, '%')).toBe(57);
    expect(parseFigure(80, '%')).toBe(80);
    expect(parseFigure('８５％', '%')).toBe(85);
  });
  it('reads counts as people type them: full-width digits, units, ≥, 是/否', () => {
    expect(parseFigure('１２', '个')).toBe(12);
    expect(parseFigure('3个', '个')).toBe(3);
    expect(parseFigure('≥ 500', '人次')).toBe(500);
    expect(parseFigure('是', '个')).toBe(1);
    expect(parseFigure('否', '个')).toBe(0);
    expect(parseFigure('待定', '个')).toBeNull();
    expect(parseFigure(null, '个')).toBeNull();
    expect(parseFigure('   ', '个')).toBeNull();
  });
});

describe('mapSummaryColumn', () => {
  it('maps applicant fields by their header words', () => {
    expect(mapSummaryColumn('学校名称', floors)).toEqual({ kind: 'field', field: 'applicant' });
    expect(mapSummaryColumn('牵头院校', floors)).toEqual({ kind: 'field', field: 'applicant' });
    expect(mapSummaryColumn('申报领域', floors)).toEqual({ kind: 'field', field: 'category' });
    expect(mapSummaryColumn('申报主体类型', floors)).toEqual({ kind: 'field', field: 'applicantType' });
    expect(mapSummaryColumn('合作企业/机构', floors)).toEqual({ kind: 'field', field: 'partners' });
    expect(mapSummaryColumn('联系人', floors)).toEqual({ kind: 'field', field: 'contact' });
    expect(mapSummaryColumn('联系电话', floors)).toEqual({ kind: 'field', field: 'phone' });
    expect(mapSummaryColumn('序号', floors)).toEqual({ kind: 'index' });
  });
  it('maps figure columns to outcome floors, units and group headings aside', () => {
    expect(mapSummaryColumn('预期成效/就业对口率（%）', floors)).toEqual({ kind: 'figure', floorId: 'employment_match_pct' });
    expect(mapSummaryColumn('新增及升级改造专业（方向）（个）', floors)).toEqual({ kind: 'figure', floorId: 'majors_new_or_upgraded' });
    expect(mapSummaryColumn('虚拟仿真实训基地', floors)).toEqual({ kind: 'figure', floorId: 'bases_each_type' });
    expect(mapSummaryColumn('年开展企业员工培训（人次）', floors)).toEqual({ kind: 'figure', floorId: 'trainees_per_year' });
  });
  it('leaves what it does not know unmapped', () => {
    expect(mapSummaryColumn('备注', floors)).toEqual({ kind: 'unmapped' });
  });
});

describe('readSummaryGrid', () => {
  it('skips title rows, joins a two-row header, skips blank and 合计 rows, keeps unmapped columns', () => {
    const sheet = readSummaryGrid(
      {
        sheetName: '附件3',
        rows: [
          ['申报信息汇总表', '申报信息汇总表', '申报信息汇总表', '申报信息汇总表', '申报信息汇总表'],
          ['学校名称', '申报领域', '预期成效', '预期成效', '备注'],
          ['学校名称', '申报领域', '就业对口率', '实习实训基地', '备注'],
          ['青岚职业技术学院', '人工智能', '80%', 2, '无'],
          [null, null, null, null, null],
          ['合计', null, null, 2, null],
          ['松岩职业学院', '人工智能', 0.9, '１', null],
        ],
      },
      floors,
    );
    expect(sheet?.headerRows).toEqual([2, 3]);
    expect(sheet?.rows.map((r) => [r.rowNumber, r.applicant, r.figures])).toEqual([
      [4, '青岚职业技术学院', { employment_match_pct: 80, bases_each_type: 2 }],
      [7, '松岩职业学院', { employment_match_pct: 90, bases_each_type: 1 }],
    ]);
    expect(sheet?.rows[0]?.unmapped).toEqual({ 备注: '无' });
  });
  it('a sheet without a header naming the school is not a 汇总表', () => {
    expect(readSummaryGrid({ sheetName: 'x', rows: [['a', 'b'], [1, 2]] }, floors)).toBeNull();
  });
});
