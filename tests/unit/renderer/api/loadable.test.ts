import { describe, expect, it } from 'vitest';
import { failLoading, finishLoading, idleLoadable, startLoading } from '../../../../renderer/src/api/loadable.ts';

describe('loadable: what a screen loads for a key', () => {
  it('goes idle → loading → ready, and a screen opened again shows its spinner, not the last answer', () => {
    const ready = finishLoading(startLoading<string[]>('r1'), 'r1', ['a']);
    expect(idleLoadable()).toEqual({ key: null, phase: 'idle', value: null, error: null });
    expect(ready).toEqual({ key: 'r1', phase: 'ready', value: ['a'], error: null });
    expect(startLoading('r1')).toEqual({ key: 'r1', phase: 'loading', value: null, error: null });
  });

  it('drops a slow answer or failure for a key no longer wanted', () => {
    const wantsR2 = startLoading<string>('r2');
    expect(finishLoading(wantsR2, 'r1', 'old')).toBe(wantsR2);
    expect(failLoading(wantsR2, 'r1', new Error('x'))).toBe(wantsR2);
  });

  it('keeps the failure as thrown, for the screen to render in its language', () => {
    const error = new Error('未找到评审活动 r1');
    expect(failLoading(startLoading('r1'), 'r1', error)).toEqual({ key: 'r1', phase: 'failed', value: null, error });
  });
});
