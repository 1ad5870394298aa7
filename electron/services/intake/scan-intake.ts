import type { Database } from 'better-sqlite3';
import { addAbortSignal } from 'node:stream';
import type { Program } from '../../../shared/domain/program.ts';
import type { SummaryRowFacts } from '../../../shared/intake/intake-facts.ts';
import type { IntakePreview, PreviewFile } from '../../../shared/intake/intake-preview.ts';
import { matchApplications, type MatchFile, type MatchRow } from '../../../shared/intake/match-applications.ts';
import type { NameAlias } from '../../../shared/intake/normalise-name.ts';
import type { BlobRef, BlobStore } from '../documents/blob-store.ts';
import { requireReview } from '../reviews/require-review.ts';
import { programForReview } from '../scoring/review-program.ts';
import { ZipRefused } from '../zip/zip-refused.ts';
import { listAliases } from './intake-repository.ts';
import { analyseIntakeFile } from './analyse-intake-file.ts';
import { createPdfProber } from './probe-pdf.ts';
import { readDrop, type DropFile } from './read-drop.ts';

/** How far a scan has got: files read and their bytes, and the file being read. */
export interface ScanProgress {
  readonly filesRead: number;
  readonly bytesRead: number;
  readonly current: string;
}

/** A finished scan: the preview shown to the coordinator, and what the commit stores beside it. */
export interface IntakeScan {
  readonly reviewId: string;
  readonly sources: readonly string[];
  readonly preview: IntakePreview;
  /** Page texts of readable PDFs, by document id. */
  readonly pageTexts: ReadonlyMap<string, readonly string[]>;
  /** Why an unreadable file did not read, by document id (stored with its text state). */
  readonly unreadableReasons: ReadonlyMap<string, string>;
  /** 汇总表 rows read, by `<source path>#<sheet>!<row>`. */
  readonly summaryRows: ReadonlyMap<string, SummaryRowFacts>;
}

/** What a scan needs: the profile, the review, what was dropped, and where pdf.js runs. */
export interface ScanOptions {
  readonly db: Database;
  readonly store: BlobStore;
  readonly reviewId: string;
  readonly paths: readonly string[];
  readonly scanId: string;
  /** The page-text worker (pdf.js in a thread of its own). */
  readonly workerFile: string;
  /** A folder for zips inside zips while they are read. */
  readonly scratchDir: string;
  /** The alias table to use instead of the review's (the CLI's --aliases). */
  readonly aliases?: readonly NameAlias[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ScanProgress) => void;
}

const mediaTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
};

/** The media type a document is served with, from its kind by content. */
export function mediaTypeOfKind(kind: string): string {
  return mediaTypes[kind] ?? 'application/octet-stream';
}

const throwIfCancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('已取消');
};

/**
 * The drop's files, each streamed into the content-addressed store (hashed on the way, never held
 * whole); what is not a file that can be read (a zip refused, an unsafe entry) is noted in `refused`.
 */
async function* storedFiles(options: ScanOptions, refused: { path: string; reason: string }[], reading: (current: string) => void): AsyncGenerator<{ file: DropFile; ref: BlobRef }> {
  const { store, signal } = options;
  for await (const item of readDrop(options.paths, options.scratchDir)) {
    throwIfCancelled(signal);
    if (item.type === 'refused') {
      refused.push({ path: item.path, reason: item.reason });
      continue;
    }
    reading(item.file.sourcePath);
    let ref: BlobRef;
    try {
      // A cancel stops a large file mid-way, not only between files.
      const source = await item.file.open();
      ref = await store.putStream(signal ? addAbortSignal(signal, source) : source);
    } catch (error) {
      if (!(error instanceof ZipRefused)) throw error;
      refused.push({ path: item.file.sourcePath, reason: error.message });
      continue;
    }
    yield { file: item.file, ref };
  }
}

/**
 * What `source` yields, in order, with the next item asked for as soon as this one is handed out:
 * the next file is stored while the caller probes this one. A caller that stops early (an error, a
 * cancel) lets the item under way settle, then closes the source.
 */
async function* oneAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = source.next();
  // Handled at once: it may fail while the caller is busy, and is awaited (its error thrown) in turn.
  next.catch(() => undefined);
  try {
    for (;;) {
      const result = await next;
      if (result.done === true) return;
      next = source.next();
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    await next.catch(() => undefined);
    await source.return(undefined);
  }
}

/**
 * Reads a drop into a preview: every file streamed into the content-addressed store (hashed on
 * the way, never held whole in memory), its kind told by content, PDFs probed with pdf.js, 汇总表
 * read, roles guessed with reasons, files and rows matched to applications. Nothing is written to
 * the database: the blobs are unreferenced until the commit, so a cancel or crash leaves no
 * application, file or row behind (at most bytes in the store that nothing names).
 */
export async function scanIntake(options: ScanOptions): Promise<IntakeScan> {
  const { db, store, reviewId, signal } = options;
  const review = requireReview(db, reviewId);
  const program: Program = programForReview(db, reviewId);
  const aliases = options.aliases ?? listAliases(db, reviewId);
  const files: PreviewFile[] = [];
  const matchFiles: MatchFile[] = [];
  const refused: { path: string; reason: string }[] = [];
  const pageTexts = new Map<string, readonly string[]>();
  const unreadableReasons = new Map<string, string>();
  const summaryRows = new Map<string, SummaryRowFacts>();
  let filesRead = 0;
  let bytesRead = 0;
  // One probe worker, one PDF at a time: a second one was measured to gain nothing on the 1 000-file
  // bench (docs/benchmarks.md, 2026-12-04). What pays is storing the next file while this one is probed.
  const prober = createPdfProber(options.workerFile);
  const stored = storedFiles(options, refused, (current) => options.onProgress?.({ filesRead, bytesRead, current }));
  try {
    for await (const { file, ref } of oneAhead(stored)) {
      const analysed = await analyseIntakeFile({ file, sha256: ref.sha256, size: ref.size, path: store.pathOf(ref.sha256) as string, program, prober, signal });
      files.push(analysed.file);
      matchFiles.push(analysed.match);
      if (analysed.pageTexts) pageTexts.set(ref.sha256, analysed.pageTexts);
      if (analysed.unreadableReason !== null) unreadableReasons.set(ref.sha256, analysed.unreadableReason);
      for (const [key, row] of analysed.summaryRows) summaryRows.set(key, row);
      filesRead += 1;
      bytesRead += ref.size;
      options.onProgress?.({ filesRead, bytesRead, current: file.sourcePath });
    }
  } finally {
    prober.close();
  }
  throwIfCancelled(signal);

  const rows: MatchRow[] = [...summaryRows].map(([key, row]) => ({
    key,
    applicant: row.applicant,
    category: row.category,
    applicantType: row.applicantType,
    partners: row.partners,
    title: row.title ?? '',
  }));
  const match = matchApplications({
    files: matchFiles,
    rows,
    categories: review.fields.map((f) => ({ id: f.id, name: f.name })),
    aliases,
    existing: review.submissions.map((s) => ({ id: s.id, applicant: s.applicant, categoryId: s.fieldId })),
  });
  const placed = files.map((file) => {
    const placement = match.placements.get(file.sourcePath);
    return placement ? { ...file, applicationKeys: placement.applicationKeys, matchReason: placement.reason } : file;
  });
  // Applications of earlier imports that this drop does not touch are not part of the preview.
  const touched = new Set([...placed.flatMap((f) => f.applicationKeys), ...match.applications.filter((a) => a.summaryRowKeys.length > 0).map((a) => a.key)]);
  return {
    reviewId,
    sources: options.paths,
    preview: { scanId: options.scanId, applications: match.applications.filter((a) => touched.has(a.key)), files: placed, refused, ambiguities: match.ambiguities },
    pageTexts,
    unreadableReasons,
    summaryRows,
  };
}
