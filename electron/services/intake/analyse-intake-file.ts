import { extname } from 'node:path';
import type { Program } from '../../../shared/domain/program.ts';
import type { FileReadability, SummaryRowFacts } from '../../../shared/intake/intake-facts.ts';
import type { PreviewFile } from '../../../shared/intake/intake-preview.ts';
import type { MatchFile } from '../../../shared/intake/match-applications.ts';
import { readCover } from '../../../shared/intake/read-cover.ts';
import { recogniseRole } from '../../../shared/intake/recognise-role.ts';
import { chinaTime } from './china-time.ts';
import { kindOfFile } from './kind-of-file.ts';
import type { PdfProber } from './probe-pdf.ts';
import type { DropFile } from './read-drop.ts';
import { readSummaryXlsx } from './read-summary-xlsx.ts';

/** What one stored file of a drop turned out to be, and what the commit keeps beside it. */
export interface AnalysedFile {
  readonly file: PreviewFile;
  readonly match: MatchFile;
  /** Its page texts, for a readable PDF. */
  readonly pageTexts: readonly string[] | null;
  /** Why it did not read, for an unreadable one. */
  readonly unreadableReason: string | null;
  /** The 汇总表 rows it holds, by `<source path>#<sheet>!<row>`. */
  readonly summaryRows: ReadonlyArray<readonly [string, SummaryRowFacts]>;
}

// A name's extension that promises a kind the content does not have makes the file 'wrong-kind'.
const promised: Readonly<Record<string, string>> = { '.pdf': 'pdf', '.xlsx': 'xlsx', '.docx': 'docx' };

function readabilityOf(fileName: string, size: number, kind: string): FileReadability {
  if (size === 0) return 'empty';
  const expected = promised[extname(fileName).toLowerCase()];
  return expected !== undefined && expected !== kind ? 'wrong-kind' : 'ok';
}

/**
 * One file already in the store: its kind by content, a PDF probed with pdf.js (texts, scanned
 * pages; a red seal looked for only where a stamped file is recognised), a 汇总表 read, its role
 * guessed with the reason. Reads the stored copy only; never writes.
 */
export async function analyseIntakeFile(input: { file: DropFile; sha256: string; size: number; path: string; program: Program; prober: PdfProber; signal?: AbortSignal | undefined }): Promise<AnalysedFile> {
  const { file, sha256, size, path, program, prober, signal } = input;
  const kind = size === 0 ? '' : await kindOfFile(path);
  let readability = readabilityOf(file.fileName, size, kind);
  let pageCount: number | null = null;
  let imageOnlyPages: number | null = null;
  let redSeal: boolean | null = null;
  let leadingText = '';
  let pageTexts: readonly string[] | null = null;
  let unreadableReason: string | null = null;
  if (kind === 'pdf' && readability === 'ok') {
    const probe = await prober.probe(path, signal);
    readability = probe.readability;
    pageCount = probe.pageCount;
    imageOnlyPages = probe.imageOnlyPages;
    if (probe.readability === 'ok') pageTexts = probe.pageTexts;
    else unreadableReason = probe.readability === 'encrypted' ? 'PDF 受密码保护，无法打开' : 'PDF 已损坏，无法打开';
    leadingText = probe.pageTexts.slice(0, 2).join('\n');
  }
  const guess = recogniseRole({ fileName: file.fileName, folders: file.segments, kind, readability, pageCount, imageOnlyPages, leadingText });
  // The seal is looked for only where one is expected: decoding a scan's images is most of a
  // PDF's probe, and a mailbox holds far more scanned 佐证材料 than stamped files. The texts read
  // a moment ago are handed back, so the second look reads only the pages' images.
  if (readability === 'ok' && kind === 'pdf' && (guess.role === 'stamped' || guess.role === 'summary-stamped')) {
    redSeal = (await prober.probe(path, signal, { seal: true, pageTexts: pageTexts ?? [] })).redSeal;
  }
  const summaryRows: (readonly [string, SummaryRowFacts])[] = [];
  const workbookLike = kind === 'xlsx' || (kind === 'ole' && /\.xlsx?$/iu.test(file.fileName));
  if (workbookLike && (readability === 'ok' || kind === 'ole')) {
    const workbook = await readSummaryXlsx(path, size, program.outcomeFloors);
    readability = workbook.readability;
    if (workbook.readability !== 'ok') unreadableReason = workbook.message;
    for (const sheet of workbook.sheets) {
      for (const row of sheet.rows) summaryRows.push([`${file.sourcePath}#${row.sheetName}!${row.rowNumber}`, { ...row, documentId: sha256 }]);
    }
  }
  const cover = guess.role === 'application' || guess.role === 'stamped' ? readCover(leadingText) : null;
  return {
    file: {
      sourcePath: file.sourcePath,
      fileName: file.fileName,
      sha256,
      size,
      kind,
      readability,
      pageCount,
      imageOnlyPages,
      redSeal,
      receivedAt: chinaTime(file.receivedAt),
      receivedAtSource: file.receivedAtSource,
      role: guess.role,
      roleReason: guess.reason,
      applicationKeys: [],
      matchReason: '',
    },
    match: { sourcePath: file.sourcePath, segments: file.segments, root: file.root, role: guess.role, cover },
    pageTexts,
    unreadableReason,
    summaryRows,
  };
}
