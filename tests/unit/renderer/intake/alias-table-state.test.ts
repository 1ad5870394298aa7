import { describe, expect, it } from 'vitest';
import {
  aliasesToSave, aliasProblem, applyAliasAdded, applyAliasChanged, applyAliasesFailed, applyAliasesLoaded, applyAliasesOpening, applyAliasProblem, applyAliasRemoved,
} from '../../../../renderer/src/features/intake/alias-table-state.ts';

const stored = [{ alias: '安徽职院', fullName: '安徽职业技术学院' }];

describe('the alias table (简称 → 全称) as edited', () => {
  it('opens on the stored table, adds, changes and removes rows', () => {
    let state = applyAliasesLoaded(applyAliasesOpening(), stored);
    expect(state).toMatchObject({ shown: true, phase: 'ready', rows: stored });
    state = applyAliasChanged(applyAliasAdded(state), 1, { alias: ' 青岚职院 ', fullName: '青岚职业技术学院' });
    expect(state.rows).toHaveLength(2);
    expect(aliasesToSave(applyAliasAdded(state).rows)).toEqual([...stored, { alias: '青岚职院', fullName: '青岚职业技术学院' }]);
    expect(applyAliasRemoved(state, 0).rows).toEqual([{ alias: ' 青岚职院 ', fullName: '青岚职业技术学院' }]);
  });

  it('says which row cannot be saved and why: half filled, too long, its own alias, a short name twice; blank rows are dropped', () => {
    expect(aliasProblem([...stored, { alias: ' ', fullName: '' }])).toBeNull();
    expect(aliasProblem([...stored, { alias: '青岚职院', fullName: ' ' }])).toEqual({ kind: 'half', row: 2 });
    expect(aliasProblem([{ alias: '长'.repeat(201), fullName: '安徽职业技术学院' }])).toEqual({ kind: 'long', row: 1 });
    expect(aliasProblem([{ alias: '安徽职业技术学院', fullName: ' 安徽职业技术学院' }])).toEqual({ kind: 'same', row: 1 });
    expect(aliasProblem([...stored, { alias: '云湖', fullName: '云湖信息职业技术学院' }, { alias: '安徽职院 ', fullName: '安徽职业学院' }])).toEqual({ kind: 'duplicate', row: 3, alias: '安徽职院', first: 1 });
  });

  it('keeps the rows typed when a save is refused; a change clears the reason', () => {
    const typed = applyAliasChanged(applyAliasAdded(applyAliasesLoaded(applyAliasesOpening(), stored)), 1, { alias: '青岚职院' });
    const refused = applyAliasProblem(typed, { kind: 'half', row: 2 });
    expect(refused.rows).toEqual(typed.rows);
    expect(applyAliasChanged(refused, 1, { fullName: '青岚职业技术学院' }).problem).toBeNull();
    const failed = applyAliasesFailed({ ...typed, phase: 'saving' }, new Error('磁盘已满'));
    expect(failed).toMatchObject({ phase: 'ready', rows: typed.rows });
  });
});
