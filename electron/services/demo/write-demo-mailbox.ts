// The demo's applicants' bundles as a coordinator's mailbox holds them after the deadline: one zip
// per applicant made on Chinese Windows (GBK names, Beijing times), each with the 申报书, its stamped
// scan, the 佐证材料 and its row of the 汇总表 stamped and scanned; the 申报信息汇总表 of everything as
// .xlsx; and the
// defects a formal check must find, one kind each (docs/demo.md lists them).
import { createHash } from 'node:crypto';
import { mkdirSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { demoEntries, type DemoEntry, type DemoReview } from '../../../shared/domain/demo-review.ts';
import type { OutcomeFloor } from '../../../shared/domain/outcome-floor.ts';
import type { FormalCheckRuleId } from '../../../shared/domain/formal-check-rules.ts';
import { writeFileAtomic } from '../fs/write-file-atomic.ts';
import { locateCjkFonts, type CjkFonts } from '../pdf-write/cjk-font.ts';
import { pdfkitBytes } from '../pdf-write/pdfkit-bytes.ts';
import { defaultResourcesDir } from '../resources-dir.ts';
import { loadDemoReview, loadOutcomeFloors } from './load-demo-review.ts';
import { writeApplicationPdf } from './write-application-pdf.ts';
import { writeEvidencePdf } from './write-evidence-pdf.ts';
import { writeGbkZip, type GbkZipEntry } from './write-gbk-zip.ts';
import { writePng } from './write-png.ts';
import { writeSummaryXlsx } from './write-summary-xlsx.ts';
import { applicationFolder, type DemoFile, type WrittenFile } from './write-demo-files.ts';

/** The folder of the mailbox in the demo output. */
export const MAILBOX_FOLDER = '邮箱附件';

/** One defect the bundle carries on purpose: whose it is, the rule that must find it, and what it is. */
export interface MailboxDefect {
  readonly submissionId: string;
  readonly rule: FormalCheckRuleId;
  readonly what: string;
}

// Which application carries which defect. The first application is clean: the one to compare with.
const LATE = 1;
const NO_STAMPED = 2;
const JOINS_TWICE = 3; // a partner that leads application NO_STAMPED of the same category
const MISMATCH = 5; // also sends an encrypted 佐证材料
// Below a floor: the demo's own figures already are, for 松川 (教材 6 套 < 8) and 临湾 (76 % and 28 %).

const paper = [238, 236, 228] as const;

/** A scanned A4 page (a low-resolution RGB image): paper, lines of grey "text", and where `seal`, a red 公章's rings. */
function scanPage(seal: boolean): Buffer {
  return writePng(420, 594, (x, y) => {
    const d = Math.hypot(x - 300, y - 470);
    if (seal && ((d < 50 && d > 42) || (d < 10 && Math.abs(x - 300) + Math.abs(y - 470) < 12))) return [196, 38, 42];
    if (y > 60 && y < 420 && y % 28 < 3 && x > 48 && x < 372 - ((y * 7) % 90)) return [92, 92, 92];
    return paper;
  });
}

/** A stamped document as it comes back from the scanner: image-only pages, the seal on the first. */
function scannedPdf(pages: number, createdAt: Date): Promise<Buffer> {
  return pdfkitBytes((doc) => {
    for (let n = 0; n < pages; n++) doc.addPage().image(scanPage(n === 0), 0, 0, { width: 595.28, height: 841.89 });
  }, { info: { CreationDate: createdAt } });
}

/** A 佐证材料 sent with an opening password nobody passed on: the formal check reports it unreadable. */
function encryptedPdf(fonts: CjkFonts, createdAt: Date): Promise<Buffer> {
  return pdfkitBytes((doc) => {
    doc.registerFont('cjk', fonts.regular);
    doc.addPage().font('cjk').fontSize(14).text('佐证材料（加密）', 72, 72);
  }, { userPassword: 'pingshen-demo', info: { CreationDate: createdAt } });
}

/** The demo with the bundle's defect in its applications: a partner in two applications of one category. */
function bundleDemo(demo: DemoReview): DemoReview {
  const entries = demoEntries(demo);
  const twice = entries[JOINS_TWICE];
  const leader = entries[NO_STAMPED];
  if (!twice || !leader || twice.field.id !== leader.field.id) throw new Error('演示数据不足以生成演示邮箱附件');
  return {
    ...demo,
    review: {
      ...demo.review,
      submissions: demo.review.submissions.map((s) => (s.id === twice.submission.id ? { ...s, partners: [...s.partners, leader.submission.applicant] } : s)),
    },
  };
}

/** The 汇总表's own copy of the figures: one that disagrees with its 申报书. */
function summaryDemo(demo: DemoReview): DemoReview {
  const mismatch = demoEntries(demo)[MISMATCH];
  if (!mismatch) throw new Error('演示数据不足以生成演示邮箱附件');
  return {
    ...demo,
    applications: demo.applications.map((a) => (a.submissionId === mismatch.submission.id ? { ...a, figures: { ...a.figures, trainees_per_year: (a.figures['trainees_per_year'] ?? 0) + 300 } } : a)),
  };
}

/** The defects of the mailbox, for docs/demo.md and the test that the formal check finds each. */
export function mailboxDefects(demo: DemoReview): MailboxDefect[] {
  const entries = demoEntries(demo);
  const id = (i: number) => entries[i]?.submission.id ?? '';
  const name = (i: number) => entries[i]?.submission.applicant ?? '';
  return [
    { submissionId: id(LATE), rule: 'deadline.late', what: `${name(LATE)}的压缩包在截止次日 09:10 才发出（压缩包内的文件时间）` },
    { submissionId: id(NO_STAMPED), rule: 'materials.missing', what: `${name(NO_STAMPED)}没有发来申报书盖章版` },
    { submissionId: id(JOINS_TWICE), rule: 'applications.multi-joint', what: `${name(JOINS_TWICE)}把同领域另一份申报的牵头院校${name(NO_STAMPED)}列为合作单位` },
    { submissionId: id(NO_STAMPED), rule: 'applications.multi-joint', what: `${name(NO_STAMPED)}同时出现在本领域的两份申报中` },
    { submissionId: id(1), rule: 'floors.below', what: `${name(1)}承诺的新形态教材 6 套，低于 8 套的底线` },
    { submissionId: id(JOINS_TWICE), rule: 'floors.below', what: `${name(JOINS_TWICE)}承诺的就业对口率 76%、现代学徒制覆盖 28%，均低于底线` },
    { submissionId: id(MISMATCH), rule: 'summary.mismatch', what: `${name(MISMATCH)}在汇总表中填写的年培训人次与申报书不一致` },
    { submissionId: id(MISMATCH), rule: 'materials.unreadable', what: `${name(MISMATCH)}的佐证材料带打开密码，无法阅读` },
  ];
}

/** When each applicant's mail left: the day before the deadline, the late one the morning after (Beijing time). */
function sentAt(demo: DemoReview, index: number): Date {
  const deadline = demo.review.deadline;
  const day = 24 * 3600_000;
  return index === LATE ? new Date(new Date(`${deadline}T09:10:00+08:00`).getTime() + day) : new Date(new Date(`${deadline}T08:30:00+08:00`).getTime() - day + index * 3600_000);
}

async function applicantZip(input: { demo: DemoReview; entry: DemoEntry; floors: readonly OutcomeFloor[]; fonts: CjkFonts }): Promise<Buffer> {
  const { demo, entry, floors, fonts } = input;
  const modified = sentAt(demo, entry.index - 1);
  const created = new Date(`${entry.application.submittedOn}T10:00:00+08:00`);
  const files: GbkZipEntry[] = [
    { name: '申报书.pdf', data: await writeApplicationPdf({ demo, entry, floors, fonts }), modified },
    { name: '佐证材料/佐证材料.pdf', data: await writeEvidencePdf({ demo, entry, fonts }), modified },
  ];
  if (entry.index - 1 !== NO_STAMPED) files.splice(1, 0, { name: '申报书（盖章版）.pdf', data: await scannedPdf(2, created), modified });
  // Each school sends its own row of the 汇总表 stamped and scanned; the .xlsx of everything comes loose.
  files.push({ name: '申报信息汇总表（盖章版）.pdf', data: await scannedPdf(1, created), modified });
  if (entry.index - 1 === MISMATCH) files.push({ name: '佐证材料/合作协议（加密）.pdf', data: await encryptedPdf(fonts, created), modified });
  return writeGbkZip(files);
}

/**
 * Renders the mailbox in memory: `邮箱附件/<NN-学校>.zip` per applicant and `邮箱附件/申报信息汇总表.xlsx`.
 * `mtime` of the loose files is for the caller to set (`mailboxSentAt`), so that
 * the file times read as sent before the deadline.
 */
export async function renderDemoMailbox(input: { demo: DemoReview; floors: readonly OutcomeFloor[]; fonts: CjkFonts }): Promise<DemoFile[]> {
  const demo = bundleDemo(input.demo);
  const files: DemoFile[] = [];
  for (const entry of demoEntries(demo)) {
    files.push({ path: `${MAILBOX_FOLDER}/${applicationFolder(entry.index, entry.submission.applicant)}.zip`, data: await applicantZip({ demo, entry, floors: input.floors, fonts: input.fonts }) });
  }
  files.push({ path: `${MAILBOX_FOLDER}/申报信息汇总表.xlsx`, data: await writeSummaryXlsx(summaryDemo(demo), input.floors) });
  return files;
}

/** The time the loose files of the mailbox were received: the afternoon before the deadline. */
export function mailboxSentAt(demo: DemoReview): Date {
  return new Date(`${demo.review.deadline}T15:00:00+08:00`);
}

/**
 * Writes the mailbox into `outDir/邮箱附件/` (each file by rename: never half-written), the loose
 * files dated the afternoon before the deadline as a mail client saves them.
 */
export async function writeDemoMailbox(outDir: string, options: { resourcesDir?: string; fonts?: CjkFonts } = {}): Promise<WrittenFile[]> {
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const demo = loadDemoReview(resourcesDir);
  const files = await renderDemoMailbox({ demo, floors: loadOutcomeFloors(resourcesDir), fonts: options.fonts ?? locateCjkFonts() });
  const sent = mailboxSentAt(demo);
  return files.map(({ path, data }) => {
    const target = join(resolve(outDir), ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, data);
    utimesSync(target, sent, sent);
    return { path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  });
}
