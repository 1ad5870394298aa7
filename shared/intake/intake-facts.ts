// The contract between the intake (which learns these facts from the applicants' files) and the
// formal check (which judges them against the program's rules). Both sides code against this file;
// neither reads the other's tables.

/** The role a file plays in an application (the intake guesses it; the coordinator can change it). */
export type FileRole = 'application' | 'stamped' | 'summary' | 'summary-stamped' | 'evidence' | 'other';

/** Whether a file the applicant sent opens as what it claims to be. */
export type FileReadability = 'ok' | 'encrypted' | 'broken' | 'empty' | 'wrong-kind';

/** Where a file's received time comes from: the file's or zip entry's own time, or set by hand from the mail. */
export type ReceivedAtSource = 'file-time' | 'zip-entry-time' | 'set-by-hand';

/** What the intake learnt about one stored file of an application. */
export interface IntakeFileFacts {
  readonly documentId: string;
  /** Where it came from, relative to what was dropped; a zip entry as `<zip path>/<decoded entry name>`. */
  readonly sourcePath: string;
  readonly fileName: string;
  readonly role: FileRole;
  readonly sha256: string;
  readonly size: number;
  /** 'pdf' | 'xlsx' | 'docx' | 'zip' | … by content, lower case; '' when unknown. */
  readonly kind: string;
  readonly readability: FileReadability;
  /** ISO 8601 with offset. */
  readonly receivedAt: string;
  readonly receivedAtSource: ReceivedAtSource;
  /** PDFs: page count; null for other kinds or when unreadable. */
  readonly pageCount: number | null;
  /** PDFs: pages with no text layer (a scan); null when not known. */
  readonly imageOnlyPages: number | null;
  /** PDFs: whether a red seal-like region was found on some page; null when not looked for. */
  readonly redSeal: boolean | null;
  /** PDFs with a text layer: the text of each page (for the 申报书's cover and 预期成效 table); [] otherwise. */
  readonly pageTexts: readonly string[];
}

/** One row of a 申报信息汇总表 as read, mapped to applicant fields and committed figures. */
export interface SummaryRowFacts {
  /** The 汇总表 file and the row (1-based, as the spreadsheet shows it). */
  readonly documentId: string;
  readonly sheetName: string;
  readonly rowNumber: number;
  readonly applicant: string;
  readonly category: string;
  readonly applicantType: string;
  readonly partners: readonly string[];
  readonly contact: string;
  readonly phone: string;
  /** The project's name (项目名称) where the 汇总表 has such a column (optional: added by the intake). */
  readonly title?: string;
  /** Committed figures by outcome-floor id (numbers as read: `80%`, `0.8` and `80` made one scale by the reader). */
  readonly figures: Readonly<Record<string, number>>;
  /** Columns the reader could not map: header → cell text. Shown, never dropped. */
  readonly unmapped: Readonly<Record<string, string>>;
}

/** What the intake knows about one application (one school's bid in one category). */
export interface IntakeApplicationFacts {
  readonly submissionId: string;
  /** The program category (领域) id, or '' where it could not be told. */
  readonly categoryId: string;
  /** The lead school as the application names it. */
  readonly applicant: string;
  readonly partners: readonly string[];
  /** The program's applicant-type id, or '' where neither the 汇总表 nor the coordinator says. */
  readonly applicantType: string;
  readonly files: readonly IntakeFileFacts[];
  /** The 汇总表 rows matched to this application (usually one). */
  readonly summaryRows: readonly SummaryRowFacts[];
}
