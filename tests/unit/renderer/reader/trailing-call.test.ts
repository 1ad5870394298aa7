import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trailingCall } from '../../../../renderer/src/features/reader/model/trailing-call.ts';

describe('trailing call (view-state saving)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once with the last value after the delay passes without a new one', () => {
    const run = vi.fn();
    const call = trailingCall(run, 500);
    call.schedule(1);
    vi.advanceTimersByTime(400);
    call.schedule(2);
    vi.advanceTimersByTime(400);
    call.schedule(3);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledExactlyOnceWith(3);
  });

  it('flushes a pending value at once, and nothing when none is pending', () => {
    const run = vi.fn();
    const call = trailingCall(run, 500);
    call.flush();
    expect(run).not.toHaveBeenCalled();
    call.schedule('page 4');
    call.flush();
    expect(run).toHaveBeenCalledExactlyOnceWith('page 4');
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('drops a cancelled value', () => {
    const run = vi.fn();
    const call = trailingCall(run, 500);
    call.schedule(1);
    call.cancel();
    vi.advanceTimersByTime(1000);
    call.flush();
    expect(run).not.toHaveBeenCalled();
  });
});
