import type { PdfLayout } from './pdf-layout.ts';

/** One column of a drawn table; widths are fractions of the text column and should sum to 1. */
export interface TableColumn {
  readonly header: string;
  readonly share: number;
  readonly align?: 'left' | 'center' | 'justify';
  /** Label columns (基本信息表) are set bold on a grey ground. */
  readonly label?: boolean;
}

/** How a table is drawn. */
export interface TableOptions {
  readonly size?: number;
  /** False for label/value tables that have no header row. */
  readonly header?: boolean;
}

const PAD = 5;
const GREY = '#eeeeee';

/** Draws a ruled table in the text column, wrapping cells and repeating the header after a page break. */
export function drawTable(layout: PdfLayout, columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: TableOptions = {}): void {
  const size = options.size ?? 10.5;
  const lineHeight = size * 1.55;
  const widths = columns.map((c) => c.share * layout.width);
  const { doc } = layout;

  const wrap = (cells: readonly string[], isHeader: boolean): string[][] =>
    cells.map((cell, i) => layout.lines(cell, (widths[i] ?? 0) - PAD * 2, { size, bold: isHeader || columns[i]?.label === true }));
  const heightOf = (wrapped: readonly string[][]): number => Math.max(...wrapped.map((lines) => Math.max(1, lines.length))) * lineHeight + PAD * 2;
  const headers = columns.map((c) => c.header);

  const drawRow = (cells: readonly string[], isHeader: boolean): void => {
    const wrapped = wrap(cells, isHeader);
    const height = heightOf(wrapped);
    const startPage = layout.pageIndex;
    layout.ensureSpace(height);
    if (isHeader === false && options.header !== false && layout.pageIndex !== startPage) drawRow(headers, true);
    const top = layout.y;
    let x = layout.left;
    wrapped.forEach((lines, i) => {
      const column = columns[i];
      const width = widths[i] ?? 0;
      const shaded = isHeader || column?.label === true;
      doc.lineWidth(0.6).rect(x, top, width, height);
      if (shaded) doc.fillAndStroke(GREY, '#333333');
      else doc.stroke('#333333');
      // Centre the block of lines vertically in the row, as a form would.
      let y = top + (height - lines.length * lineHeight) / 2 + (lineHeight - size) / 2 - 1;
      lines.forEach((line, j) => {
        const align = isHeader || column?.label ? 'center' : (column?.align ?? 'left');
        const style = { size, bold: shaded, align } as const;
        layout.drawLine(line, x + PAD, y, width - PAD * 2, style, j === lines.length - 1);
        y += lineHeight;
      });
      x += width;
    });
    layout.y = top + height;
  };

  if (options.header !== false) {
    // Keep the header with the first row: a header alone at the foot of a page reads as an empty table.
    const first = rows[0];
    layout.ensureSpace(heightOf(wrap(headers, true)) + (first ? heightOf(wrap(first, false)) : 0));
    drawRow(headers, true);
  }
  for (const row of rows) drawRow(row, false);
  layout.y += size;
}
