import { describe, expect, it } from 'vitest';
import { beijingTimeIso, chinaDate, deadlineInstant } from '../../../../shared/formal-check/china-time.ts';

describe('Beijing time', () => {
  it('reads a received time typed from the mail as Beijing time, and refuses what is no date or time', () => {
    expect(beijingTimeIso(' 2026-05-25 21:40 ')).toBe('2026-05-25T21:40:00+08:00');
    expect(beijingTimeIso('2026-05-25T9:05')).toBe('2026-05-25T09:05:00+08:00');
    for (const bad of ['', '2026-05-25', '2026-02-30 10:00', '2026-05-25 24:00', '2026-05-25 18:60', '5/25 18:30']) expect(beijingTimeIso(bad), bad).toBeNull();
  });

  it('a deadline date alone ends at the end of that Beijing day; a date that does not exist is unreadable', () => {
    expect(deadlineInstant('2026-05-25')).toBe(Date.parse('2026-05-25T23:59:59.999+08:00'));
    expect(deadlineInstant('2026-02-30')).toBeNaN();
    expect(chinaDate('2026-05-25T17:00:00Z')).toBe('2026-05-26');
  });
});
