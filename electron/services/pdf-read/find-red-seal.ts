import { OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A decoded image as pdf.js gives it without a canvas: kind 1 is 1-bit grey, 2 RGB, 3 RGBA. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly kind: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

// The red of a 公章's ink as it prints and scans: strong red, well above green and blue, which stay
// close to each other (an orange logo has far more green than blue, a magenta one far more blue;
// brown paper is not red enough). A seal covers well over a thousandth of a page.
const isSealRed = (r: number, g: number, b: number): boolean => r >= 130 && r - g >= 60 && r - b >= 50 && Math.abs(g - b) <= 50;
const sealShare = 0.001;
const sealPixels = 30;
// At most this many pixels are looked at per image (a 300 dpi A4 scan has 8.7 million).
const samples = 400_000;

/** Whether an image holds a red seal-like share of seal-red pixels (sampled evenly; transparent pixels do not count). */
export function hasSealRed(image: DecodedImage): boolean {
  const channels = image.kind === 2 ? 3 : image.kind === 3 ? 4 : 0;
  const pixels = image.width * image.height;
  if (channels === 0 || pixels === 0 || image.data.length < pixels * channels) return false;
  const step = Math.max(1, Math.floor(pixels / samples));
  let seen = 0;
  let red = 0;
  for (let p = 0; p < pixels; p += step) {
    const at = p * channels;
    if (channels === 4 && (image.data[at + 3] ?? 0) < 128) continue;
    seen += 1;
    if (isSealRed(image.data[at] ?? 0, image.data[at + 1] ?? 0, image.data[at + 2] ?? 0)) red += 1;
  }
  return red >= sealPixels && red / seen >= sealShare;
}

const fillOps = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);

function hexRed(colour: unknown): boolean {
  if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/iu.test(colour)) return false;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  return isSealRed(r, g, b);
}

/** An image op's pixels: by name from the page's (or the document's shared) objects, or inline; null where pdf.js could not decode it. */
function decodedImage(page: PDFPageProxy, ref: unknown): DecodedImage | null {
  try {
    return (typeof ref === 'string' ? (ref.startsWith('g_') ? page.commonObjs : page.objs).get(ref) : ref) as DecodedImage | null;
  } catch {
    return null; // Not decoded (an unsupported filter): nothing to look at.
  }
}

/** What one page shows of a seal: red found, or whether anything could be looked at. */
async function pageSeal(page: PDFPageProxy, hasText: boolean): Promise<{ red: boolean; looked: boolean }> {
  const { fnArray, argsArray } = await page.getOperatorList();
  let looked = false;
  let fillRed = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.setFillRGBColor) fillRed = hexRed(args?.[0]);
    else if (fn === OPS.setFillGray || fn === OPS.setFillCMYKColor || fn === OPS.setFillColorN) fillRed = false;
    else if ((fn === OPS.constructPath && fillOps.has(args?.[0] as number)) || (fn !== undefined && fillOps.has(fn))) {
      // A red shape on a page without text: a seal drawn as vectors (an electronic seal, or a
      // generated scan). On a page of text a red shape is more likely a heading's bar: not counted.
      looked = true;
      if (fillRed && !hasText) return { red: true, looked };
    } else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageXObjectRepeat) {
      const image = decodedImage(page, args?.[0]);
      if (image?.data) {
        looked = true;
        if (hasSealRed(image)) return { red: true, looked };
      }
    }
  }
  return { red: false, looked };
}

/**
 * Whether the PDF shows a red seal on its first or last three pages (where a 申报书 and a 汇总表 are
 * stamped): true when one is found, false when pages were looked at and none was, null when nothing
 * on them could be looked at. A hint for the formal check, never proof: the coordinator looks.
 */
export async function findRedSeal(pdf: PDFDocumentProxy, pageTexts: readonly string[]): Promise<boolean | null> {
  const pages = [...new Set([1, 2, 3, pdf.numPages - 2, pdf.numPages - 1, pdf.numPages].filter((n) => n >= 1 && n <= pdf.numPages))];
  let looked = false;
  for (const n of pages) {
    try {
      const page = await pdf.getPage(n);
      const seal = await pageSeal(page, (pageTexts[n - 1] ?? '').trim() !== '');
      page.cleanup();
      if (seal.red) return true;
      looked ||= seal.looked;
    } catch {
      // A page pdf.js cannot read shows nothing; the others still count.
    }
  }
  return looked ? false : null;
}
