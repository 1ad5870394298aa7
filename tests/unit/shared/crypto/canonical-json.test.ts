import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalBytes, canonicalJson, canonicalJsonWithout, utf8 } from '../../../../shared/crypto/canonical-json.ts';
import { corpusDir } from '../../../support/corpus.ts';

const corpus = corpusDir();
const jcs = corpus === null ? '' : join(corpus, 'jcs');

/** An IEEE-754 double from the number file's hex (leading zeros omitted there). */
function doubleFromHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonicalJson: RFC 8785 corpus (cyberphone/json-canonicalization)', () => {
  it.skipIf(corpus === null)('reproduces all six expected outputs byte for byte, and their hex', () => {
    const names = readdirSync(join(jcs, 'input')).filter((name) => name.endsWith('.json'));
    expect(names.sort()).toEqual(['arrays.json', 'french.json', 'structures.json', 'unicode.json', 'values.json', 'weird.json']);
    for (const name of names) {
      const input: unknown = JSON.parse(readFileSync(join(jcs, 'input', name), 'utf8'));
      const expected = new Uint8Array(readFileSync(join(jcs, 'output', name)));
      const hex = readFileSync(join(jcs, 'outhex', name.replace(/\.json$/, '.txt')), 'utf8').replace(/\s+/g, '');
      const actual = canonicalBytes(input);
      expect(Buffer.from(actual).toString('hex'), name).toBe(hex.toLowerCase());
      expect(actual, name).toEqual(expected);
    }
  });

  it.skipIf(corpus === null)('formats all 10,000 numbers of es6testfile like ES6', () => {
    const lines = readFileSync(join(jcs, 'numbers', 'es6testfile_first10000.txt'), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(10_000);
    const wrong: string[] = [];
    for (const line of lines) {
      const [hex = '', expected] = line.split(',');
      const actual = canonicalJson(doubleFromHex(hex));
      if (actual !== expected) wrong.push(`${line} → ${actual}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('canonicalJson: refuses what is not plain JSON data', () => {
  it.each([
    ['undefined at the top', undefined, '$ 的值为 undefined'],
    ['a nested undefined member', { a: { b: undefined } }, '$.a.b 的值为 undefined'],
    ['undefined in an array', [1, undefined], '$[1] 的值为 undefined'],
    ['a hole in a sparse array', [1, , 3], '$[1] 的值为 undefined'], // eslint-disable-line no-sparse-arrays
    ['a function', { f: () => 1 }, '$.f 的值为 function'],
    ['NaN', { n: Number.NaN }, '$.n 的值为 NaN'],
    ['Infinity', [Number.POSITIVE_INFINITY], '$[0] 的值为 Infinity'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '$ 的值为 -Infinity'],
    ['a bigint', { n: 1n }, '$.n 的值为 bigint'],
    ['a Date (toJSON would hide it)', { d: new Date(0) }, '$.d 不是普通对象或数组'],
    ['a lone surrogate', { s: '\ud800' }, '孤立代理项'],
  ])('%s', (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('refuses a cycle but accepts the same object reached twice', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(() => canonicalJson(cyclic)).toThrow('$.self.back 处存在循环引用');
    const shared = { x: 1 };
    expect(canonicalJson({ b: shared, a: [shared, shared] })).toBe('{"a":[{"x":1},{"x":1}],"b":{"x":1}}');
  });

  it('handles deep nesting without recursion', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(canonicalJson(deep)).toHaveLength(200_001);
  });

  it('sorts keys by UTF-16 code units, writes -0 as 0 and keeps text unnormalised', () => {
    expect(canonicalJson({ b: 1, a: 2, '\u20ac': 3, '\ud83d\ude02': 4, '\ufb33': 5 })).toBe('{"a":2,"b":1,"\u20ac":3,"\ud83d\ude02":4,"\ufb33":5}');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson('e\u0301')).toBe('"e\u0301"');
    expect(utf8('评审')).toEqual(new Uint8Array([0xe8, 0xaf, 0x84, 0xe5, 0xae, 0xa1]));
  });

  it('is a fixed point: canonical text parses back to the same canonical text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('canonicalJson of data already in canonical order (the engine writes it; a parsed sheet)', () => {
  it('equals the general JCS writer on parsed canonical text, any Unicode included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const parsed: unknown = JSON.parse(canonicalize(value) as string);
        expect(canonicalJson(parsed)).toBe(canonicalize(parsed));
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
          const { full, without } = canonicalJsonWithout(parsed, Object.keys(parsed)[0] ?? 'x');
          expect(full).toBe(canonicalize(parsed));
          const { [Object.keys(parsed)[0] ?? 'x']: _dropped, ...rest } = parsed as Record<string, unknown>;
          expect(without).toBe(canonicalize(rest));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('still sorts what the engine orders its own way, and still refuses what is not JSON', () => {
    // Integer-like keys come first in an engine's own order ("2" before "10"); JCS puts "10" first.
    expect(canonicalJson(JSON.parse('{"10":1,"2":2}'))).toBe('{"10":1,"2":2}');
    expect(canonicalJsonWithout(JSON.parse('{"10":1,"2":2,"signature":0}') as object, 'signature').without).toBe('{"10":1,"2":2}');
    expect(() => canonicalJson({ a: '\udc00' })).toThrow('$.a 的值为 含有孤立代理项');
    expect(() => canonicalJson({ '\udc00': 1 })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: [1, undefined] })).toThrow('$.a[1] 的值为 undefined');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.b = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow('$.b 处存在循环引用');
  });
});

describe('canonicalJsonWithout (a signed object and its signing input in one pass)', () => {
  it('equals canonicalJson of the object and of the object without the member', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (rest, signature) => {
        const value = { ...rest, signature } as Record<string, unknown>;
        const { signature: _dropped, ...without } = value;
        const texts = canonicalJsonWithout(value, 'signature');
        expect(texts.full).toBe(canonicalJson(value));
        expect(texts.without).toBe(canonicalJson(without));
        // The member's part, cut out where it sits, leaves the signing input (verification cuts those bytes).
        const { before, removed } = texts.cut;
        expect(texts.full.startsWith(before + removed)).toBe(true);
        expect(before + texts.full.slice(before.length + removed.length)).toBe(texts.without);
      }),
    );
  });
});
