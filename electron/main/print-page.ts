import type { WebContents } from 'electron';

/**
 * Prints what the main window shows to an A4 PDF with Chromium's printer: the page's own `@page`
 * rules (size, margins, page-number counters) decide the layout, as they do in a browser's print.
 */
export function createPagePrinter(contents: () => WebContents | null): () => Promise<Uint8Array> {
  return async () => {
    const target = contents();
    if (!target) throw new Error('没有可打印的窗口');
    const pdf = await target.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  };
}
