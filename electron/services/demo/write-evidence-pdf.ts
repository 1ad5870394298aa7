import { PdfLayout } from '../pdf-write/pdf-layout.ts';
import { drawTable } from '../pdf-write/pdf-table.ts';
import { chineseDate } from './application-cover.ts';
import { documentDate } from './write-application-pdf.ts';
import type { DemoDocumentInput } from './write-application-pdf.ts';

/** Renders the 佐证材料 PDF of one demo application: a list of the items, then one page per item. */
export async function writeEvidencePdf(input: Omit<DemoDocumentInput, 'floors'>): Promise<Buffer> {
  const { demo, entry, fonts } = input;
  const { submission, field, application } = entry;
  const layout = new PdfLayout(fonts, {
    title: `${submission.title} 佐证材料`,
    author: submission.applicant,
    subject: `${demo.review.programTitle}（${field.name}）`,
    keywords: `${demo.review.documentNumber}; ${field.name}; 佐证材料`,
    createdAt: documentDate(application.submittedOn),
  });

  layout.y = 90;
  layout.drawLine('佐证材料', layout.left, layout.y, layout.width, { size: 26, bold: true, align: 'center' });
  layout.y += 56;
  for (const line of layout.lines(submission.title, layout.width, { size: 14 })) {
    layout.drawLine(line, layout.left, layout.y, layout.width, { size: 14, align: 'center' });
    layout.y += 24;
  }
  layout.drawLine(`${submission.applicant}\u3000${chineseDate(application.submittedOn)}`, layout.left, layout.y + 8, layout.width, {
    size: 12,
    align: 'center',
  });
  layout.y += 56;
  drawTable(
    layout,
    [
      { header: '序号', share: 0.12, align: 'center' },
      { header: '材料名称', share: 0.88 },
    ],
    application.evidence.map((item, i) => [String(i + 1), item.title]),
  );
  layout.paragraph('以下各页为材料摘要，原件备查。演示材料中的单位名称、人名与数据均为虚构。', { size: 10.5, color: '#555555' });

  application.evidence.forEach((item, i) => {
    layout.newPage();
    layout.heading(`材料${i + 1}\u3000${item.title}`, 1);
    for (const paragraph of item.paragraphs) layout.paragraph(paragraph);
  });

  return layout.finish((page, total) => ({
    headerLeft: `${submission.applicant} · 佐证材料`,
    headerRight: field.name,
    footer: `第 ${page} 页 共 ${total} 页`,
  }));
}
