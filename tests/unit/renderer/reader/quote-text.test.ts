import { describe, expect, it } from 'vitest';
import { cleanSelectionText, maxQuoteQueryLength, normalizeQuote, quoteQueries } from '../../../../renderer/src/features/reader/model/quote-text.ts';

describe('reader quote text', () => {
  it('drops line breaks and spaces between Chinese characters but keeps them between words', () => {
    expect(normalizeQuote('以“三组长”负责制为牵引，\n  建成面向产业的高地')).toBe('以“三组长”负责制为牵引，建成面向产业的高地');
    expect(normalizeQuote('  the quick\n\tbrown fox ')).toBe('the quick brown fox');
    expect(normalizeQuote('毕业生就业对口率 85%')).toBe('毕业生就业对口率 85%');
    expect(normalizeQuote('职业 教育')).toBe('职业教育');
    expect(normalizeQuote('\n \n')).toBe('');
  });

  it('asks for the whole quote first, then shorter openings, without duplicates', () => {
    expect(quoteQueries('现场工程师')).toEqual(['现场工程师']);
    const long = '构建职业素养、知识储备、技能实操、岗位适配、成长发展“五位一体”评价体系，企业主导岗位能力评价，学校主导过程评价，第三方开展毕业生跟踪调查'.repeat(2);
    const queries = quoteQueries(long);
    expect(queries).toHaveLength(3);
    expect(Array.from(queries[0] ?? '')).toHaveLength(maxQuoteQueryLength);
    expect(Array.from(queries[1] ?? '')).toHaveLength(40);
    expect(Array.from(queries[2] ?? '')).toHaveLength(16);
    expect(long.startsWith(queries[2] ?? '?')).toBe(true);
    expect(quoteQueries('  \n')).toEqual([]);
  });

  it('cuts by characters, never inside a surrogate pair (CJK Extension B)', () => {
    const text = '𥕛'.repeat(20);
    expect(quoteQueries(text).at(-1)).toBe('𥕛'.repeat(16));
  });

  it('cleans selected text, keeping paragraph breaks', () => {
    expect(cleanSelectionText('第一段第一行\n第一段第二行\n\n第二段')).toBe('第一段第一行第一段第二行\n第二段');
    expect(cleanSelectionText('\n\n')).toBe('');
  });
});
