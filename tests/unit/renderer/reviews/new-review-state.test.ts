import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programSchema } from '../../../../shared/domain/program.ts';
import { draftFromProgram, editCategory, editOrganisation, emptyNewReview, newReviewInput } from '../../../../renderer/src/features/reviews/new-review-state.ts';
import { rootDir } from '../../../support/corpus.ts';

const program = programSchema.parse(JSON.parse(readFileSync(join(rootDir, 'resources', 'programs', 'anhui-2026-high-skill-clusters.json'), 'utf8')));

describe('新建评审 form', () => {
  it('takes every category of the chosen program with its quota and deadline, keeping the title typed before', () => {
    const draft = draftFromProgram({ ...emptyNewReview, title: '2027 评审' }, program);
    expect(draft).toMatchObject({ title: '2027 评审', programId: program.id, programVersion: program.version, deadline: program.deadline, organisation: '安徽省教育厅' });
    expect(draft.categories.map((c) => [c.id, c.quota, c.selected])).toEqual(program.categories.map((c) => [c.id, c.quota, true]));
  });

  it('proposes the program\'s issuer as the organisation, but keeps one typed before', () => {
    expect(draftFromProgram(emptyNewReview, program).organisation).toBe(program.issuer);
    expect(draftFromProgram(editOrganisation(emptyNewReview, '安徽省职业教育学会'), program).organisation).toBe('安徽省职业教育学会');
    // A proposal, not a choice: another program proposes its own issuer.
    const other = { ...program, issuer: '安庆市人民政府' };
    expect(draftFromProgram(draftFromProgram(emptyNewReview, program), other).organisation).toBe('安庆市人民政府');
    expect(draftFromProgram(editOrganisation(draftFromProgram(emptyNewReview, program), ''), other).organisation).toBe('');
    expect(newReviewInput({ ...draftFromProgram(emptyNewReview, program), title: '评审', organisation: '  安徽省职业教育学会 ' })).toMatchObject({ ok: true, input: { organisation: '安徽省职业教育学会' } });
    expect(newReviewInput({ ...draftFromProgram(emptyNewReview, program), title: '评审', organisation: '单'.repeat(201) })).toMatchObject({ ok: false, problem: expect.stringContaining('组织单位') });
  });

  it('gives the call\'s input from the categories taken, or the first problem in Chinese', () => {
    let draft = draftFromProgram({ ...emptyNewReview, title: '  2027 评审 ' }, program);
    draft = editCategory(draft, 'ai', { selected: false });
    draft = editCategory(draft, 'smart-ev', { quota: 3 });
    expect(newReviewInput(draft)).toEqual({
      ok: true,
      input: { title: '2027 评审', programId: program.id, categories: [{ id: 'smart-ev', quota: 3 }, { id: 'high-end-equipment', quota: program.categories[2]!.quota }], deadline: program.deadline, organisation: program.issuer },
    });
    expect(newReviewInput(emptyNewReview)).toEqual({ ok: false, problem: '请选择评审方案' });
    expect(newReviewInput({ ...draft, title: ' ' })).toMatchObject({ ok: false, problem: '请填写评审活动名称' });
    expect(newReviewInput(editCategory(draft, 'smart-ev', { quota: null }))).toMatchObject({ ok: false });
    const none = draft.categories.reduce((d, c) => editCategory(d, c.id, { selected: false }), draft);
    expect(newReviewInput(none)).toMatchObject({ ok: false, problem: '请至少选择一个领域' });
    expect(newReviewInput({ ...draft, deadline: '2027-02-30' })).toMatchObject({ ok: false, problem: expect.stringContaining('日期') });
  });
});
