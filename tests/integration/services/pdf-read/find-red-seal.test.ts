// The red-seal hint of the formal check (stamp.unverified), on PDFs made as applicants' files are:
// a scanned page (an RGB image) with and without a red seal, a blue stamp, an electronic seal
// (a red image on a page of text), a seal drawn as vectors, a red heading bar on a page of text,
// a scanned 红头 (red heading and rule: long, no seal) with and without a seal, an oval 财务章;
// and every PDF of the corpus read without a throw.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from '../../../../electron/services/pdf-read/extract-page-texts.ts';
import { hasSealRed } from '../../../../electron/services/pdf-read/find-red-seal.ts';
import { locateCjkFonts } from '../../../../electron/services/pdf-write/cjk-font.ts';
import { pdfkitBytes } from '../../../../electron/services/pdf-write/pdfkit-bytes.ts';
import { corpusDir } from '../../../support/corpus.ts';
import { writeTestPdf } from '../../../support/intake-fixtures.ts';
import { writePng } from '../../../../electron/services/demo/write-png.ts';

/** A PDF with the CJK font registered as 'cjk'. */
const pdfOf = async (draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> => new Uint8Array(await pdfkitBytes((doc) => {
  doc.registerFont('cjk', locateCjkFonts().regular);
  draw(doc);
}));

type Rgb = readonly [number, number, number];
const paper: Rgb = [238, 236, 228];

/** A scanned A4 page at a low resolution: paper, a few lines of grey "text", and a ring of `ink` where a seal goes. */
function scan(ink: Rgb | null): Buffer {
  return writePng(420, 594, (x, y) => {
    const d = (x - 300) ** 2 + (y - 480) ** 2;
    if (ink && d < 48 ** 2 && d > 38 ** 2) return ink;
    if (y % 30 < 3 && x > 40 && x < 380 && y < 400) return [90, 90, 90];
    return paper;
  });
}

const sealOf = async (bytes: Uint8Array) => (await readPdfPages(bytes, { seal: true })).redSeal;

describe('the red seal of a stamped PDF', () => {
  it('finds the seal on a scanned page, and none on a scan without one or with a blue stamp', async () => {
    const scanned = (ink: Rgb | null) => pdfOf((doc) => doc.addPage().image(scan(ink), 0, 0, { width: 595, height: 842 }));
    expect(await sealOf(await scanned([196, 38, 42]))).toBe(true);
    // A faded, scanned seal: lighter red, still red.
    expect(await sealOf(await scanned([222, 120, 118]))).toBe(true);
    expect(await sealOf(await scanned(null))).toBe(false);
    expect(await sealOf(await scanned([40, 60, 190]))).toBe(false);
  });

  it('finds an electronic seal (a red image over a page of text) on the last page of a long document', async () => {
    const seal = writePng(160, 160, (x, y) => ((x - 80) ** 2 + (y - 80) ** 2 < 75 ** 2 && (x - 80) ** 2 + (y - 80) ** 2 > 62 ** 2 ? [214, 28, 20] : [255, 255, 255]));
    const bytes = await pdfOf((doc) => {
      for (let n = 1; n <= 8; n++) doc.addPage().font('cjk').fontSize(14).text(`第 ${String(n)} 页：建设方案与保障措施`, 72, 72);
      doc.image(seal, 380, 600, { width: 120 });
    });
    const kept = bytes.slice(); // pdf.js takes the bytes it reads
    expect(await sealOf(bytes)).toBe(true);
    // A second look for the seal with the texts read before (the intake's seal-only probe): the same
    // answer, and the texts are those given, not read again.
    const first = await readPdfPages(kept.slice(), { seal: false });
    expect(first.texts).toHaveLength(8);
    const known = first.texts.map((text, i) => (i === 0 ? '（已读）' : text));
    expect(await readPdfPages(kept.slice(), { seal: true, knownTexts: known })).toEqual({ texts: known, redSeal: true });
    // Texts of another page count are not this file's: it is read afresh.
    expect((await readPdfPages(kept.slice(), { seal: true, knownTexts: ['x'] })).texts).toEqual(first.texts);
  });

  it('counts a red shape drawn on a page without text (a generated scan), not a red heading bar on a page of text', async () => {
    expect(await sealOf(new Uint8Array(await writeTestPdf({ scanPages: 2 })))).toBe(true);
    const heading = await pdfOf((doc) => {
      doc.addPage();
      doc.rect(60, 60, 470, 30).fill('#c8102e');
      doc.fillColor('#000000').font('cjk').fontSize(14).text('申报书（电子版，未盖章）', 72, 120);
    });
    expect(await sealOf(heading)).toBe(false);
  });

  it('says nothing (null) where nothing could be looked at: a PDF of text alone', async () => {
    expect(await sealOf(new Uint8Array(await writeTestPdf({ pages: ['附件 2 申报书'] })))).toBeNull();
    expect((await readPdfPages(new Uint8Array(await writeTestPdf({ scanPages: 1 })), { seal: false })).redSeal).toBeNull();
  });

  it('looks only at strong reds, evenly sampled, and never past the pixels an image has', () => {
    // A square patch of `rgb` covering `share` of the image, in its middle.
    const image = (rgb: Rgb, share: number) => {
      const width = 100;
      const side = Math.sqrt(width * width * share);
      const data = new Uint8Array(width * width * 3);
      for (let p = 0; p < width * width; p++) {
        const [x, y] = [p % width, Math.floor(p / width)];
        data.set(Math.abs(x - 50) < side / 2 && Math.abs(y - 50) < side / 2 ? rgb : paper, p * 3);
      }
      return { width, height: width, kind: 2, data };
    };
    expect(hasSealRed(image([200, 30, 30], 0.01))).toBe(true);
    expect(hasSealRed(image([200, 30, 30], 0.0005))).toBe(false);
    expect(hasSealRed(image([230, 150, 60], 0.05))).toBe(false); // orange
    expect(hasSealRed(image([220, 40, 160], 0.05))).toBe(false); // magenta
    expect(hasSealRed(image([160, 110, 90], 0.05))).toBe(false); // brown paper
    expect(hasSealRed({ width: 100, height: 100, kind: 2, data: new Uint8Array(10) })).toBe(false);
    expect(hasSealRed({ width: 100, height: 100, kind: 1, data: new Uint8Array(10_000) })).toBe(false);
  });

  it('tells a seal from other red on a scan: a red heading and rule (红头) are long, a seal or an oval 财务章 is roundish', async () => {
    const page = (draw: (x: number, y: number) => Rgb | null) => {
      const png = writePng(420, 594, (x, y) => draw(x, y) ?? (y % 30 < 3 && x > 40 && x < 380 && y > 160 && y < 400 ? [90, 90, 90] : paper));
      return pdfOf((doc) => doc.addPage().image(png, 0, 0, { width: 595, height: 842 }));
    };
    const red: Rgb = [200, 30, 34];
    // 安徽省教育厅文件 in large red characters side by side, and the red rule under it.
    const header = (x: number, y: number): Rgb | null => ((y > 40 && y < 80 && x > 50 && x < 370 && x % 40 < 32) || (y > 110 && y < 115 && x > 30 && x < 390) ? red : null);
    expect(await sealOf(await page(header))).toBe(false);
    // The same page stamped: the seal is found beside the red heading.
    const ring = (x: number, y: number, rx: number, ry: number) => {
      const d = ((x - 300) / rx) ** 2 + ((y - 480) / ry) ** 2;
      return d < 1 && d > 0.7;
    };
    expect(await sealOf(await page((x, y) => header(x, y) ?? (ring(x, y, 48, 48) ? red : null)))).toBe(true);
    // An oval 财务章, half as wide again as it is high.
    expect(await sealOf(await page((x, y) => (ring(x, y, 54, 36) ? red : null)))).toBe(true);
  });

  const corpus = corpusDir();
  it.skipIf(corpus === null)('reads every PDF of the corpus without a throw (true, false or null)', async () => {
    const dir = join(corpus ?? '', 'pdfs');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.pdf'))) {
      const outcome = await readPdfPages(new Uint8Array(readFileSync(join(dir, name))), { seal: true }).then((r) => r.redSeal, (error: unknown) => (error as Error).name);
      expect([true, false, null, 'TextUnreadable'], name).toContain(outcome);
    }
  });
});
