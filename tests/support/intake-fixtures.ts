// Files an applicant would send, made for the intake tests: PDFs with a text layer (a 申报书 cover),
// scans (no text layer), password-protected PDFs, and a 汇总表 with a merged two-row header written
// part by part (not by exceljs).
import PDFDocument from 'pdfkit';
import { locateCjkFonts } from '../../electron/services/pdf-write/cjk-font.ts';
import { writeRawXlsx, type RawCell } from './write-raw-xlsx.ts';

/** A PDF: pages of text (Chinese, embedded font), or a scan (pages with a red disc and no text), optionally password-protected. */
export async function writeTestPdf(content: { readonly pages: readonly string[] } | { readonly scanPages: number }, options: { userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { CreationDate: new Date('2026-05-20T00:00:00Z') }, ...(options.userPassword ? { userPassword: options.userPassword } : {}) });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if ('pages' in content) {
    doc.registerFont('cjk', locateCjkFonts().regular);
    for (const text of content.pages) {
      doc.addPage();
      doc.font('cjk').fontSize(14).text(text, 72, 72, { width: 450 });
    }
  } else {
    for (let i = 0; i < content.scanPages; i++) {
      doc.addPage();
      doc.rect(60, 60, 470, 700).fill('#f4f1ea');
      doc.circle(420, 680, 50).fill('#d81e06');
    }
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A 申报书 cover page (附件 2) as the call's template lays it out. */
export function coverText(applicant: string, field: string, title = '人工智能高技能人才集群培养计划'): string {
  return ['附件 2', '安徽省职业教育高技能人才集群培养计划', '申  报  书', `申报领域：${field}`, `项目名称：${title}`, `牵头单位：${applicant}（盖章）`, '合作单位：某科技有限公司', '申报日期：2026年5月20日'].join('\n');
}

/** One application's row of the 汇总表 fixture. */
export interface SummaryFixtureRow {
  readonly school: string;
  readonly field: string;
  readonly type: string;
  readonly partners: string;
  /** 新增专业, 资源, 教材, 就业对口率 (as typed), 学徒制覆盖 (as typed), 产业教授, 科技副总, three bases, 服务, 培训, 制度成果. */
  readonly figures: readonly RawCell[];
  readonly extra?: string;
}

/**
 * 申报信息汇总表 as people make it: a title row merged across, a basis row, a two-row header
 * (预期成效 merged over the figure columns, the fixed columns merged down), a blank row, a 合计 row;
 * `wps` writes it the way WPS does (prefixed SpreadsheetML).
 */
export function writeSummaryFixture(rows: readonly SummaryFixtureRow[], options: { wps?: boolean } = {}): Promise<Buffer> {
  const fixed = ['序号', '学校名称', '申报领域', '学校类型', '合作企业/行业机构', '联系人', '联系电话'];
  const figures = ['新增及升级改造专业（个）', '落地转化产业优质资源（项）', '新形态教材（套）', '毕业生就业对口率', '现代学徒制培养覆盖比例', '校企互聘产业教授（人）', '校企互聘科技副总（人）', '实习实训基地', '虚拟仿真实训基地', '技术创新中心', '年服务企业技术改造、工艺改进、产品升级（项）', '年开展企业员工培训（人次）', '可复制可推广制度化成果（项）'];
  const width = fixed.length + figures.length + 1;
  const last = String.fromCharCode(64 + Math.min(width, 26));
  const lastColumn = width <= 26 ? last : `A${String.fromCharCode(64 + width - 26)}`;
  const top: RawCell[] = [...fixed, '预期成效', ...figures.slice(1).map(() => null), '备注'];
  const second: RawCell[] = [...fixed.map(() => null), ...figures, null];
  const body = rows.map((row, i): RawCell[] => [i + 1, row.school, row.field, row.type, row.partners, '张老师', '0551-6000000' + String(i), ...row.figures, row.extra ?? null]);
  const figureStart = fixed.length + 1;
  const col = (n: number) => (n <= 26 ? String.fromCharCode(64 + n) : `A${String.fromCharCode(64 + n - 26)}`);
  return writeRawXlsx([
    {
      name: '汇总表',
      rows: [['2026年安徽省职业教育高技能人才集群培养计划申报信息汇总表'], ['填报单位（盖章）：            填报日期：'], top, second, ...body, [], ['合计', null, null, null, null, null, null, { formula: 'SUM(H5:H9)', result: 9 }]],
      merges: [`A1:${lastColumn}1`, `A2:${lastColumn}2`, ...fixed.map((_, i) => `${col(i + 1)}3:${col(i + 1)}4`), `${col(figureStart)}3:${col(figureStart + figures.length - 1)}3`, `${col(width)}3:${col(width)}4`],
    },
  ], options);
}
