import ExcelJS from 'exceljs';
import { demoEntries } from '../../../shared/domain/demo-review.ts';
import type { DemoReview } from '../../../shared/domain/demo-review.ts';
import type { OutcomeFloor } from '../../../shared/domain/outcome-floor.ts';
import { PDF_PRODUCER } from '../pdf-write/pdf-layout.ts';
import { printSetup, SHEET_FONT, styleBody, styleHeader } from '../xlsx/xlsx-style.ts';

/** The sheet's name and the title row's text (附件 3 of the call). */
export const SUMMARY_SHEET = '申报信息汇总表';

/** The fixed columns before the figures, in order. */
export const SUMMARY_FIXED_HEADERS = ['序号', '领域', '牵头院校', '合作企业/机构', '申报主体类型', '项目名称'] as const;

/** The header row is the third: title, then the basis line, then the headers. */
export const SUMMARY_HEADER_ROW = 3;

/** Header text of a figure column: label and unit, as the call's 汇总表 would name it. */
export function figureHeader(floor: OutcomeFloor): string {
  return `${floor.label}（${floor.unit}）`;
}

/** Builds 申报信息汇总表.xlsx: one row per application with its committed outcome figures. */
export async function writeSummaryXlsx(demo: DemoReview, floors: readonly OutcomeFloor[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const fixedDate = new Date(`${demo.review.deadline}T09:00:00+08:00`);
  workbook.creator = PDF_PRODUCER;
  workbook.lastModifiedBy = PDF_PRODUCER;
  workbook.created = fixedDate;
  workbook.modified = fixedDate;
  workbook.title = SUMMARY_SHEET;

  const headers = [...SUMMARY_FIXED_HEADERS, ...floors.map(figureHeader)];
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    pageSetup: printSetup(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 3, ySplit: SUMMARY_HEADER_ROW }],
  });
  sheet.columns = headers.map((_, i) => ({ width: [6, 14, 22, 36, 18, 36][i] ?? 12 }));

  const last = headers.length;
  sheet.mergeCells(1, 1, 1, last);
  const title = sheet.getCell(1, 1);
  title.value = `${demo.review.deadline.slice(0, 4)}年安徽省职业教育高技能人才集群培养计划申报信息汇总表`;
  title.font = { name: SHEET_FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;

  sheet.mergeCells(2, 1, 2, last);
  const basis = sheet.getCell(2, 1);
  basis.value = `依据：${demo.review.documentNumber}\u3000\u3000申报截止：${demo.review.deadline}\u3000\u3000（演示数据，单位名称均为虚构）`;
  basis.font = { name: SHEET_FONT, size: 10 };
  basis.alignment = { horizontal: 'left', vertical: 'middle' };

  const headerRow = sheet.getRow(SUMMARY_HEADER_ROW);
  headerRow.values = headers;
  headerRow.height = 54;
  headerRow.eachCell((cell) => styleHeader(cell, 10.5));

  for (const { index, submission, field, application } of demoEntries(demo)) {
    const row = sheet.addRow([
      index,
      field.name,
      submission.applicant,
      submission.partners.join('、'),
      submission.applicantType,
      submission.title,
      ...floors.map((floor) => application.figures[floor.id] ?? null),
    ]);
    // The names and titles read left-aligned; 序号 and the figures centred.
    row.eachCell({ includeEmpty: true }, (cell, column) => styleBody(cell, !(column > 1 && column <= SUMMARY_FIXED_HEADERS.length)));
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
