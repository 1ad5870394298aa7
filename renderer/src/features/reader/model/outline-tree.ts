/** An outline (bookmark) entry as pdf.js's `getOutline()` gives it, the part the reader uses. */
export interface PdfOutlineItem {
  readonly title: string;
  readonly dest?: string | readonly unknown[] | null;
  readonly url?: string | null;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly items?: readonly PdfOutlineItem[];
}

/** One node of the outline tree the sidebar shows. */
export interface OutlineNode {
  /** Path of indices ("0-3-1"), stable for one document. */
  readonly key: string;
  readonly title: string;
  /** Where the entry points inside the document, or null (a web link, or nothing). */
  readonly dest: string | readonly unknown[] | null;
  /** A web link: shown, never opened (the app is offline and opens nothing outside itself). */
  readonly url: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  /** 1-based page the entry leads to, once resolved. */
  readonly page: number | null;
  readonly children: readonly OutlineNode[];
}

/** Builds the tree from pdf.js's outline (null when the document has none). */
export function toOutlineNodes(items: readonly PdfOutlineItem[] | null | undefined, prefix = ''): OutlineNode[] {
  return (items ?? []).map((item, index) => {
    const key = prefix ? `${prefix}-${index}` : String(index);
    return {
      key,
      // Titles may carry control characters or padding from the producing tool.
      title: item.title.replace(/\p{Cc}+/gu, ' ').trim() || '—',
      dest: item.dest ?? null,
      url: item.url ?? null,
      bold: item.bold === true,
      italic: item.italic === true,
      page: null,
      children: toOutlineNodes(item.items, key),
    };
  });
}

/** Every node, depth first. */
export function flattenOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...flattenOutline(node.children)]);
}

/** The tree with each node's resolved page filled in from `pages` (by key). */
export function withOutlinePages(nodes: readonly OutlineNode[], pages: ReadonlyMap<string, number>): OutlineNode[] {
  return nodes.map((node) => ({ ...node, page: pages.get(node.key) ?? node.page, children: withOutlinePages(node.children, pages) }));
}

/** The key of the last entry that starts on or before `page`: the section being read. */
export function currentOutlineKey(nodes: readonly OutlineNode[], page: number): string | null {
  let best: OutlineNode | null = null;
  for (const node of flattenOutline(nodes)) {
    if (node.page !== null && node.page <= page && (best === null || node.page >= (best.page ?? 0))) best = node;
  }
  return best?.key ?? null;
}
