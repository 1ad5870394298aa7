import ExcelJS from 'exceljs';
import type { AuditRow } from '../../../shared/audit/audit-chain.ts';
import { cellBorder, printSetup, SHEET_FONT, styleHeader, styleTitle } from '../xlsx/xlsx-style.ts';

/** The sheet's name. */
export const AUDIT_SHEET = '审计日志';

const body: Partial<ExcelJS.Style> = { font: { name: SHEET_FONT, size: 10 }, alignment: { vertical: 'top', wrapText: true }, border: cellBorder };

/**
 * The audit log as one xlsx sheet (序号, 时间, 动作, 对象, 详情, 前一行摘要, 本行摘要), to read and
 * filter in Excel; the JSON lines export is the one `pingshen audit verify` checks.
 */
export async function auditXlsx(rows: Iterable<AuditRow>, title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pingshen 评审台';
  const sheet = workbook.addWorksheet(AUDIT_SHEET, { pageSetup: printSetup(2), headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' }, views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [8, 24, 22, 30, 70, 34, 34].map((width) => ({ width, style: body }));
  sheet.mergeCells(1, 1, 1, 7);
  styleTitle(Object.assign(sheet.getCell(1, 1), { value: title }));
  ['序号', '时间', '动作', '对象', '详情', '前一行摘要', '本行摘要'].forEach((h, i) => styleHeader(Object.assign(sheet.getCell(2, i + 1), { value: h })));
  for (const r of rows) sheet.addRow([r.seq, r.at, r.action, r.subject, r.detail, r.prevHash, r.hash]);
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: 7 } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
