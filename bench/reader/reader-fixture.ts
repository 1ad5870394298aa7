import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { locateCjkFonts } from '../../electron/services/pdf-write/cjk-font.ts';
import { PdfLayout } from '../../electron/services/pdf-write/pdf-layout.ts';

const sentences = [
  '项目以现场工程师培养为牵引，围绕智能网联新能源汽车产业链开展专业群建设。',
  '学校与龙头企业共建实训基地，开放真实生产线模块，推行现代学徒制培养。',
  '课程体系按岗位能力图谱重构，形成模块化课程和新形态教材，配套数字教学资源。',
  '双师队伍建设实行校企互聘，企业兼职教师授课情况纳入绩效和晋升考核。',
  '评价体系涵盖职业素养、知识储备、技能实操、岗位适配和成长发展五个维度。',
  '毕业生就业对口率稳定在百分之八十五以上，面向区域中小企业开展技术服务。',
];

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A grey "scanned photo" of `width`×`height` pixels: paper noise that compresses poorly, like a
 * real scan, so the document weighs what a scanned 佐证材料 weighs.
 */
function scanLikePng(width: number, height: number, seed: number): Buffer {
  let state = seed * 2654435761 || 1;
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const shade = 150 + 60 * Math.sin((x + seed) / 40) * Math.cos(y / 30);
      rows[y * (width + 1) + 1 + x] = Math.max(0, Math.min(255, shade + ((state >>> 0) % 48)));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Writes a `pages`-page Chinese PDF for the reader benchmark: on every page a heading or text in
 * an embedded Noto Sans subset and a distinct scan-like image, an outline entry every ten pages.
 * Returns its size in bytes.
 */
export async function writeBenchPdf(path: string, pages: number): Promise<number> {
  const layout = new PdfLayout(locateCjkFonts(), {
    title: `阅读器基准测试文档（${pages} 页）`,
    author: 'Pingshen bench',
    createdAt: new Date('2026-05-18T09:00:00+08:00'),
  });
  for (let page = 1; page <= pages; page++) {
    if (page > 1) layout.newPage();
    if (page % 10 === 1) layout.heading(`第 ${Math.ceil(page / 10)} 章 建设任务（第 ${page} 页起）`, 1);
    for (let paragraph = 0; paragraph < 3; paragraph++) {
      const text = Array.from({ length: 3 }, (_, i) => sentences[(page + paragraph * 2 + i) % sentences.length]).join('');
      layout.paragraph(`（${paragraph + 1}）第 ${page} 页：${text}`, { indentChars: 2 });
    }
    layout.doc.image(scanLikePng(640, 420, page), layout.left, layout.doc.y + 12, { width: layout.width });
  }
  const bytes = await layout.finish((page, total) => ({ footer: `— ${page} / ${total} —` }));
  writeFileSync(path, bytes);
  return bytes.length;
}
