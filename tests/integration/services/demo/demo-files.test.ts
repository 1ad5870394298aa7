import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEntries } from '../../../../shared/domain/demo-review.ts';
import { loadDemoReview, loadOutcomeFloors } from '../../../../electron/services/demo/load-demo-review.ts';
import { defaultResourcesDir } from '../../../../electron/services/resources-dir.ts';
import { writeApplicationPdf } from '../../../../electron/services/demo/write-application-pdf.ts';
import { OutputNotEmptyError, writeDemoFiles } from '../../../../electron/services/demo/write-demo-files.ts';
import type { WrittenFile } from '../../../../electron/services/demo/write-demo-files.ts';
import { figureHeader, SUMMARY_FIXED_HEADERS, SUMMARY_HEADER_ROW, SUMMARY_SHEET } from '../../../../electron/services/demo/write-summary-xlsx.ts';
import { locateCjkFonts } from '../../../../electron/services/pdf-write/cjk-font.ts';
import { readPdf } from '../../../support/read-pdf.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const demo = loadDemoReview();
const floors = loadOutcomeFloors();
const entries = demoEntries(demo);

/** Every file under a folder, relative, with `/` separators. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('writeDemoFiles', () => {
  let outDir = '';
  let written: WrittenFile[] = [];
  // One output shared by the read-only checks below (useTempDirs cleans after each test).
  beforeAll(async () => {
    outDir = join(mkdtempSync(join(tmpdir(), 'pingshen-demo-')), '演示 输出');
    written = await writeDemoFiles(outDir);
  });
  afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

  it('writes review.json, the workbook and two PDFs per application, with true sizes and hashes', () => {
    expect(written.map((f) => f.path)).toEqual([
      'review.json',
      '汇总表/申报信息汇总表.xlsx',
      ...entries.flatMap(({ index, submission }) => {
        const folder = `${String(index).padStart(2, '0')}-${submission.applicant}`;
        return [`${folder}/申报书.pdf`, `${folder}/佐证材料.pdf`];
      }),
    ]);
    expect(listFiles(outDir).sort()).toEqual(written.map((f) => f.path).sort());
    for (const file of written) {
      const bytes = readFileSync(join(outDir, file.path));
      expect(bytes.length).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    expect(JSON.parse(readFileSync(join(outDir, 'review.json'), 'utf8'))).toEqual(demo);
  });

  it('writes 申报书 PDFs of several pages whose embedded Chinese text, outline and metadata read back', async () => {
    for (const { index, submission, application } of entries) {
      const file = written.find((f) => f.path.startsWith(`${String(index).padStart(2, '0')}-`) && f.path.endsWith('申报书.pdf'));
      const pdf = await readPdf(readFileSync(join(outDir, file!.path)));
      expect(pdf.numPages).toBeGreaterThanOrEqual(4);
      expect(pdf.numPages).toBeLessThanOrEqual(8);
      const text = pdf.pages.join('\n').replace(/\s+/gu, '');
      expect(text).toContain(submission.applicant);
      expect(text).toContain('二、建设基础');
      expect(text).toContain(application.contact.email);
      expect(pdf.pages[1]).toContain('目');
      expect(pdf.pages.at(-1)).toContain(`第 ${pdf.numPages} 页 共 ${pdf.numPages} 页`);
      const titles = pdf.outline.map((o) => o.title);
      expect(titles.slice(0, 4)).toEqual(['一、基本信息', '二、建设基础', '三、建设目标', '四、主要任务']);
      expect(pdf.outline[3]!.items).toHaveLength(6);
      expect(pdf.info).toMatchObject({ Author: submission.applicant, Producer: 'Pingshen 评审台', Title: `${submission.title} 申报书` });
    }
  });

  it('writes 佐证材料 PDFs with one page per evidence item after the list', async () => {
    for (const { index, application } of entries) {
      const file = written.find((f) => f.path.startsWith(`${String(index).padStart(2, '0')}-`) && f.path.endsWith('佐证材料.pdf'));
      const pdf = await readPdf(readFileSync(join(outDir, file!.path)));
      expect(pdf.numPages).toBe(1 + application.evidence.length);
      expect(pdf.pages[1]!.replace(/\s+/gu, '')).toContain(application.evidence[0]!.title.replace(/\s+/gu, ''));
      expect(pdf.outline).toHaveLength(application.evidence.length);
    }
  });

  it('writes the 汇总表 workbook with the merged title, Chinese headers, 宋体 and one row per application', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(outDir, '汇总表', '申报信息汇总表.xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SUMMARY_SHEET)!;
    const columns = SUMMARY_FIXED_HEADERS.length + floors.length;
    expect(columns).toBe(17);
    expect(sheet.model.merges).toContain('A1:Q1');
    expect(String(sheet.getCell('A1').value)).toContain('申报信息汇总表');
    const headers = (sheet.getRow(SUMMARY_HEADER_ROW).values as unknown[]).slice(1);
    expect(headers).toEqual([...SUMMARY_FIXED_HEADERS, ...floors.map(figureHeader)]);
    expect(headers).toContain('毕业生就业对口率（%）');
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > SUMMARY_HEADER_ROW) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows.map((r) => r.slice(0, 3))).toEqual(entries.map((e) => [e.index, e.field.name, e.submission.applicant]));
    expect(rows[3]![SUMMARY_FIXED_HEADERS.length + 3]).toBe(76);
    expect(sheet.getCell('C4').font?.name).toBe('宋体');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
  });

  it('leaves no temporary files behind', () => {
    expect(listFiles(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writeDemoFiles refuses to mix with existing files', () => {
  it('refuses a non-empty folder without force and writes nothing; force writes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.txt'), '已有文件');
    await expect(writeDemoFiles(dir)).rejects.toThrow(OutputNotEmptyError);
    await expect(writeDemoFiles(dir)).rejects.toThrow(/已存在且不为空/u);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
    const files = await writeDemoFiles(dir, { force: true });
    expect(files).toHaveLength(2 + entries.length * 2);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('已有文件');
  });
});

describe('demo documents', () => {
  it('are byte-identical for the same input (fixed dates, deterministic font subsets)', async () => {
    const input = { demo, entry: entries[0]!, floors, fonts: locateCjkFonts() };
    const [a, b] = [await writeApplicationPdf(input), await writeApplicationPdf(input)];
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('use only characters the embedded font has glyphs for (no tofu boxes)', () => {
    const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
      openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean };
    };
    const font = fontkit.openSync(locateCjkFonts().regular);
    const text = readFileSync(join(defaultResourcesDir(), 'demo', 'demo-review.json'), 'utf8') + readFileSync(join(defaultResourcesDir(), 'demo', 'outcome-floors.json'), 'utf8');
    const missing = [...new Set(text)].filter((ch) => ch.trim() !== '' && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});

describe('loadDemoReview', () => {
  it('explains in Chinese what is wrong with a broken demo file', () => {
    const dir = tempDir();
    cpSync(defaultResourcesDir(), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
    const file = join(dir, 'demo', 'demo-review.json');
    const broken = JSON.parse(readFileSync(file, 'utf8')) as { applications: { figures: Record<string, number> }[] };
    delete broken.applications[2]!.figures.textbook_sets;
    writeFileSync(file, JSON.stringify(broken));
    expect(() => loadDemoReview(dir)).toThrow(/演示数据 .*无效：申报 ai-01 缺少指标 textbook_sets/u);
    writeFileSync(file, '{ 不是 JSON');
    expect(() => loadDemoReview(dir)).toThrow(/无法读取：不是有效的 JSON/u);
    expect(() => loadDemoReview(join(dir, 'nowhere'))).toThrow(/文件不存在/u);
  });
});
