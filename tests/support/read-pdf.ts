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

// Noto CJK maps some characters to their CJK Radicals Supplement forms in the text layer (页 → ⻚),
// which NFKC leaves alone: they are mapped back so that the text compares with what was printed.
const radicals: Record<string, string> = { '⻚': '页', '⻅': '见', '⻋': '车', '⻘': '青', '⻓': '长', '⻔': '门', '⻜': '飞', '⻢': '马', '⻄': '西', '⻛': '风', '⻝': '食', '⻩': '黄', '⻬': '齐', '⻰': '龙', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻓⻓': '长长' };
/** A PDF's text as compared with what was printed: NFKC, the radicals mapped back, no white space. */
export const plain = (text: string): string => text.normalize('NFKC').replace(/[\u2e80-\u2eff]/gu, (c) => radicals[c] ?? c).replace(/\s+/g, '');
