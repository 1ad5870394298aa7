import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import type { Program } from '../../../../shared/domain/program.ts';
import {
  applyEdit, applyLoaded, applyRedo, applySaved, applyUndo, coalesceMs, initialEditorState, type ProgramEditorState,
} from '../../../../renderer/src/features/programs/program-editor-state.ts';
import { locateIssue, nodesWithIssues } from '../../../../renderer/src/features/programs/issue-location.ts';
import { applyTreeDrop } from '../../../../renderer/src/features/programs/tree-drop.ts';
import { loadProgramTemplates } from '../../../../electron/services/programs/install-templates.ts';

const program: Program = loadProgramTemplates().find((p) => p.id === 'anhui-2026-high-skill-clusters')!;
const summary = { id: program.id, version: 1, title: program.title, documentNumber: '', issuer: '', categoryLabel: '领域', categoryCount: 3, rubricCount: 1, builtIn: false, inUse: false, updatedAt: '' };
const detail = (p: Program, inUse = false): ApiOutput<'programs:get'> => ({ program: p, summary: { ...summary, version: p.version, inUse }, versions: [p.version], issues: [] });
const titled = (p: Program, title: string): Program => ({ ...p, title });

function loaded(): ProgramEditorState {
  return applyLoaded(initialEditorState, detail(program));
}

describe('program editor state', () => {
  it('opens on the first rubric with an empty history, saved', () => {
    const state = loaded();
    expect(state).toMatchObject({ phase: 'ready', rubricId: program.rubrics[0]!.id, past: [], future: [], save: 'saved' });
  });

  it('merges quick edits of one field into one undo step, but not edits of different fields', () => {
    let state = applyEdit(loaded(), titled(program, 'a'), 'title', 1000);
    state = applyEdit(state, titled(program, 'ab'), 'title', 1000 + coalesceMs - 1);
    expect(state.past).toHaveLength(1);
    state = applyEdit(state, titled(program, 'abc'), 'title', 1000 + 3 * coalesceMs);
    expect(state.past).toHaveLength(2);
    state = applyEdit(state, { ...state.draft!, documentNumber: 'x' }, 'doc', 1000 + 3 * coalesceMs + 1);
    expect(state.past).toHaveLength(3);
    expect(state.save).toBe('pending');
  });

  it('undoes and redoes, and a new edit clears the redo stack', () => {
    let state = applyEdit(loaded(), titled(program, 'one'), 'title', 0);
    state = applyEdit(state, titled(program, 'two'), 'other', 1);
    state = applyUndo(state);
    expect(state.draft?.title).toBe('one');
    state = applyUndo(state);
    expect(state.draft).toBe(program);
    expect(applyUndo(state)).toBe(state);
    state = applyRedo(state);
    expect(state.draft?.title).toBe('one');
    state = applyEdit(state, titled(program, 'three'), 'title', 10_000);
    expect(state.future).toEqual([]);
  });

  it('stays pending when the draft changed while saving', () => {
    const sent = titled(program, 'sent');
    let state = applyEdit(loaded(), sent, 'title', 0);
    state = applyEdit(state, titled(program, 'newer'), 'other', 1);
    state = applySaved(state, detail(sent), sent);
    expect(state.save).toBe('pending');
    expect(state.draft?.title).toBe('newer');
  });

  it('moves the whole history to the new version when a save created one', () => {
    const sent = titled(program, 'edited');
    let state = applyEdit(loaded(), sent, 'title', 0);
    const next = program.version + 1;
    state = applySaved(state, detail({ ...sent, version: next }, true), sent);
    expect(state.draft?.version).toBe(next);
    expect(state.past.every((p) => p.version === next)).toBe(true);
    expect(state.notice).toEqual({ kind: 'new-version', version: next });
    expect(state.save).toBe('saved');
  });
});

describe('rubric tree helpers', () => {
  const rubric = program.rubrics[0]!;
  const [s1, s2] = rubric.sections;
  it('drops a criterion into another section and sections among sections', () => {
    const c = s1!.criteria[0]!;
    const moved = applyTreeDrop(rubric, `criterion:${c.id}`, `section:${s2!.id}`, 'into');
    expect(moved.sections[1]!.criteria[0]!.id).toBe(c.id);
    const reordered = applyTreeDrop(rubric, `section:${s2!.id}`, `section:${s1!.id}`, 'before');
    expect(reordered.sections.slice(0, 2).map((s) => s.id)).toEqual([s2!.id, s1!.id]);
    expect(applyTreeDrop(rubric, `section:${s2!.id}`, `section:${s1!.id}`, 'into')).toBe(rubric);
  });

  it('locates a validation issue on its section or criterion', () => {
    const c = s2!.criteria[1]!;
    expect(locateIssue(program, { path: 'rubrics.0.sections.1.criteria.1.bands', message: '' })).toEqual({ rubricId: rubric.id, node: { kind: 'criterion', criterionId: c.id } });
    expect(locateIssue(program, { path: 'rubrics.0.sections.1.points', message: '' }).node).toEqual({ kind: 'section', sectionId: s2!.id });
    expect(locateIssue(program, { path: 'categories.0.rubricId', message: '' })).toEqual({ rubricId: null, node: null });
    expect([...nodesWithIssues(program, [{ path: 'rubrics.0.sections.1.points', message: '' }], rubric.id)]).toEqual([s2!.id]);
  });
});
