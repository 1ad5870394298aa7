import type ExcelJS from 'exceljs';

/** The font of every exported cell: what committees' own sheets and printouts use. */
export const SHEET_FONT = '宋体';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };

/** Thin black borders on all four sides. */
export const cellBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Print setup: A4 landscape, all columns on one page width, rows firstTitleRow…lastTitleRow repeated on each page. */
export function printSetup(lastTitleRow: number, firstTitleRow = 1): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${firstTitleRow}:${lastTitleRow}`,
  };
}

/** Styles a header cell: bold, centred, shaded (11 points unless a denser table asks for less). */
export function styleHeader(cell: ExcelJS.Cell, size = 11): void {
  cell.font = { name: SHEET_FONT, size, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  cell.border = cellBorder;
}

/** Styles a body cell: 宋体 10.5, wrapped, bordered; numbers and short codes centred. */
export function styleBody(cell: ExcelJS.Cell, centred: boolean): void {
  cell.font = { name: SHEET_FONT, size: 10.5 };
  cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true };
  cell.border = cellBorder;
}

/** Styles the merged title cell: 宋体 16 bold, centred. */
export function styleTitle(cell: ExcelJS.Cell): void {
  cell.font = { name: SHEET_FONT, size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Width of text in column-width units: CJK and full-width characters count twice. */
function textWidth(line: string): number {
  let width = 0;
  for (const char of line) width += /[\u1100-\uffff]/u.test(char) ? 2 : 1;
  return width;
}

/**
 * A row height (points) that shows all wrapped text: Excel does not grow rows on opening, so
 * the height is estimated from the longest cell, 14 points per line of 10.5-point text.
 */
export function rowHeight(texts: readonly { text: string; width: number }[], minimum = 20): number {
  const lines = Math.max(
    1,
    ...texts.map(({ text, width }) =>
      text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1))), 0),
    ),
  );
  return Math.max(minimum, Math.min(409, lines * 14 + 6));
}
