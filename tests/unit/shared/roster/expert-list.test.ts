import { describe, expect, it } from 'vitest';
import { autoAssign } from '../../../../shared/roster/auto-assign.ts';
import { detectConflicts } from '../../../../shared/roster/detect-conflicts.ts';
import { panelOf, readExpertList } from '../../../../shared/roster/expert-list.ts';

describe('readExpertList', () => {
  it('finds the header under title rows, in any column order and wording, and reads padded names and full-width digits', () => {
    const list = readExpertList([
      ['评审专家名单', '', ''],
      ['', '', ''],
      ['联系电话', '所在单位', '专家姓名', '职务', '研究方向', '签到'],
      ['０５５１－１２３４５６７', '某大学', '王　明', '处长', '人工智能', ''],
      ['', '', '', '', '', ''],
      ['138 0000 0000', '某企业', '李四', '', '', ''],
    ]);
    expect(list.issues).toEqual([]);
    expect(list.unmappedHeaders).toEqual(['签到']);
    expect(list.rows).toEqual([
      { rowNumber: 4, name: '王明', organisation: '某大学', title: '处长', expertise: '人工智能', phone: '05511234567' },
      { rowNumber: 6, name: '李四', organisation: '某企业', title: '', expertise: '', phone: '13800000000' },
    ]);
  });

  it('reads group headings merged across the row as headings, not experts; an expert without an expertise takes the group heading', () => {
    // worksheetGrid repeats a merged cell's value in every cell it covers.
    const list = readExpertList([
      ['2026 年评审专家名单', '2026 年评审专家名单', '2026 年评审专家名单', '2026 年评审专家名单'],
      ['序号', '姓名', '工作单位', '专业领域'],
      ['一、人工智能领域', '一、人工智能领域', '一、人工智能领域', '一、人工智能领域'],
      ['1', '王明', '某大学', ''],
      ['2', '赵六', '某研究院', '大数据'],
      ['（二）高端装备制造', '', '', ''],
      ['3', '李四', '某企业', ''],
      ['4', '周七', '', ''],
    ]);
    expect(list.issues).toEqual([]);
    expect(list.rows.map((r) => [r.rowNumber, r.name, r.expertise])).toEqual([
      [4, '王明', '人工智能领域'],
      [5, '赵六', '大数据'],
      [7, '李四', '高端装备制造'],
      [8, '周七', '高端装备制造'],
    ]);
    expect(panelOf(list.rows[0]?.expertise ?? '', [{ id: 'ai', name: '人工智能' }])).toEqual(['ai']);
    // One name alone in its row is an expert without an organisation, not a heading.
    expect(readExpertList([['姓名', '单位'], ['王明', '']]).rows.map((r) => r.name)).toEqual(['王明']);
  });

  it('errs on a sheet without 姓名, a nameless row and a doubled expert; warns on a phone that is not one', () => {
    expect(readExpertList([['单位'], ['某校']]).issues).toMatchObject([{ severity: 'error', message: expect.stringContaining('姓名') }]);
    const list = readExpertList([['姓名', '单位', '手机'], ['王明', '某校', '无'], ['', '某企业', ''], ['王 明', '某校', '']]);
    expect(list.issues.map((i) => [i.rowNumber, i.severity])).toEqual([[2, 'warning'], [3, 'error'], [4, 'error']]);
    expect(list.issues[2]?.message).toContain('与第 2 行是同一位专家');
    expect(readExpertList([['姓名', '单位']]).issues).toMatchObject([{ severity: 'error', message: '表头下没有任何专家' }]);
  });
});

describe('panelOf', () => {
  const categories = [{ id: 'ai', name: '人工智能' }, { id: 'ev', name: '智能网联新能源汽车' }];
  it('takes the categories the expertise names, or that contain it; none for a blank or unrelated one', () => {
    expect(panelOf('人工智能、大数据', categories)).toEqual(['ai']);
    expect(panelOf('新能源汽车', categories)).toEqual(['ev']);
    expect(panelOf('机械', categories)).toEqual([]);
    expect(panelOf('', categories)).toEqual([]);
  });
});

describe('autoAssign', () => {
  const none = new Set<string>();
  const submissions = [{ id: 's1', categoryId: 'ai' }, { id: 's2', categoryId: 'ai' }, { id: 's3', categoryId: 'ev' }];
  it('null gives every eligible expert; N picks the least loaded, in roster order on a tie', () => {
    const experts = [{ id: 'a', panel: ['ai'], recusedFrom: new Set(['s1']) }, { id: 'b', panel: [], recusedFrom: none }, { id: 'c', panel: ['ai', 'ev'], recusedFrom: none }];
    expect(Object.fromEntries(autoAssign(experts, submissions, null).byExpert)).toEqual({ a: ['s2'], b: ['s1', 's2', 's3'], c: ['s1', 's2', 's3'] });
    const one = autoAssign(experts, submissions, 1);
    expect(Object.fromEntries(one.byExpert)).toEqual({ a: ['s2'], b: ['s1'], c: ['s3'] });
    expect(one.shortfalls).toEqual([]);
  });

  it('reports an application nobody may score', () => {
    expect(autoAssign([{ id: 'a', panel: ['ev'], recusedFrom: none }], submissions, null).shortfalls.map((s) => [s.submissionId, s.got])).toEqual([['s1', 0], ['s2', 0]]);
  });
});

describe('detectConflicts', () => {
  it('pairs an expert with every application whose lead or partner is their organisation, as people write it', () => {
    const found = detectConflicts(
      [{ id: 'e1', organisation: '安徽（合肥）职业技术学院' }, { id: 'e2', organisation: '' }],
      [{ id: 's1', applicant: '安徽(合肥)职业技术学院', partners: [] }, { id: 's2', applicant: '某校', partners: ['安徽 (合肥) 职业技术学院'] }, { id: 's3', applicant: '某校', partners: [] }],
    );
    expect(found.map((c) => [c.expertId, c.submissionId])).toEqual([['e1', 's1'], ['e1', 's2']]);
    expect(found[0]?.reason).toContain('自动检测');
  });
});
