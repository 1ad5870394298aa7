import { describe, expect, it } from 'vitest';
import type { DocumentSearch } from '../../../../shared/domain/document-search.ts';
import {
  documentPageHits, isSearchPending, keywordTotals, pageHits, searchableKeywords, searchableText, searchHits, searchProgress, snippetContext,
} from '../../../../shared/search/keyword-search.ts';
import { pageTextOf } from '../../../../shared/search/page-text.ts';

describe('keyword search in document text', () => {
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

  it('lists a document’s hits by page and totals them per keyword', () => {
    const texts = ['封面', '聘请产业教授 3 名、科技副总 3 名', '', '产业教授名单：……产业教授'];
    const pages = documentPageHits(texts, ['产业教授', '科技副总', '大国工匠']);
    expect(pages.map((p) => [p.page, p.total])).toEqual([[2, 2], [4, 2]]);
    expect(keywordTotals(pages, ['产业教授', '科技副总', '大国工匠'])).toEqual([
      { keyword: '产业教授', count: 3 },
      { keyword: '科技副总', count: 1 },
      { keyword: '大国工匠', count: 0 },
    ]);
  });

  it('sums a search over the documents: hits, progress, pending while a document is being read', () => {
    const id = (c: string) => c.repeat(64);
    const hit = (page: number) => ({ page, total: 1, keywords: [{ keyword: '双师型', count: 1 }], snippet: { before: '', match: '双师型', after: '' } });
    const search: DocumentSearch = {
      keywords: ['双师型'],
      documents: [
        { documentId: id('a'), state: 'done', pagesRead: 7, pagesCount: 7, error: null, pages: [hit(2), hit(5)] },
        { documentId: id('b'), state: 'pending', pagesRead: 40, pagesCount: 300, error: null, pages: [] },
        { documentId: id('c'), state: 'failed', pagesRead: 0, pagesCount: null, error: '文档已加密', pages: [] },
      ],
    };
    expect(searchHits(search).map((p) => p.page)).toEqual([2, 5]);
    expect(isSearchPending(search)).toBe(true);
    expect(searchProgress(search)).toEqual({ read: 47, total: 307 });
    expect(isSearchPending({ ...search, documents: search.documents.filter((d) => d.state !== 'pending') })).toBe(false);
  });

  it('builds a page’s text from pdf.js’s items, a line break where a run ends a line', () => {
    expect(pageTextOf([{ str: '现场工程', hasEOL: true }, { type: 'beginMarkedContent' }, { str: '师学院' }, { str: '', hasEOL: true }])).toBe('现场工程\n师学院\n');
    expect(pageHits(1, pageTextOf([{ str: '现场工程', hasEOL: true }, { str: '师学院' }]), ['现场工程师'])?.total).toBe(1);
  });
});
