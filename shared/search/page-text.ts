/** A text item as pdf.js's getTextContent returns it (marked-content items have no `str`). */
export type TextContentItem = { readonly str: string; readonly hasEOL?: boolean } | { readonly type: string };

/** A page's text from pdf.js's text items: runs joined as they are, a line break where a run ends a line. */
export function pageTextOf(items: readonly TextContentItem[]): string {
  return items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
}
