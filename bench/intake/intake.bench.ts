// The import of a large call's mailbox: INTAKE_BENCH_APPLICANTS (default 200) applicant folders of
// 5 PDFs each (a 申报书 with its cover, a stamped scan and three scanned 佐证材料 of about 1 MiB of
// incompressible image each), imported through the real intake service (hash into the store, pdf.js
// probe of every PDF, the seal check of the stamped ones, match, commit), against `sha256sum` over the same files
// in the same run (issue 11's goal: at least 0.5× its throughput, memory flat in the bundle's size).
// Figures, not assertions. Run alone: `node bench/intake/intake.bench.ts`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/services/db/open-database.ts';
import { writePng } from '../../electron/services/demo/write-png.ts';
import { BlobStore } from '../../electron/services/documents/blob-store.ts';
import { createIntakeService } from '../../electron/services/intake/intake-service.ts';
import { locateCjkFonts } from '../../electron/services/pdf-write/cjk-font.ts';
import { pdfkitBytes } from '../../electron/services/pdf-write/pdfkit-bytes.ts';
import { installProgramTemplates } from '../../electron/services/programs/install-templates.ts';
import { createReview } from '../../electron/services/reviews/reviews-service.ts';
import { machineLine, mib } from '../support/figures.ts';

const APPLICANTS = Number(process.env.INTAKE_BENCH_APPLICANTS ?? 200);

/** A scanned page of grey noise (about 1 MiB that does not compress) with a red seal. */
async function scanPdf(): Promise<Buffer> {
  const side = 1000;
  const noise = randomBytes(side * side);
  const png = writePng(side, side, (x, y) => {
    if (Math.abs(Math.hypot(x - 750, y - 800) - 80) < 8) return [196, 38, 42];
    const v = noise[y * side + x] ?? 0;
    return [v, v, v];
  });
  return pdfkitBytes((doc) => doc.addPage().image(png, 0, 0, { width: 595, height: 842 }));
}

/** Writes the mailbox: one folder per applicant; each file made unique by a trailing comment (a new SHA-256). */
async function writeMailbox(dir: string): Promise<{ files: string[]; bytes: number }> {
  const fonts = locateCjkFonts();
  const scan = await scanPdf();
  const files: string[] = [];
  let bytes = 0;
  for (let n = 1; n <= APPLICANTS; n++) {
    const school = `测试${String(n).padStart(3, '0')}职业技术学院`;
    const folder = join(dir, `${String(n).padStart(3, '0')}-${school}`);
    mkdirSync(folder, { recursive: true });
    const cover = await pdfkitBytes((doc) => {
      doc.registerFont('cjk', fonts.regular);
      doc.addPage().font('cjk').fontSize(14).text(['附件 2', '安徽省职业教育高技能人才集群培养计划', '申  报  书', '申报领域：人工智能', `牵头单位：${school}（盖章）`].join('\n'), 72, 72);
    });
    const named: [string, Buffer][] = [['申报书.pdf', cover], ['申报书（盖章版）.pdf', scan], ['佐证材料-1.pdf', scan], ['佐证材料-2.pdf', scan], ['佐证材料-3.pdf', scan]];
    for (const [name, data] of named) {
      const path = join(folder, name);
      const unique = Buffer.concat([data, Buffer.from(`\n%pingshen-bench ${String(n)} ${name}\n`)]);
      writeFileSync(path, unique);
      files.push(path);
      bytes += unique.length;
    }
  }
  return { files, bytes };
}

/** Times the import and `sha256sum` over the same files; returns markdown rows. */
export async function intakeBench(): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'pingshen-intake-bench-'));
  try {
    const mailbox = join(scratch, '邮箱附件');
    const { files, bytes } = await writeMailbox(mailbox);
    // sha256sum reads from the page cache as the import will: both after the files were just written.
    const hashStarted = performance.now();
    const hashed = spawnSync('sha256sum', files, { maxBuffer: 64 * 1024 * 1024 });
    const hashMs = performance.now() - hashStarted;
    if (hashed.status !== 0) throw new Error(`sha256sum: ${hashed.stderr.toString()}`);

    const dataDir = join(scratch, 'profile');
    const db = openDatabase(dataDir);
    installProgramTemplates(db);
    const intake = createIntakeService({ db, store: new BlobStore(dataDir), dataDir });
    const review = createReview(db, { title: '导入基准', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 10 }], deadline: '2099-12-31' });
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
    const started = performance.now();
    const job = intake.start(review.id, [mailbox]);
    const scanned = await intake.settled(job.jobId);
    if (scanned.state !== 'done') throw new Error(`intake: ${String(scanned.error)}`);
    const scanMs = performance.now() - started;
    const outcome = intake.commit(job.jobId, []);
    const totalMs = performance.now() - started;
    clearInterval(sampler);
    db.close();
    const stored = outcome.applications.reduce((sum, a) => sum + a.added, 0);
    const throughput = (ms: number) => mib(bytes) / (ms / 1000);
    return [
      `| sha256sum over the ${String(files.length)} files (${mib(bytes).toFixed(0)} MiB) | ${hashMs.toFixed(0)} | ${throughput(hashMs).toFixed(0)} MiB/s | |`,
      `| import: scan (hash into the store, pdf.js probe of every PDF, seal check of the stamped ones, match) | ${scanMs.toFixed(0)} | ${throughput(scanMs).toFixed(0)} MiB/s | |`,
      `| import: scan + commit (${String(outcome.applications.length)} applications, ${String(stored)} files stored) | ${totalMs.toFixed(0)} | ${throughput(totalMs).toFixed(0)} MiB/s (${(hashMs / totalMs).toFixed(2)}× sha256sum) | rss +${mib(rssPeak - rssBefore).toFixed(0)} MiB |`,
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const rows = await intakeBench();
  console.log(`${machineLine()}, ${String(APPLICANTS)} applicants × 5 PDFs\n`);
  console.log('| intake | ms | throughput | memory |');
  console.log('| --- | --- | --- | --- |');
  for (const line of rows) console.log(line);
}
