import ExcelJS from 'exceljs';
import { demoEntries } from '../../../shared/domain/demo-review.ts';
import type { DemoReview } from '../../../shared/domain/demo-review.ts';
import type { OutcomeFloor } from '../../../shared/domain/outcome-floor.ts';
import { PDF_PRODUCER } from '../pdf/pdf-layout.ts';

/** The sheet's name and the title row's text (附件 3 of the call). */
export const SUMMARY_SHEET = '申报信息汇总表';

/** The fixed columns before the figures, in order. */
export const SUMMARY_FIXED_HEADERS = ['序号', '领域', '牵头院校', '合作企业/机构', '申报主体类型', '项目名称'] as const;

/** The header row is the third: title, then the basis line, then the headers. */
export const SUMMARY_HEADER_ROW = 3;

const FONT = '宋体';
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

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
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 3, ySplit: SUMMARY_HEADER_ROW }],
  });
  sheet.columns = headers.map((_, i) => ({ width: [6, 14, 22, 36, 18, 36][i] ?? 12 }));

  const last = headers.length;
  sheet.mergeCells(1, 1, 1, last);
  const title = sheet.getCell(1, 1);
  title.value = `${demo.review.deadline.slice(0, 4)}年安徽省职业教育高技能人才集群培养计划申报信息汇总表`;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;

  sheet.mergeCells(2, 1, 2, last);
  const basis = sheet.getCell(2, 1);
  basis.value = `依据：${demo.review.documentNumber}\u3000\u3000申报截止：${demo.review.deadline}\u3000\u3000（演示数据，单位名称均为虚构）`;
  basis.font = { name: FONT, size: 10 };
  basis.alignment = { horizontal: 'left', vertical: 'middle' };

  const headerRow = sheet.getRow(SUMMARY_HEADER_ROW);
  headerRow.values = headers;
  headerRow.height = 54;
  headerRow.eachCell((cell) => {
    cell.font = { name: FONT, size: 10.5, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = border;
  });

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
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.font = { name: FONT, size: 10.5 };
      cell.border = border;
      const text = column > 1 && column <= SUMMARY_FIXED_HEADERS.length;
      cell.alignment = { horizontal: text ? 'left' : 'center', vertical: 'middle', wrapText: true };
    });
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
