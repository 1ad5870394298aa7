/** The pages an expert cited for a score, as text for a cell: 「申报书 第 3、7 页；佐证材料 第 12 页」, in the order cited. */
export function citedPages(evidence: readonly { readonly documentId: string; readonly page: number }[], titleOf: (documentId: string) => string): string {
  const pages = new Map<string, number[]>();
  for (const e of evidence) {
    const list = pages.get(e.documentId) ?? [];
    if (!list.includes(e.page)) list.push(e.page);
    pages.set(e.documentId, list);
  }
  return [...pages].map(([id, list]) => `${titleOf(id)} 第 ${[...list].sort((a, b) => a - b).join('、')} 页`).join('；');
}
