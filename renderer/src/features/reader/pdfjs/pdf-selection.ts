import { normalizeUnicode } from 'pdfjs-dist';
import { cleanSelectionText } from '../model/quote-text.ts';

/** Text the expert selected in a document, with the page it starts on. */
export interface PdfSelection {
  readonly page: number;
  readonly text: string;
}

function pageOf(node: Node): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const page = element?.closest<HTMLElement>('.page[data-page-number]')?.dataset.pageNumber;
  return page ? Number(page) : null;
}

/** The current text selection if it lies in `container`'s pages, else null. */
export function selectionInContainer(container: HTMLElement): PdfSelection | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const page = pageOf(range.startContainer) ?? pageOf(range.endContainer);
  const text = cleanSelectionText(normalizeUnicode(selection.toString()));
  return page !== null && text.length > 0 ? { page, text } : null;
}

/**
 * Copies a selection inside the viewer as cleaned text (no line breaks inside Chinese sentences),
 * ahead of pdf.js's own text-layer handler, which copies the raw text.
 */
export function copyCleanSelection(container: HTMLElement, event: ClipboardEvent): void {
  const selected = selectionInContainer(container);
  if (!selected || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', selected.text);
  event.preventDefault();
  event.stopPropagation();
}
