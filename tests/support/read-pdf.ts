import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One outline (bookmark) entry with its children. */
export interface OutlineEntry {
  readonly title: string;
  readonly items: OutlineEntry[];
}

/** What the tests check of a PDF, read back through pdf.js the way the expert's viewer reads it. */
export interface PdfFacts {
  readonly numPages: number;
  /** Text of each page, items joined without separators. */
  readonly pages: string[];
  readonly outline: OutlineEntry[];
  readonly info: Record<string, unknown>;
}

function toEntries(items: readonly { title: string; items: unknown[] }[] | null): OutlineEntry[] {
  return (items ?? []).map((item) => ({ title: item.title, items: toEntries(item.items as { title: string; items: unknown[] }[]) }));
}

/** Opens PDF bytes with pdfjs-dist (legacy build for Node) and extracts page text, outline and info. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy. (pdfjs-dist 6
  // has no `isEvalSupported` any more: it no longer compiles font programs with eval.)
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    const outline = toEntries(await pdf.getOutline());
    const { info } = await pdf.getMetadata();
    return { numPages: pdf.numPages, pages, outline, info: info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}
