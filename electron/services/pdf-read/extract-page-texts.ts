import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageTextOf, type TextContentItem } from '../../../shared/search/page-text.ts';
import { findRedSeal } from './find-red-seal.ts';

/** A document whose text cannot be read, with the reason in Chinese for the expert. */
export class TextUnreadable extends Error {
  override readonly name = 'TextUnreadable';
  /** Why, for the intake's readability: a password, a file pdf.js cannot parse, or something else. */
  readonly reason: 'encrypted' | 'broken' | 'other';

  constructor(message: string, reason: TextUnreadable['reason'] = 'other') {
    super(message);
    this.reason = reason;
  }
}

/** pdf.js's folders of CMaps and standard fonts: without the CMaps, Chinese text in non-embedded fonts reads as nothing. */
function pdfjsAssetDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep, wasmUrl: join(root, 'wasm') + sep };
}

function unreadable(error: unknown): TextUnreadable {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new TextUnreadable('文档受密码保护，无法检索其中的文字', 'encrypted');
  if (name === 'InvalidPDFException') return new TextUnreadable('文件已损坏或不是有效的 PDF，无法检索其中的文字', 'broken');
  return new TextUnreadable(`无法读取文档的文字（${error instanceof Error ? error.message : String(error)}）`);
}

/**
 * Every page's text of PDF bytes (taken over: the buffer is detached), read with pdf.js as the reader reads them (CMaps included), one
 * string per page, page 1 first. `onPage` reports progress. A page that cannot be read counts as
 * empty; a document pdf.js cannot open (encrypted, broken) throws TextUnreadable. Runs pdf.js on the
 * calling thread: call it from a worker (page-text-worker.ts), never on the main process's loop.
 */
export async function extractPageTexts(bytes: Uint8Array, onPage?: (read: number, pagesCount: number) => void): Promise<string[]> {
  return (await readPdfPages(bytes, { onPage, seal: false })).texts;
}

/**
 * The page texts, and with `seal` whether a red seal shows (find-red-seal.ts; null where not asked or
 * nothing could be looked at). `knownTexts` (from an earlier read of the same file) skips reading
 * the texts again: only the seal is looked for, and the texts given are returned.
 */
export async function readPdfPages(
  bytes: Uint8Array,
  options: { onPage?: ((read: number, pagesCount: number) => void) | undefined; seal: boolean; knownTexts?: readonly string[] | undefined },
): Promise<{ texts: string[]; redSeal: boolean | null }> {
  const { onPage } = options;
  // pdf.js takes (detaches) the buffer: the caller hands over bytes it no longer needs, so an
  // 80 MB scan is held once, not twice.
  const task = getDocument({
    data: bytes,
    ...pdfjsAssetDirs(),
    cMapPacked: true,
    disableFontFace: true,
    // Images decoded to plain pixels (no canvas in Node), for the seal check; JPX and JBIG2 scans through pdf.js's WebAssembly.
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw unreadable(error);
    }
    if (options.knownTexts && options.knownTexts.length === pdf.numPages) {
      const texts = [...options.knownTexts];
      return { texts, redSeal: options.seal ? await findRedSeal(pdf, texts) : null };
    }
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      try {
        const page = await pdf.getPage(n);
        texts.push(pageTextOf((await page.getTextContent()).items as TextContentItem[]));
        page.cleanup();
      } catch {
        texts.push('');
      }
      onPage?.(n, pdf.numPages);
    }
    return { texts, redSeal: options.seal ? await findRedSeal(pdf, texts) : null };
  } finally {
    await task.destroy();
  }
}
