// Applications stored as the intake stores them (a submission row and its real files in the
// profile's store), and the intake's facts of them as intakeFactsOf will give them: for the formal
// check's integration and e2e tests, until the intake lands.
import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { BlobStore } from '../../electron/services/documents/blob-store.ts';
import { addDocument, linkDocument } from '../../electron/services/documents/document-repository.ts';
import type { IntakeApplicationFacts, IntakeFileFacts } from '../../shared/intake/intake-facts.ts';
import { applicationFacts, applicationPageTexts, fileFacts } from './intake-facts-builder.ts';

/** What the intake learnt of each stored file, by document id, and any facts of applications the review does not hold. */
export interface IntakeMemory {
  readonly learnt: Map<string, Partial<IntakeFileFacts>>;
  strangers: IntakeApplicationFacts[];
}

/** An empty memory. */
export function intakeMemory(): IntakeMemory {
  return { learnt: new Map(), strangers: [] };
}

/** The facts of a review's stored applications: its submissions and their files, with what the intake learnt of each file. */
export function storedFacts(memory: IntakeMemory) {
  return (db: Database, reviewId: string): IntakeApplicationFacts[] => {
    const submissions = db.prepare('SELECT id, field_id, applicant, partners, applicant_type FROM submissions WHERE review_id = ? ORDER BY position').all(reviewId) as
      { id: string; field_id: string; applicant: string; partners: string; applicant_type: string }[];
    const documents = db.prepare('SELECT d.document_id, d.file_name, d.role, s.size FROM submission_documents d JOIN documents s ON s.id = d.document_id WHERE d.review_id = ? AND d.submission_id = ? ORDER BY d.position');
    return [
      ...submissions.map((s) => {
        const partners = JSON.parse(s.partners) as string[];
        const files = (documents.all(reviewId, s.id) as { document_id: string; file_name: string; role: IntakeFileFacts['role']; size: number }[]).map((d) =>
          fileFacts(d.file_name, d.role, { documentId: d.document_id, sha256: d.document_id, fileName: d.file_name, size: d.size, ...memory.learnt.get(d.document_id) }),
        );
        return applicationFacts(s.id, s.applicant, { partners, categoryId: s.field_id, applicantType: s.applicant_type, files });
      }),
      ...memory.strangers,
    ];
  };
}

function pdfBytes(text: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

async function xlsxBytes(text: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = text;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Where an application is stored: the profile's database and folder, the review and the field. */
export interface StoreTarget {
  readonly db: Database;
  readonly profileDir: string;
  readonly reviewId: string;
  readonly memory: IntakeMemory;
}

/** Stores one 人工智能 application with its five files (申报书 and its scan, 汇总表 and its scan, evidence); `changes` are what the intake learnt differently per role. */
export async function storeApplication(
  target: StoreTarget,
  application: { id: string; position: number; applicant: string; partners: string[] },
  changes: Partial<Record<IntakeFileFacts['role'], Partial<IntakeFileFacts>>> = {},
): Promise<void> {
  const { db, reviewId, memory } = target;
  const { id, applicant, partners } = application;
  db.prepare('INSERT INTO submissions (review_id, id, position, field_id, applicant, partners, title, applicant_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    reviewId, id, application.position, 'ai', applicant, JSON.stringify(partners), `${applicant}人工智能集群培养项目`, 'high-level-college',
  );
  const store = new BlobStore(target.profileDir);
  const roles: [IntakeFileFacts['role'], string][] = [['application', '申报书.pdf'], ['stamped', '申报书盖章版.pdf'], ['summary', '汇总表.xlsx'], ['summary-stamped', '汇总表盖章版.pdf'], ['evidence', '佐证材料.pdf']];
  for (const [role, fileName] of roles) {
    const xlsx = role === 'summary';
    const bytes = xlsx ? await xlsxBytes(`${id} ${role}`) : await pdfBytes(`${id} ${role}`);
    const documentId = addDocument(db, store, { bytes, mediaType: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf', pages: xlsx ? null : 1 });
    // The database keeps a stamped 汇总表 as a stamped file; the intake's facts tell the two apart.
    linkDocument(db, { reviewId, submissionId: id, documentId, role: role === 'summary-stamped' ? 'stamped' : role, title: fileName, fileName });
    memory.learnt.set(documentId, {
      role,
      kind: xlsx ? 'xlsx' : 'pdf',
      ...(role === 'application' ? { pageTexts: applicationPageTexts({ applicant, category: '人工智能', partners }) } : {}),
      ...changes[role],
    });
  }
}
