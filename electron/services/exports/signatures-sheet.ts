import type ExcelJS from 'exceljs';
import type { ResultsExport } from '../../../shared/exports/results-export.ts';
import { fittedWidth, printSetup, rowHeight, SHEET_FONT, styleBody, styleHeader, styleTitle } from '../xlsx/xlsx-style.ts';

/** The sheet's name, as committees call it. */
export const SIGNATURES_SHEET = '签名与校验';

/** The columns of the counted sheets' table, in order. */
export const signatureHeaders = ['序号', '专家', '单位', '公钥指纹', '版本', '签名时间', '评分表摘要（SHA-256）', '文件', '已取代的版本（不计入）', '备注'] as const;

/**
 * Adds 签名与校验: every counted sheet (expert, organisation, key fingerprint, version, signed at,
 * the sheet's digest, the versions it superseded), then the digests of the issued packages and of
 * the signed result (or that it is not signed yet), and how to check them with the command line.
 */
export function addSignaturesSheet(workbook: ExcelJS.Workbook, results: ResultsExport): void {
  const headerRow = 3;
  const sheet = workbook.addWorksheet(SIGNATURES_SHEET, {
    pageSetup: printSetup(headerRow),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 2, ySplit: headerRow }],
  });
  const sheets = [...results.sheets].sort((a, b) => a.expertId.localeCompare(b.expertId, 'en', { numeric: true }));
  const superseded = (s: ResultsExport['sheets'][number]) => s.superseded.map((x) => `第 ${String(x.version)} 版 ${x.digest}（${x.file}）`).join('\n');
  // The digests wrap onto two lines (64 hex digits): the table fits the page's width without shrinking to unreadable print.
  const widths = [6, fittedWidth(sheets.map((s) => s.name), 8, 16), fittedWidth(sheets.map((s) => s.organisation), 12, 24), 22, 6, 14, 34, fittedWidth(sheets.map((s) => s.file), 14, 28), 40, 16];
  sheet.columns = widths.map((width) => ({ width }));
  const span = signatureHeaders.length;
  const line = (row: number, text: string, style: 'title' | 'note' | 'label') => {
    sheet.mergeCells(row, 1, row, span);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    if (style === 'title') styleTitle(cell);
    else cell.font = { name: SHEET_FONT, size: style === 'label' ? 11 : 10.5, bold: style === 'label' };
    if (style === 'note') sheet.getRow(row).height = text.length > 80 ? 30 : 18;
    cell.alignment = { ...(style === 'title' ? { horizontal: 'center' } : {}), vertical: 'middle', wrapText: true };
  };
  line(1, `${results.title} ${SIGNATURES_SHEET}`, 'title');
  line(2, `计入汇总的评分表 ${String(sheets.length)} 份：每位专家以其最新的有效版本计入；摘要为评分表规范 JSON（RFC 8785）的 SHA-256，公钥指纹请与专家的公钥卡核对`, 'note');
  signatureHeaders.forEach((h, i) => styleHeader(Object.assign(sheet.getCell(headerRow, i + 1), { value: h })));
  let row = headerRow + 1;
  sheets.forEach((s, i) => {
    const values = [i + 1, s.name, s.organisation, s.fingerprint, s.version, s.signedAt, s.digest, s.file, superseded(s), s.firstSight ? '名单外专家，公钥卡已当面核对' : ''];
    values.forEach((v, c) => styleBody(Object.assign(sheet.getCell(row, c + 1), { value: v }), c === 0 || c === 4));
    sheet.getCell(row, 7).font = { name: 'Consolas', size: 9 };
    sheet.getCell(row, 4).font = { name: 'Consolas', size: 10 };
    sheet.getRow(row).height = rowHeight(values.map((v, c) => ({ text: String(v), width: (widths[c] ?? 10) - (c === 6 ? 6 : 0) })));
    row += 1;
  });
  row += 1;
  line(row++, '评审包摘要（本次评审发出的评审包，评分表须指向其中之一）', 'label');
  for (const digest of results.packageDigests) line(row++, digest, 'note');
  row += 1;
  line(row++, '评审结果摘要（组织方签名的 pingshen.result/1）', 'label');
  line(row++, results.result ? `${results.result.digest}（签名于 ${results.result.signedAt}）` : '评审结果尚未签名', 'note');
  row += 1;
  line(row++, '核对方法', 'label');
  line(row++, '评分表：pingshen verify <评分表.pingshen-sheet.json>…（核对签名、规范格式，并打印摘要与公钥指纹）', 'note');
  line(row++, '评审结果：pingshen verify-result <评审结果.pingshen-result.json> [评分表…]（核对组织方签名；给出评分表时，另核对各项得分与排名能否由这些评分表重新算出）', 'note');
}
