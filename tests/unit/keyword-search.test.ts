import { describe, expect, it } from 'vitest';
import {
  applyPageText, isScanDone, keywordTotals, pageHits, searchableKeywords, searchableText, snippetContext, startKeywordScan,
} from '../../renderer/src/reader/keyword-search.ts';

describe('reader keyword search', () => {
  it('finds a Chinese keyword broken across lines, and folds width and case', () => {
    expect(searchableText('校企共建“现场工程\n师学院”')).toBe('校企共建“现场工程师学院”');
    expect(searchableText('ＳＴＥＭ　教育，２０２６年')).toBe('stem教育,2026年');
    expect(searchableText('STEM 教育')).toBe('stem 教育');
    const hits = pageHits(3, '开设 ＳＴＥＭ 通识课程；\n课程思\n政贯穿全程，课程思政示范课 2 门', ['课程思政', 'STEM', '大国工匠']);
    expect(hits).not.toBeNull();
    expect(hits?.page).toBe(3);
    expect(hits?.keywords).toEqual([
      { keyword: '课程思政', count: 2 },
      { keyword: 'STEM', count: 1 },
    ]);
    expect(hits?.total).toBe(3);
  });

  it('returns null for a page without any keyword, and for no keywords at all', () => {
    expect(pageHits(1, '本页只有封面', ['课程思政'])).toBeNull();
    expect(pageHits(1, '课程思政', [])).toBeNull();
    expect(pageHits(1, '课程思政', ['', '  '])).toBeNull();
  });

  it('counts occurrences without overlap and keeps each keyword once, first spelling first', () => {
    expect(pageHits(1, '啊啊啊啊', ['啊啊'])?.keywords).toEqual([{ keyword: '啊啊', count: 2 }]);
    expect(searchableKeywords(['STEM', 'stem', 'ＳＴＥＭ', '双师型', '双师型 '])).toEqual(['STEM', '双师型']);
  });

  it('shows the passage in the document’s own characters: case, width and Chinese punctuation kept', () => {
    const snippet = pageHits(1, '能力图谱和模块化课程体系；建成ＳＴＥＭ实验室', ['stem'])?.snippet;
    expect(snippet).toEqual({ before: '能力图谱和模块化课程体系；建成', match: 'ＳＴＥＭ', after: '实验室' });
  });

  it('shows the first hit on the page with some context on each side, in the document’s own case', () => {
    const text = `${'甲'.repeat(40)}建设 STEM 实验室${'乙'.repeat(40)}第二处双师型`;
    const hits = pageHits(7, text, ['双师型', 'stem']);
    expect(hits?.snippet.match).toBe('STEM');
    expect(hits?.snippet.before).toBe(`${'甲'.repeat(snippetContext - 3)}建设 `);
    expect(hits?.snippet.after.startsWith(' 实验室')).toBe(true);
    expect(Array.from(hits?.snippet.after ?? '')).toHaveLength(snippetContext);
  });

  it('never cuts a surrogate pair at the edge of the snippet (CJK Extension B)', () => {
    const text = `${'𥕛'.repeat(30)}双师型${'𥕛'.repeat(30)}`;
    const snippet = pageHits(1, text, ['双师型'])?.snippet;
    for (const part of [snippet?.before ?? '', snippet?.after ?? '']) {
      expect(part).toMatch(/^(𥕛)*$/u);
      expect(part.length).toBeGreaterThan(0);
    }
  });

  it('fills in page by page: hits listed by page, totals per keyword, done at the last page', () => {
    let scan = startKeywordScan(['产业教授', '科技副总'], 4);
    expect(isScanDone(scan)).toBe(false);
    scan = applyPageText(scan, 1, '封面');
    scan = applyPageText(scan, 2, '聘请产业教授 3 名、科技副总 3 名');
    scan = applyPageText(scan, 3, '');
    expect(scan.searched).toBe(3);
    expect(isScanDone(scan)).toBe(false);
    scan = applyPageText(scan, 4, '产业教授名单：……产业教授');
    expect(isScanDone(scan)).toBe(true);
    expect(scan.pages.map((p) => [p.page, p.total])).toEqual([[2, 2], [4, 2]]);
    expect(keywordTotals(scan)).toEqual([
      { keyword: '产业教授', count: 3 },
      { keyword: '科技副总', count: 1 },
    ]);
  });

  it('reading a page twice replaces its hits instead of counting them again', () => {
    let scan = startKeywordScan(['双师型'], 2);
    scan = applyPageText(scan, 2, '双师型');
    scan = applyPageText(scan, 2, '双师型');
    expect(scan.pages).toHaveLength(1);
    expect(keywordTotals(scan)).toEqual([{ keyword: '双师型', count: 1 }]);
  });
});
