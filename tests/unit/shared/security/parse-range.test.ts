import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../../shared/security/parse-range.ts';

describe('parseRange', () => {
  it('reads the single ranges pdf.js sends', () => {
    expect(parseRange('bytes=0-65535', 1_000_000)).toEqual({ start: 0, end: 65535 });
    expect(parseRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
  });

  it('serves the whole file for no range or one it does not understand', () => {
    for (const header of [undefined, '', 'items=0-1', 'bytes=0-1,5-6', 'bytes=-']) expect(parseRange(header, 10)).toBeNull();
  });

  it('answers ranges outside the file as unsatisfiable', () => {
    expect(parseRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=5-2', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 10)).toBe('unsatisfiable');
  });
});
