import type { DemoEntry, DemoReview } from '../../../shared/domain/demo-review.ts';
import type { OutcomeFloor } from '../../../shared/domain/outcome-floor.ts';
import type { CjkFonts } from '../pdf-write/cjk-font.ts';
import { PdfLayout } from '../pdf-write/pdf-layout.ts';
import { drawTable } from '../pdf-write/pdf-table.ts';
import { chineseDate, drawApplicationCover, drawContents } from './application-cover.ts';

/** Everything one generated document needs: the review, the application, the floors and the fonts. */
export interface DemoDocumentInput {
  readonly demo: DemoReview;
  readonly entry: DemoEntry;
  readonly floors: readonly OutcomeFloor[];
  readonly fonts: CjkFonts;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** Chinese ordinal for heading numbers: 1 → 一, 12 → 十二. */
export function chineseNumeral(n: number): string {
  return NUMERALS[n - 1] ?? String(n);
}

/** The application's submission date at 09:00 Beijing time: a fixed timestamp keeps the output byte-stable. */
export function documentDate(iso: string): Date {
  return new Date(`${iso}T09:00:00+08:00`);
}

/** Formats a committed figure with its unit (86 %, 1200 人次). */
export function figureText(value: number | undefined, unit: string): string {
  if (value === undefined) return '—';
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

const PLEDGE =
  '本单位及合作单位承诺：申报书所填内容和所附佐证材料真实、准确、完整；本单位在本领域仅申报一次，未参与同一领域其他学校牵头的联合申报；如获批立项，将按实施方案要求自行统筹落实建设经费，按期完成各项建设任务，并接受牵头院校和省教育厅的年度质量评估。';

/** Renders the 申报书 PDF of one demo application: cover, contents, 基本信息, body, figures, pledge. */
export async function writeApplicationPdf(input: DemoDocumentInput): Promise<Buffer> {
  const { demo, entry, floors, fonts } = input;
  const { submission, field, application } = entry;
  const layout = new PdfLayout(fonts, {
    title: `${submission.title} 申报书`,
    author: submission.applicant,
    subject: `${demo.review.programTitle}（${field.name}）`,
    keywords: `${demo.review.documentNumber}; ${field.name}; 申报书`,
    createdAt: documentDate(application.submittedOn),
  });

  drawApplicationCover(layout, {
    attachment: '附件 2',
    programTitle: '安徽省职业教育高技能人才集群培养计划',
    documentTitle: '申  报  书',
    rows: [
      ['申报领域', field.name],
      ['项目名称', submission.title],
      ['牵头单位', `${submission.applicant}（盖章）`],
      ['合作单位', submission.partners.join('、')],
      ['集群牵头', field.leadInstitutions.join('、')],
      ['申报日期', chineseDate(application.submittedOn)],
    ],
    issuer: '安徽省教育厅制',
    documentNumber: `依据 ${demo.review.documentNumber}`,
    note: '演示材料：单位名称、人名与数据均为虚构',
  });
  layout.newPage();
  const contentsPage = layout.pageIndex;
  layout.newPage();

  let chapter = 0;
  let task = 0;
  const chapterHeading = (title: string): void => {
    chapter += 1;
    task = 0;
    layout.heading(`${chineseNumeral(chapter)}、${title}`, 1);
  };

  chapterHeading('基本信息');
  drawTable(
    layout,
    [
      { header: '项目', share: 0.22, label: true },
      { header: '内容', share: 0.78, align: 'justify' },
    ],
    [
      ['项目名称', submission.title],
      ['申报领域', field.name],
      ['牵头院校', submission.applicant],
      ['申报主体类型', submission.applicantType],
      ['合作企业/机构', submission.partners.join('；')],
      ['联系人', application.contact.name],
      ['联系电话', application.contact.phone],
      ['电子邮箱', application.contact.email],
      ['项目简介', application.summary],
    ],
    { header: false },
  );

  for (const section of application.sections) {
    if ((section.level ?? 1) === 1) chapterHeading(section.heading);
    else {
      task += 1;
      layout.heading(`（${chineseNumeral(task)}）${section.heading}`, 2);
    }
    for (const paragraph of section.paragraphs) layout.paragraph(paragraph);
  }

  chapterHeading('预期成效指标承诺表');
  layout.paragraph('下表对照实施方案“预期成效”所列量化要求，填写本项目建设期满时承诺达到的指标值。');
  drawTable(
    layout,
    [
      { header: '序号', share: 0.09, align: 'center' },
      { header: '维度', share: 0.15, align: 'center' },
      { header: '指标', share: 0.44 },
      { header: '方案要求', share: 0.16, align: 'center' },
      { header: '本项目承诺', share: 0.16, align: 'center' },
    ],
    floors.map((floor, i) => [
      String(i + 1),
      floor.dimension ?? '',
      floor.label,
      `≥ ${figureText(floor.value, floor.unit)}`,
      figureText(application.figures[floor.id], floor.unit),
    ]),
  );

  // The pledge is signed and stamped on paper, so it gets a page of its own with room for seals.
  layout.newPage();
  chapterHeading('申报单位承诺');
  layout.paragraph(PLEDGE);
  layout.y += 36;
  const signatures = [
    `牵头院校（盖章）：${submission.applicant}`,
    '法定代表人（签字）：',
    ...submission.partners.map((p) => `合作单位（盖章）：${p}`),
    `日期：${chineseDate(application.submittedOn)}`,
  ];
  for (const line of signatures) {
    layout.drawLine(line, layout.left + 150, layout.y, layout.width - 150, { align: 'left' });
    layout.y += 48;
  }

  layout.doc.switchToPage(contentsPage);
  drawContents(layout, layout.headings);
  return layout.finish((page, total) =>
    page === 1 ? null : { headerLeft: `${submission.applicant} · 申报书`, headerRight: field.name, footer: `第 ${page} 页 共 ${total} 页` },
  );
}
