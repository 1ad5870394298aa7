import type { PdfLayout, PlacedHeading } from '../pdf-write/pdf-layout.ts';

/** What the cover of a 申报书 (附件 2 of the call) shows. */
export interface CoverInfo {
  readonly attachment: string;
  readonly programTitle: string;
  readonly documentTitle: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
  readonly issuer: string;
  readonly documentNumber: string;
  readonly note: string;
}

/** Writes "2026年5月18日" for an ISO date, as Chinese forms do. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Draws the cover page: title block, the filled-in form lines, and the issuing authority. */
export function drawApplicationCover(layout: PdfLayout, cover: CoverInfo): void {
  const { doc } = layout;
  layout.drawLine(cover.attachment, layout.left, 60, layout.width, { size: 12, bold: true, align: 'left' });
  let y = 150;
  for (const line of layout.lines(cover.programTitle, layout.width, { size: 22, bold: true })) {
    layout.drawLine(line, layout.left, y, layout.width, { size: 22, bold: true, align: 'center' });
    y += 36;
  }
  layout.drawLine(cover.documentTitle, layout.left, y + 14, layout.width, { size: 32, bold: true, align: 'center' });

  const labelWidth = 96;
  const valueWidth = 290;
  const x0 = layout.left + (layout.width - labelWidth - valueWidth) / 2;
  y = 350;
  for (const [label, value] of cover.rows) {
    layout.drawLine(`${label}：`, x0, y, labelWidth, { size: 14, bold: true, align: 'left' });
    const lines = layout.lines(value, valueWidth - 8, { size: 13 });
    for (const line of lines.length > 0 ? lines : ['']) {
      layout.drawLine(line, x0 + labelWidth + 4, y + 1, valueWidth - 8, { size: 13, align: 'center' });
      doc.lineWidth(0.6).moveTo(x0 + labelWidth, y + 20).lineTo(x0 + labelWidth + valueWidth, y + 20).stroke('#333333');
      y += 27;
    }
    y += 6;
  }

  const foot = doc.page.height - 150;
  layout.drawLine(cover.issuer, layout.left, foot, layout.width, { size: 15, bold: true, align: 'center' });
  layout.drawLine(cover.documentNumber, layout.left, foot + 28, layout.width, { size: 11, align: 'center' });
  layout.drawLine(cover.note, layout.left, foot + 56, layout.width, { size: 9, color: '#888888', align: 'center' });
}

/** Draws the table of contents on the current page, with dot leaders, page numbers and links. */
export function drawContents(layout: PdfLayout, headings: readonly PlacedHeading[]): void {
  const { doc } = layout;
  layout.drawLine('目  录', layout.left, 80, layout.width, { size: 20, bold: true, align: 'center' });
  let y = 140;
  for (const heading of headings) {
    const size = heading.level === 1 ? 13 : 12;
    const bold = heading.level === 1;
    const x = layout.left + (heading.level === 1 ? 0 : 26);
    const page = String(heading.page + 1);
    const titleWidth = layout.measure(heading.title, { size, bold });
    const pageWidth = layout.measure(page, { size });
    const dot = layout.measure('.', { size });
    const gap = layout.left + layout.width - pageWidth - (x + titleWidth) - 12;
    layout.drawLine(heading.title, x, y, titleWidth, { size, bold, align: 'left' });
    if (gap > dot) layout.drawLine('.'.repeat(Math.floor(gap / dot)), x + titleWidth + 6, y, gap, { size, color: '#777777', align: 'left' });
    layout.drawLine(page, layout.left + layout.width - pageWidth, y, pageWidth, { size, align: 'left' });
    doc.goTo(x, y - 2, layout.left + layout.width - x, size + 6, heading.destination);
    y += heading.level === 1 ? 30 : 25;
  }
}
