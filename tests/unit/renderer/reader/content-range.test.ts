import { describe, expect, it } from 'vitest';
import { parseContentRange, rangeHeader } from '../../../../renderer/src/features/reader/model/content-range.ts';

describe('reader byte ranges', () => {
  it('reads Content-Range headers', () => {
    expect(parseContentRange('bytes 0-262143/70679040')).toEqual({ start: 0, end: 262143, total: 70679040 });
    expect(parseContentRange('Bytes 100-199/*')).toEqual({ start: 100, end: 199, total: null });
    expect(parseContentRange(null)).toBeNull();
    expect(parseContentRange('bytes */1000')).toBeNull();
    expect(parseContentRange('bytes 5-4/10')).toBeNull();
    expect(parseContentRange('bytes 0-10/10')).toBeNull();
    expect(parseContentRange('items 0-1/2')).toBeNull();
  });

  it('asks for pdf.js’s half-open ranges as HTTP’s inclusive ones', () => {
    expect(rangeHeader(0, 65536)).toBe('bytes=0-65535');
    expect(rangeHeader(100, 101)).toBe('bytes=100-100');
  });
});
