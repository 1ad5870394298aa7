import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * Renders one page small, as a PNG blob (a blob keeps far less memory than a live canvas per
 * page). `width` is in CSS pixels; the output is sharp at the screen's pixel ratio.
 */
export async function renderThumbnail(pdf: PDFDocumentProxy, pageNumber: number, width: number, rotation: number, pixelRatio: number) {
  const page = await pdf.getPage(pageNumber);
  const base = page.getViewport({ scale: 1, rotation: (page.rotate + rotation) % 360 });
  const viewport = page.getViewport({ scale: (width * pixelRatio) / base.width, rotation: (page.rotate + rotation) % 360 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(viewport.width));
  canvas.height = Math.max(1, Math.floor(viewport.height));
  await page.render({ canvas, viewport }).promise;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Release the bitmap at once rather than when the canvas is collected.
  canvas.width = 0;
  canvas.height = 0;
  return { page, blob, aspect: viewport.height / viewport.width };
}
