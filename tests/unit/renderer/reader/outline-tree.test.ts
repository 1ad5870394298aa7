import { describe, expect, it } from 'vitest';
import { currentOutlineKey, flattenOutline, toOutlineNodes, withOutlinePages } from '../../../../renderer/src/features/reader/model/outline-tree.ts';

const outline = [
  { title: '一、基本信息', dest: 'basic', items: [] },
  {
    title: '四、主要任务',
    dest: [{ num: 12, gen: 0 }, { name: 'XYZ' }, 0, 800, null],
    bold: true,
    items: [
      { title: '（一）动态优化专业设置', dest: 'task-1', items: [] },
      { title: '（二）科学构建\u0000课程体系 ', dest: 'task-2', italic: true },
    ],
  },
  { title: 'Google', dest: null, url: 'http://google.com/', items: [] },
];

describe('reader outline tree', () => {
  it('keys every entry by its path and keeps titles, styles, destinations and links', () => {
    const nodes = toOutlineNodes(outline);
    expect(flattenOutline(nodes).map((node) => node.key)).toEqual(['0', '1', '1-0', '1-1', '2']);
    expect(nodes[1]).toMatchObject({ title: '四、主要任务', bold: true, italic: false, page: null });
    expect(nodes[1]?.children[1]).toMatchObject({ title: '（二）科学构建 课程体系', italic: true, dest: 'task-2' });
    expect(nodes[2]).toMatchObject({ url: 'http://google.com/', dest: null });
    expect(toOutlineNodes(null)).toEqual([]);
  });

  it('fills in resolved pages and finds the section being read', () => {
    const nodes = withOutlinePages(toOutlineNodes(outline), new Map([['0', 3], ['1', 4], ['1-0', 4], ['1-1', 5]]));
    expect(flattenOutline(nodes).map((node) => node.page)).toEqual([3, 4, 4, 5, null]);
    expect(currentOutlineKey(nodes, 1)).toBeNull();
    expect(currentOutlineKey(nodes, 3)).toBe('0');
    // The deepest entry starting on the page wins over its parent on the same page.
    expect(currentOutlineKey(nodes, 4)).toBe('1-0');
    expect(currentOutlineKey(nodes, 9)).toBe('1-1');
  });
});
