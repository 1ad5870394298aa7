import { describe, expect, it } from 'vitest';
import type { ProgramSummary } from '../../../../shared/domain/program-summary.ts';
import { applyPrograms, applyProgramsFailed, applyProgramsLoading, canDelete, initialProgramsState } from '../../../../renderer/src/features/programs/programs-state.ts';

const template: ProgramSummary = {
  id: 'anhui-2026', version: 1, title: '安徽省 2026 年市域产教联合体', documentNumber: '皖教秘职成〔2026〕1号', issuer: '安徽省教育厅', categoryLabel: '领域',
  categoryCount: 3, rubricCount: 1, builtIn: true, inUse: true, updatedAt: '2026-01-01',
};
const own: ProgramSummary = { ...template, id: 'copy', builtIn: false, inUse: false };

describe('program library state', () => {
  it('loads the list, and keeps a failure as thrown', () => {
    expect(initialProgramsState.library.phase).toBe('idle');
    expect(applyPrograms(applyProgramsLoading(), [template, own]).library).toMatchObject({ phase: 'ready', value: [template, own] });
    const error = new Error('数据库不可用');
    expect(applyProgramsFailed(applyProgramsLoading(), error).library).toMatchObject({ phase: 'failed', error, value: null });
  });

  it('shows the list read again after a change in place of the old one', () => {
    const first = applyPrograms(applyProgramsLoading(), [template, own]);
    expect(applyPrograms(first, [template]).library.value).toEqual([template]);
  });

  it('lets the coordinator delete only their own programs that no review pins', () => {
    expect(canDelete(own)).toBe(true);
    expect(canDelete({ ...own, inUse: true })).toBe(false);
    expect(canDelete({ ...template, inUse: false })).toBe(false);
  });
});
