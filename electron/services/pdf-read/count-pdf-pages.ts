import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The page count of PDF bytes, read with pdf.js as the reader will read them; null when pdf.js
 * cannot open the file (broken, or encrypted with a user password), which callers record as unknown.
 */
export async function countPdfPages(bytes: Uint8Array): Promise<number | null> {
  // pdf.js detaches the buffer it is given, so it gets a copy.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    return pdf.numPages;
  } catch {
    return null;
  } finally {
    await task.destroy();
  }
}
