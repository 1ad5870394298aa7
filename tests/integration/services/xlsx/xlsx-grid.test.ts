// A sheet from outside is read as a grid of its cells with content. A few kilobytes of xlsx can
// name a cell a million rows down: such a sheet is refused with the reason, at once, not walked;
// rows that are only formatted (a template's borders down to row 5000) do not count.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSummaryXlsx } from '../../../../electron/services/intake/read-summary-xlsx.ts';
import { readExpertListXlsx } from '../../../../electron/services/roster/read-expert-list-xlsx.ts';
import { MAX_GRID_ROWS } from '../../../../electron/services/xlsx/xlsx-grid.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();

/** A 专家名单 of two experts, with `edit` applied to its sheet. */
async function expertList(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专家名单');
  sheet.addRows([['姓名', '工作单位', '职称'], ['张三', '云湖职业技术学院', '教授'], ['李四', '江岚大学', '副教授']]);
  edit(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a sheet read as a grid', () => {
  it('refuses a 专家名单 with a stray cell far down or far right, naming the sheet and its size', async () => {
    const down = await readExpertListXlsx(await expertList((s) => (s.getCell(MAX_GRID_ROWS + 1, 3).value = 'x')));
    expect(down).toEqual({ ok: false, message: expect.stringMatching(/工作表「专家名单」过大：有内容的区域达 10001 行 × 3 列/u) });
    const right = await readExpertListXlsx(await expertList((s) => (s.getCell(2, 5000).value = 'x')));
    expect(right).toMatchObject({ ok: false, message: expect.stringContaining('3 行 × 5000 列') });
  });

  it('reads a 专家名单 whose rows are formatted far below the last expert', async () => {
    const read = await readExpertListXlsx(await expertList((s) => {
      for (let r = 4; r <= 20_000; r += 1) s.getCell(r, 1).border = { bottom: { style: 'thin' } };
    }));
    expect(read).toMatchObject({ ok: true, list: { rows: [expect.objectContaining({ name: '张三' }), expect.objectContaining({ name: '李四' })] } });
  });

  it('keeps a 汇总表 with a cell a million rows down as an unreadable file, with the reason', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('汇总表');
    sheet.addRows([['序号', '学校名称', '申报领域'], [1, '青岚职业技术学院', '人工智能']]);
    sheet.getCell(1_000_000, 2).value = 'x';
    const path = join(tempDir(), '申报信息汇总表.xlsx');
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bytes.length).toBeLessThan(20_000);
    writeFileSync(path, bytes);
    expect(await readSummaryXlsx(path, bytes.length, [])).toEqual({ readability: 'broken', message: expect.stringContaining('工作表「汇总表」过大'), sheets: [] });
  });
});
