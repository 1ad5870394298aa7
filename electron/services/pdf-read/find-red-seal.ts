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

// Where the red lies, on a coarse grid over the image: a seal is one roundish patch (a 公章's ring, an
// oval 财务章, a square 名章), where a red heading, a red rule or a line of red text is a long one.
const grid = 64;
// A patch's width over its height, either way, within which it may be a seal (an oval 财务章 is about 1.5).
const sealAspect = 1.8;

/** The bounding boxes (in grid cells) of the 8-connected patches of cells that hold red. */
function redPatches(cells: Uint8Array, across: number, down: number): { width: number; height: number }[] {
  const seen = new Uint8Array(cells.length);
  const patches: { width: number; height: number }[] = [];
  for (let start = 0; start < cells.length; start++) {
    if (cells[start] === 0 || seen[start] === 1) continue;
    let [left, right, top, bottom] = [across, -1, down, -1];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const at = stack.pop() as number;
      const x = at % across;
      const y = (at - x) / across;
      [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          const next = ny * across + nx;
          if (nx >= 0 && ny >= 0 && nx < across && ny < down && cells[next] === 1 && seen[next] === 0) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    patches.push({ width: right - left + 1, height: bottom - top + 1 });
  }
  return patches;
}

/**
 * Whether an image holds a red seal: a seal-like share of seal-red pixels (sampled evenly;
 * transparent pixels do not count), and among them a roundish patch, not only long ones (a red
 * heading or rule of a 红头 document is red too, and no seal).
 */
export function hasSealRed(image: DecodedImage): boolean {
  const channels = image.kind === 2 ? 3 : image.kind === 3 ? 4 : 0;
  const pixels = image.width * image.height;
  if (channels === 0 || pixels === 0 || image.data.length < pixels * channels) return false;
  const step = Math.max(1, Math.floor(pixels / samples));
  const cell = Math.max(1, Math.ceil(Math.max(image.width, image.height) / grid));
  const across = Math.ceil(image.width / cell);
  const down = Math.ceil(image.height / cell);
  const cells = new Uint8Array(across * down);
  let seen = 0;
  let red = 0;
  for (let p = 0; p < pixels; p += step) {
    const at = p * channels;
    if (channels === 4 && (image.data[at + 3] ?? 0) < 128) continue;
    seen += 1;
    if (isSealRed(image.data[at] ?? 0, image.data[at + 1] ?? 0, image.data[at + 2] ?? 0)) {
      red += 1;
      const x = p % image.width;
      cells[Math.floor((p - x) / image.width / cell) * across + Math.floor(x / cell)] = 1;
    }
  }
  if (red < sealPixels || red / seen < sealShare) return false;
  // A patch a cell or two wide is a stroke; a seal spans a few cells both ways, about as wide as high.
  return redPatches(cells, across, down).some(({ width, height }) => width >= 2 && height >= 2 && Math.max(width, height) / Math.min(width, height) <= sealAspect);
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
