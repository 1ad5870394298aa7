import ExcelJS from 'exceljs';
import type { FormalCheckView } from '../../../shared/domain/formal-check-view.ts';
import { countResults } from '../../../shared/formal-check/check-verdict.ts';
import { applicationNotes, conclusionText, formalCheckSubtitle, resultCellText, verdictLabels } from '../../../shared/formal-check/result-texts.ts';
import { mergedTitle, printSetup, rowHeight, SHEET_FONT, styleBody, styleHeader } from '../xlsx/xlsx-style.ts';

/** The sheet's name, as committees call it. */
export const FORMAL_CHECK_SHEET = '形式审查结果表';

/** What the workbook needs besides the check: the review's title, organisation, 文号 and deadline, and the field names. */
export interface FormalCheckXlsxInput {
  readonly title: string;
  readonly organisation: string;
  readonly documentNumber: string;
  readonly deadline: string;
  readonly fieldNames: ReadonlyMap<string, string>;
  readonly view: FormalCheckView;
}

/** The sheet's name in the results workbook, beside 评分明细 and 签名与校验. */
export const FORMAL_CHECK_RESULTS_SHEET = '形式审查';

/** The formal check narrowed to one category's applications (a per-category results workbook), its counts recounted. */
export function formalCheckOfCategory(input: FormalCheckXlsxInput, categoryId: string): FormalCheckXlsxInput {
  const applications = input.view.applications.filter((a) => a.fieldId === categoryId);
  return { ...input, view: { ...input.view, applications, counts: countResults(applications.flatMap((a) => a.results)) } };
}

/**
 * The 形式审查结果表 as an Excel workbook (exceljs): one row per application, a column per rule with
 * its result (overrides shown as such, beside what the check said), the verdict, the 材料审核
 * conclusion and a column of reasons and overrides; signature lines for 审查人 and 复核人 at the foot.
 * 宋体, A4 landscape, fit to width, the title rows repeated, the header frozen.
 */
export async function formalCheckXlsx(input: FormalCheckXlsxInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pingshen 评审台';
  workbook.title = `${input.title} ${FORMAL_CHECK_SHEET}`;
  addFormalCheckSheet(workbook, input);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Adds the 形式审查结果表 as a sheet named `name` to a workbook (its own file, or the results workbook). */
export function addFormalCheckSheet(workbook: ExcelJS.Workbook, input: FormalCheckXlsxInput, name = FORMAL_CHECK_SHEET): void {
  const { view } = input;
  const headerRow = 3;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: printSetup(headerRow),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 3, ySplit: headerRow }],
  });
  const headers = ['序号', '领域', '申报单位', ...view.rules.map((r) => r.label), '审查结论', '材料审核结论', '说明（未通过的理由、改判及其理由）'];
  const notesColumn = headers.length;
  const widths = headers.map((h, i) => (i === 0 ? 6 : i === 1 ? 14 : i === 2 ? 26 : i === notesColumn - 1 ? 60 : i >= 3 + view.rules.length ? 14 : Math.max(10, Math.ceil(h.length * 1.6))));
  sheet.columns = widths.map((width) => ({ width }));

  mergedTitle(sheet, 1, headers.length, `${input.title} ${FORMAL_CHECK_SHEET}`);
  mergedTitle(sheet, 2, headers.length, formalCheckSubtitle(input, view), 11);
  headers.forEach((h, i) => {
    sheet.getCell(headerRow, i + 1).value = h;
    styleHeader(sheet.getCell(headerRow, i + 1));
  });

  let row = headerRow + 1;
  view.applications.forEach((application, index) => {
    const values = [
      index + 1,
      input.fieldNames.get(application.fieldId) ?? application.fieldId,
      application.applicant,
      ...view.rules.map((r) => resultCellText(application.results.find((x) => x.rule === r.id))),
      verdictLabels[application.verdict],
      conclusionText(application),
      applicationNotes(application).join('\n'),
    ];
    values.forEach((v, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.value = v;
      styleBody(cell, i !== 2 && i !== notesColumn - 1 && i !== notesColumn - 2);
      const rule = i >= 3 && i < 3 + view.rules.length ? application.results.find((x) => x.rule === view.rules[i - 3]?.id) : undefined;
      if (rule?.effective === 'fail') cell.font = { name: SHEET_FONT, size: 10.5, bold: true, color: { argb: 'FFC00000' } };
    });
    sheet.getRow(row).height = rowHeight(values.map((v, i) => ({ text: String(v), width: widths[i] ?? 10 })));
    row += 1;
  });

  // Signature lines, as the printed 结果表 is signed by hand.
  row += 1;
  sheet.mergeCells(row, 1, row, headers.length);
  const signatures = sheet.getCell(row, 1);
  signatures.value = '审查人（签字）：____________________        复核人（签字）：____________________        日期：__________';
  signatures.font = { name: SHEET_FONT, size: 11 };
  sheet.getRow(row).height = 30;
}
