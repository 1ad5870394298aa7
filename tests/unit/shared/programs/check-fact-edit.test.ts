import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import type { Program } from '../../../../shared/domain/program.ts';
import { factEditIssues } from '../../../../shared/programs/check-fact-edit.ts';
import { addFactItem, removeFactItem, setTieBreak, updateAggregation, updateFactItem } from '../../../../shared/programs/program-fact-edits.ts';
import { validateProgram } from '../../../../shared/programs/validate-program.ts';
import {
  applyCheckedEdit, applyEdit, applyLoaded, applyRedo, applyUndo, initialEditorState, type ProgramEditorState,
} from '../../../../renderer/src/features/programs/program-editor-state.ts';
import { loadProgramTemplates } from '../../../../electron/services/programs/install-templates.ts';

const program: Program = loadProgramTemplates().find((p) => p.id === 'anhui-2026-high-skill-clusters')!;
const summary = { id: program.id, version: 1, title: program.title, documentNumber: '', issuer: '', categoryLabel: '领域', categoryCount: 3, rubricCount: 1, builtIn: false, inUse: false, updatedAt: '' };
const detail = (p: Program): ApiOutput<'programs:get'> => ({ program: p, summary, versions: [p.version], issues: [] });
const loaded = (p: Program = program): ProgramEditorState => applyLoaded(initialEditorState, detail(p));

describe('pure fact edits', () => {
  it('changes one category by id and leaves the input untouched', () => {
    const next = updateFactItem(program, 'categories', 'ai', { quota: 4, leadInstitutions: ['甲', '乙'] });
    expect(next.categories.map((c) => c.quota)).toEqual([6, 4, 6]);
    expect(next.categories[1]!.leadInstitutions).toEqual(['甲', '乙']);
    expect(program.categories[1]!.quota).toBe(6);
  });

  it('adds items with fresh ids and valid defaults, and removes them', () => {
    const { program: withCategory, id } = addFactItem(program, 'categories');
    expect(id).toBe('category-1');
    expect(withCategory.categories.at(-1)).toMatchObject({ id, name: '新领域', quota: 0, rubricId: program.rubrics[0]!.id });
    const { program: withFloor, id: floorId } = addFactItem(withCategory, 'outcomeFloors');
    expect(floorId).toBe('floor_1');
    expect(factEditIssues(program, withFloor)).toEqual([]);
    expect(removeFactItem(withFloor, 'categories', id).categories).toEqual(program.categories);
  });

  it('edits aggregation settings, the divergence thresholds included, and the tie-break order', () => {
    const next = updateAggregation(program, { trimCount: 2, trimMinimumPanel: 7, maxStdDev: 10 });
    expect(next.aggregation).toMatchObject({ trimCount: 2, trimMinimumPanel: 7, divergence: { maxRange: 20, maxStdDev: 10 } });
    expect(setTieBreak(program, [{ kind: 'median' }]).aggregation.tieBreak).toEqual([{ kind: 'median' }]);
  });
});

describe('checked edits in the editor state', () => {
  it('applies a valid fact edit as an undo step and marks it for saving', () => {
    const state = applyCheckedEdit(loaded(), { ...program, documentNumber: '皖教秘职成〔2027〕8号' }, 'facts:documentNumber', 0);
    expect(state.draft?.documentNumber).toBe('皖教秘职成〔2027〕8号');
    expect(state.past).toEqual([program]);
    expect(state).toMatchObject({ save: 'pending', refused: null });
  });

  it('refuses a quota the schema does not allow, with the reason, and keeps the draft and its saved state', () => {
    const before = loaded();
    const state = applyCheckedEdit(before, updateFactItem(program, 'categories', 'ai', { quota: -1 }), 'facts:categories:ai:quota', 0);
    expect(state.draft).toBe(program);
    expect(state.past).toEqual([]);
    expect(state.save).toBe('saved');
    expect(state.refused).toEqual({ key: 'facts:categories:ai:quota', issues: [{ path: 'categories.1.quota', message: '不能小于 0' }] });
    const fraction = applyCheckedEdit(before, updateFactItem(program, 'categories', 'ai', { quota: 1.5 }), 'q', 0);
    expect(fraction.refused?.issues.map((i) => i.message)).toEqual(['须为整数']);
  });

  it('refuses a deadline that is not a date and an empty category name', () => {
    expect(applyCheckedEdit(loaded(), { ...program, deadline: '2027-02-30' }, 'd', 0).refused?.issues[0]?.message).toMatch(/有效日期/);
    expect(applyCheckedEdit(loaded(), { ...program, deadline: '' }, 'd', 0).draft?.deadline).toBe('');
    expect(applyCheckedEdit(loaded(), updateFactItem(program, 'categories', 'ai', { name: '' }), 'n', 0).refused?.issues).toEqual([
      { path: 'categories.1.name', message: '不能为空' },
    ]);
  });

  it('refuses aggregation settings validateProgram rejects: a trim that leaves no score, a tie-break section a rubric lacks', () => {
    const trim = applyCheckedEdit(loaded(), updateAggregation(program, { trimCount: 3 }), 'facts:aggregation:trimCount', 0);
    expect(trim.draft).toBe(program);
    expect(trim.refused?.issues.map((i) => i.path)).toEqual(['aggregation.trimMinimumPanel']);
    expect(trim.refused?.issues[0]?.message).toContain('须大于 6');
    const tie = applyCheckedEdit(loaded(), setTieBreak(program, [{ kind: 'section', sectionId: 'nowhere' }]), 't', 0);
    expect(tie.refused?.issues[0]?.message).toContain('「nowhere」不在评分细则');
    // Raising the panel first makes the same trim acceptable.
    const panel = applyCheckedEdit(loaded(), updateAggregation(program, { trimMinimumPanel: 7 }), 'p', 0);
    expect(applyCheckedEdit(panel, updateAggregation(panel.draft!, { trimCount: 3 }), 't', 5000).draft?.aggregation.trimCount).toBe(3);
  });

  it('clears the refusal on the next accepted edit, undo or redo', () => {
    const refused = applyCheckedEdit(loaded(), { ...program, deadline: 'x' }, 'd', 0);
    expect(refused.refused).not.toBeNull();
    expect(applyCheckedEdit(refused, { ...program, issuer: '安徽省教育厅 安徽省人社厅' }, 'i', 1).refused).toBeNull();
    const edited = applyCheckedEdit(applyEdit(loaded(), { ...program, issuer: 'a' }, 'i', 0), { ...program, issuer: 'a', deadline: 'x' }, 'd', 1);
    expect(applyUndo(edited).refused).toBeNull();
  });

  it('undoes and redoes fact edits like rubric edits', () => {
    let state = applyCheckedEdit(loaded(), updateFactItem(program, 'categories', 'ai', { quota: 2 }), 'facts:categories:ai:quota', 0);
    state = applyCheckedEdit(state, updateAggregation(state.draft!, { minimumPanel: 4 }), 'facts:aggregation:minimumPanel', 1);
    state = applyUndo(state);
    expect(state.draft?.aggregation.minimumPanel).toBe(3);
    expect(state.draft?.categories[1]!.quota).toBe(2);
    state = applyUndo(state);
    expect(state.draft).toBe(program);
    state = applyRedo(applyRedo(state));
    expect(state.draft?.aggregation.minimumPanel).toBe(4);
    expect(state.draft?.categories[1]!.quota).toBe(2);
  });

  it('does not let a problem already in the program block other edits, nor count rubric problems', () => {
    const rubric = program.rubrics[0]!;
    const brokenRubric: Program = { ...program, rubrics: [{ ...rubric, totalPoints: 90 }] };
    expect(validateProgram(brokenRubric).length).toBeGreaterThan(0);
    expect(applyCheckedEdit(loaded(brokenRubric), { ...brokenRubric, issuer: '新发文单位' }, 'i', 0).draft?.issuer).toBe('新发文单位');
    const oldFile: Program = { ...program, aggregation: { ...program.aggregation, trimMinimumPanel: 2 } };
    expect(applyCheckedEdit(loaded(oldFile), { ...oldFile, documentNumber: 'x' }, 'n', 0).refused).toBeNull();
  });
});
