import PDFDocument from 'pdfkit';
import { breakCjkLines } from './break-cjk-lines.ts';
import type { CjkFonts } from './cjk-font.ts';

/** What a generated PDF says about itself (document information dictionary). */
export interface PdfInfo {
  readonly title: string;
  readonly author: string;
  readonly subject?: string;
  readonly keywords?: string;
  /** Fixed by the caller so the same input gives the same bytes. */
  readonly createdAt: Date;
}

/** How a run of text is set. */
export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  /** First-line indent in characters (Chinese paragraphs indent two). */
  readonly indentChars?: number;
  readonly align?: 'justify' | 'left' | 'center';
  readonly color?: string;
  readonly lineHeight?: number;
}

/** A heading placed by `heading()`, for the table of contents. */
export interface PlacedHeading {
  readonly title: string;
  readonly level: 1 | 2;
  /** Zero-based page index. */
  readonly page: number;
  readonly destination: string;
}

/** Running header and footer text of one page. */
export interface PageMarks {
  readonly headerLeft?: string;
  readonly headerRight?: string;
  readonly footer?: string;
}

/** The producer every generated document names. */
export const PDF_PRODUCER = 'Pingshen 评审台';

// pdfkit's typings only know `expanded`; its outline also reads `top`/`left` (XYZ destination).
type OutlineItem = { addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): OutlineItem };

/** A4 page flow over pdfkit with CJK line breaking, headings with bookmarks, and page footers. */
export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  readonly headings: PlacedHeading[] = [];
  readonly left = 72;
  readonly width: number;
  private readonly bottom: number;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private chapter: OutlineItem | null = null;

  constructor(fonts: CjkFonts, info: PdfInfo) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: this.left, right: 72 },
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'zh-CN',
      displayTitle: true,
      info: {
        Title: info.title,
        Author: info.author,
        ...(info.subject === undefined ? {} : { Subject: info.subject }),
        ...(info.keywords === undefined ? {} : { Keywords: info.keywords }),
        Creator: PDF_PRODUCER,
        Producer: PDF_PRODUCER,
        CreationDate: info.createdAt,
        ModDate: info.createdAt,
      },
    });
    this.doc.registerFont('cjk', fonts.regular);
    this.doc.registerFont('cjk-bold', fonts.bold ?? fonts.regular);
    this.doc.font('cjk');
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.width = this.doc.page.width - this.left * 2;
    this.bottom = this.doc.page.height - 72;
  }

  /** Current vertical position. */
  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Index (zero-based) of the newest page, where the flow writes; not the page `switchToPage` chose. */
  get pageIndex(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  /** Starts a new page at the top margin. */
  newPage(): void {
    this.doc.addPage();
    this.doc.y = 72;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** Selects font and size, for measuring or drawing. */
  setFont(style: TextStyle = {}): void {
    this.doc.font(style.bold ? 'cjk-bold' : 'cjk').fontSize(style.size ?? 12);
  }

  /** Width of text in the given style, in points. */
  measure(text: string, style: TextStyle = {}): number {
    this.setFont(style);
    return this.doc.widthOfString(text);
  }

  /** Breaks text into lines of at most `width` points in the given style. */
  lines(text: string, width: number, style: TextStyle = {}): string[] {
    this.setFont(style);
    return breakCjkLines(text, width, (s) => this.doc.widthOfString(s));
  }

  /** Draws one line at (x, y) without pdfkit's own wrapping, stretched to `width` when justified. */
  drawLine(line: string, x: number, y: number, width: number, style: TextStyle = {}, last = true): void {
    this.setFont(style);
    const natural = this.doc.widthOfString(line);
    const count = [...line].length;
    const align = style.align ?? 'justify';
    let spacing = 0;
    // Justify by letter spacing; a line that would need gaps wider than a quarter em stays ragged.
    if (align === 'justify' && !last && count > 1) spacing = Math.max(0, (width - natural) / (count - 1));
    if (spacing > (style.size ?? 12) / 4) spacing = 0;
    const dx = align === 'center' ? (width - natural) / 2 : 0;
    this.doc.fillColor(style.color ?? '#000000');
    this.doc.text(line, x + dx, y, { lineBreak: false, characterSpacing: spacing });
  }

  /** Sets a paragraph in the text column, breaking pages between lines. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 12;
    const lineHeight = style.lineHeight ?? size * 1.75;
    const indent = (style.indentChars ?? 2) * size;
    this.setFont(style);
    const body = text.trim();
    const head = this.lines(body, this.width - indent, style)[0] ?? '';
    const rest = this.lines(body.slice(head.length).trimStart(), this.width, style);
    const all = [head, ...rest].filter((line) => line.length > 0);
    all.forEach((line, i) => {
      this.ensureSpace(lineHeight);
      const x = i === 0 ? this.left + indent : this.left;
      const w = i === 0 ? this.width - indent : this.width;
      this.drawLine(line, x, this.doc.y, w, style, i === all.length - 1);
      this.doc.y += lineHeight;
    });
  }

  /** A numbered heading with a bookmark and a named destination for the table of contents. */
  heading(title: string, level: 1 | 2): void {
    const size = level === 1 ? 16 : 13.5;
    this.ensureSpace(size * 4);
    this.doc.y += level === 1 ? size * 0.6 : size * 0.3;
    const destination = `h${this.headings.length + 1}`;
    // XYZ with zoom 0 keeps the reader's zoom; PDF y runs upwards from the page bottom.
    this.doc.addNamedDestination(destination, 'XYZ', 0, this.doc.page.height - this.doc.y + 8, 0);
    const outline = this.doc.outline as unknown as OutlineItem;
    const at = { top: this.doc.y - 8, left: this.doc.page.width };
    if (level === 1 || this.chapter === null) this.chapter = outline.addItem(title, { ...at, expanded: true });
    else this.chapter.addItem(title, at);
    this.headings.push({ title, level, page: this.pageIndex, destination });
    this.drawLine(title, this.left, this.doc.y, this.width, { size, bold: true, align: 'left' });
    this.doc.y += size * 1.9;
  }

  /** Writes header and footer on every page the callback names (null skips, e.g. a cover), then ends. */
  async finish(marks: (page: number, total: number) => PageMarks | null): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    const size = 9;
    const grey = { size, color: '#666666', align: 'left' } as const;
    for (let i = start; i < start + count; i += 1) {
      this.doc.switchToPage(i);
      const m = marks(i + 1, count);
      if (m === null) continue;
      if (m.footer !== undefined) {
        const w = this.measure(m.footer, { size });
        this.drawLine(m.footer, (this.doc.page.width - w) / 2, this.doc.page.height - 48, w, grey);
      }
      if (m.headerLeft !== undefined) this.drawLine(m.headerLeft, this.left, 44, this.width, grey);
      if (m.headerRight !== undefined) {
        const w = this.measure(m.headerRight, { size });
        this.drawLine(m.headerRight, this.left + this.width - w, 44, w, grey);
      }
      if (m.headerLeft !== undefined || m.headerRight !== undefined) {
        this.doc.lineWidth(0.5).moveTo(this.left, 58).lineTo(this.left + this.width, 58).stroke('#999999');
      }
    }
    this.doc.end();
    return this.done;
  }
}
