import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { demoEntries } from '../../../shared/domain/demo-review.ts';
import { locateCjkFonts } from '../pdf-write/cjk-font.ts';
import type { CjkFonts } from '../pdf-write/cjk-font.ts';
import { writeFileAtomic } from '../fs/write-file-atomic.ts';
import { defaultResourcesDir } from '../resources-dir.ts';
import { loadDemoReview, loadOutcomeFloors } from './load-demo-review.ts';
import { writeApplicationPdf } from './write-application-pdf.ts';
import { writeEvidencePdf } from './write-evidence-pdf.ts';
import { writeSummaryXlsx } from './write-summary-xlsx.ts';

/** One file `writeDemoFiles` wrote, relative to the output folder with `/` separators. */
export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** Options of `writeDemoFiles`. */
export interface WriteDemoOptions {
  /** Write into a folder that already has files (same-named files are replaced). */
  readonly force?: boolean;
  readonly resourcesDir?: string;
  readonly fonts?: CjkFonts;
}

/** Thrown when the output folder already holds files and `force` was not given. */
export class OutputNotEmptyError extends Error {
  override readonly name = 'OutputNotEmptyError';
}

/** A folder or file name made safe on Windows and POSIX (no separators, reserved marks or controls). */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^[\s.]+|[\s.]+$/gu, '')
    .trim();
  return cleaned.length > 0 ? cleaned : '_';
}

/** The folder of one application in the demo output: "01-青岚职业技术学院". */
export function applicationFolder(index: number, applicant: string): string {
  return `${String(index).padStart(2, '0')}-${safeFileName(applicant)}`;
}

function checkOutDir(outDir: string, force: boolean): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new Error(`输出位置 ${outDir} 已存在且不是文件夹。`);
  if (!force && readdirSync(outDir).length > 0) {
    throw new OutputNotEmptyError(`输出文件夹 ${outDir} 已存在且不为空，未写入任何文件；确需写入请使用 --force。`);
  }
}

/** One demo file rendered in memory: its path in the demo output and its bytes. */
export interface DemoFile {
  readonly path: string;
  readonly data: Buffer;
  /** The submission it belongs to and its role, for files inside an application's folder. */
  readonly submissionId?: string;
  readonly role?: 'application' | 'evidence';
  readonly title?: string;
}

const rendered = new Map<string, Promise<DemoFile[]>>();

/**
 * Renders every demo file in memory: review.json, the 汇总表 workbook, and per application
 * 申报书.pdf and 佐证材料.pdf. Memoised per resources folder for the life of the process: the PDFs
 * are deterministic and take about two seconds to typeset, and many profiles may be seeded.
 */
export function renderDemoFiles(options: Pick<WriteDemoOptions, 'resourcesDir' | 'fonts'> = {}): Promise<DemoFile[]> {
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const cached = rendered.get(resourcesDir);
  if (cached) return cached;
  const work = (async () => {
    const demo = loadDemoReview(resourcesDir);
    const floors = loadOutcomeFloors(resourcesDir);
    const fonts = options.fonts ?? locateCjkFonts();
    const outputs: DemoFile[] = [
      { path: 'review.json', data: Buffer.from(`${JSON.stringify(demo, null, 2)}\n`, 'utf8') },
      { path: '汇总表/申报信息汇总表.xlsx', data: await writeSummaryXlsx(demo, floors) },
    ];
    for (const entry of demoEntries(demo)) {
      const folder = applicationFolder(entry.index, entry.submission.applicant);
      const submissionId = entry.submission.id;
      outputs.push({ path: `${folder}/申报书.pdf`, data: await writeApplicationPdf({ demo, entry, floors, fonts }), submissionId, role: 'application', title: '申报书' });
      outputs.push({ path: `${folder}/佐证材料.pdf`, data: await writeEvidencePdf({ demo, entry, fonts }), submissionId, role: 'evidence', title: '佐证材料' });
    }
    return outputs;
  })();
  rendered.set(resourcesDir, work);
  work.catch(() => rendered.delete(resourcesDir));
  return work;
}

/**
 * Writes the demo review as an applicant's coordinator would receive it (see `renderDemoFiles`).
 * Everything is rendered in memory first and each file lands by rename, so a failure never
 * leaves a half-written file.
 */
export async function writeDemoFiles(outDir: string, options: WriteDemoOptions = {}): Promise<WrittenFile[]> {
  const root = resolve(outDir);
  checkOutDir(root, options.force === true);
  const outputs = await renderDemoFiles(options);
  return outputs.map(({ path, data }) => {
    const target = join(root, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, data);
    return { path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  });
}
