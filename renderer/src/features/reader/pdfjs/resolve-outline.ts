import type { PDFDocumentProxy } from 'pdfjs-dist';
import { flattenOutline, toOutlineNodes, withOutlinePages, type OutlineNode, type PdfOutlineItem } from '../model/outline-tree.ts';

/** The 1-based page a destination (named or explicit) points to, or null. */
export async function destinationPage(pdf: PDFDocumentProxy, dest: string | readonly unknown[] | null): Promise<number | null> {
  if (dest === null) return null;
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    const target = explicit?.[0];
    if (Number.isInteger(target)) return (target as number) + 1;
    if (target && typeof target === 'object') return (await pdf.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
  } catch {
    // A dangling destination: the entry is shown without a page.
  }
  return null;
}

/** Reads the document's outline and the page of each entry. */
export async function readOutline(pdf: PDFDocumentProxy): Promise<OutlineNode[]> {
  const nodes = toOutlineNodes((await pdf.getOutline()) as PdfOutlineItem[] | null);
  const pages = new Map<string, number>();
  await Promise.all(
    flattenOutline(nodes).map(async (node) => {
      const page = await destinationPage(pdf, node.dest);
      if (page !== null) pages.set(node.key, page);
    }),
  );
  return withOutlinePages(nodes, pages);
}
