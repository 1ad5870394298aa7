import { describe, expect, it } from 'vitest';
import { minimalProgram } from '../../../support/rubric-fixture.ts';
import { validateProgram } from '../../../../shared/programs/validate-program.ts';
import { dottedPath, firstName, issueLine, quoted } from '../../../../shared/text/message-slots.ts';
import { documentFileName, documentTitle } from '../../../../renderer/src/features/reader/model/document-name.ts';

describe('message slots', () => {
  it('takes the first name with something in it, else the fallback', () => {
    expect(firstName(['', '  ', undefined, null, ' 申报书.pdf '], '未命名')).toBe('申报书.pdf');
    expect(firstName(['', undefined], '未命名')).toBe('未命名');
  });

  it('leaves out an empty place instead of printing 「：message」', () => {
    expect(issueLine('评分细则!D7', '不是数字')).toBe('评分细则!D7：不是数字');
    expect(issueLine('', '不是 Excel 工作簿')).toBe('不是 Excel 工作簿');
    expect(issueLine(undefined, '缺少此项')).toBe('缺少此项');
    expect(dottedPath(['rubrics', 0, 'title'])).toBe('rubrics.0.title');
    expect(dottedPath([])).toBe('');
  });

  it('quotes a blank name as its fallback, never 「」', () => {
    expect(quoted('课程建设', '未命名指标')).toBe('「课程建设」');
    expect(quoted(' ', '未命名指标')).toBe('「未命名指标」');
  });

  it('names a document by file or title, never blank', () => {
    expect(documentFileName({ title: '申报书', fileName: '' }, '未命名文档')).toBe('申报书');
    expect(documentFileName({ title: '申报书', fileName: 'a.pdf' }, '未命名文档')).toBe('a.pdf');
    expect(documentTitle({ title: '', fileName: 'a.pdf' }, '未命名文档')).toBe('a.pdf');
    expect(documentTitle(undefined, '未命名文档')).toBe('未命名文档');
  });

  it('names an untitled criterion in validation messages (a title being retyped in the editor)', () => {
    const program = minimalProgram();
    const criterion = program.rubrics[0]!.sections[0]!.criteria[0]!;
    criterion.title = '';
    criterion.maxPoints += criterion.step / 2;
    const messages = validateProgram(program).map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).not.toContain('「」');
    expect(messages.some((m) => m.includes('「未命名指标」'))).toBe(true);
  });
});
