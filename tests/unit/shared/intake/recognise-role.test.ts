import { describe, expect, it } from 'vitest';
import { recogniseRole, type RoleClues } from '../../../../shared/intake/recognise-role.ts';

const pdf = (over: Partial<RoleClues>): RoleClues => ({ fileName: 'x.pdf', folders: [], kind: 'pdf', readability: 'ok', pageCount: 3, imageOnlyPages: 0, leadingText: '', ...over });

describe('recogniseRole', () => {
  it('an electronic 申报书 by name or by its cover (附件 2), with the reason', () => {
    expect(recogniseRole(pdf({ fileName: '青岚-申报书.pdf' }))).toEqual({ role: 'application', reason: expect.stringContaining('文件名含“申报书”') });
    expect(recogniseRole(pdf({ fileName: 'doc1.pdf', leadingText: '附件 2\n安徽省职业教育高技能人才集群培养计划\n申  报  书' })).reason).toContain('封面');
  });
  it('a 申报书 whose pages have no text layer is the stamped scan', () => {
    expect(recogniseRole(pdf({ fileName: '申报书.pdf', imageOnlyPages: 3 }))).toEqual({ role: 'stamped', reason: expect.stringContaining('扫描件') });
    expect(recogniseRole(pdf({ fileName: '申报书（盖章）.pdf' })).role).toBe('stamped');
  });
  it('the 汇总表: xlsx is the workbook, a PDF of it is its stamped form', () => {
    expect(recogniseRole({ ...pdf({}), fileName: '申报信息汇总表.xlsx', kind: 'xlsx', pageCount: null, imageOnlyPages: null }).role).toBe('summary');
    expect(recogniseRole(pdf({ fileName: '汇总表盖章.pdf', imageOnlyPages: 3 })).role).toBe('summary-stamped');
    // A password-protected .xlsx is an OLE container: still the 汇总表 that was sent.
    expect(recogniseRole({ ...pdf({}), fileName: '汇总表.xlsx', kind: 'ole', readability: 'encrypted' }).role).toBe('summary');
  });
  it('佐证材料 by name, folder, or for want of anything else; Word and other kinds', () => {
    expect(recogniseRole(pdf({ fileName: '专利证书.pdf' })).role).toBe('evidence');
    expect(recogniseRole(pdf({ fileName: 'a.pdf', folders: ['学校', '佐证材料'] })).reason).toContain('所在文件夹');
    expect(recogniseRole(pdf({ fileName: 'a.pdf' })).reason).toContain('未见申报书');
    expect(recogniseRole({ ...pdf({}), fileName: '申报书.docx', kind: 'docx' }).role).toBe('application');
    expect(recogniseRole({ ...pdf({}), fileName: 'photo.png', kind: 'png' }).role).toBe('other');
  });
  it('an unreadable PDF is recognised by its name alone, and says so', () => {
    const guess = recogniseRole(pdf({ fileName: '申报书.pdf', readability: 'encrypted', pageCount: null, imageOnlyPages: null }));
    expect(guess).toEqual({ role: 'application', reason: expect.stringContaining('无法读取') });
    expect(recogniseRole(pdf({ fileName: '空.pdf', kind: '', readability: 'empty', pageCount: null })).role).toBe('evidence');
  });
});
