// Child process for the intake's kill -9 test: imports the same drop into a new review again and
// again through the real intake service, printing `ack <review> <files>` only after each commit
// returned (its transaction committed). The parent kills it with SIGKILL at a random moment.
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/services/db/open-database.ts';
import { BlobStore } from '../../electron/services/documents/blob-store.ts';
import { createIntakeService } from '../../electron/services/intake/intake-service.ts';
import { installProgramTemplates } from '../../electron/services/programs/install-templates.ts';
import { createReview } from '../../electron/services/reviews/reviews-service.ts';

const [dataDir, drop] = process.argv.slice(2);
if (!dataDir || !drop) throw new Error('usage: intake-writer DATA_DIR DROP');
const db = openDatabase(dataDir);
installProgramTemplates(db);
const intake = createIntakeService({ db, store: new BlobStore(dataDir), dataDir });
writeSync(1, 'ready\n');
for (;;) {
  const review = createReview(db, { title: '导入耐久性', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 6 }], deadline: '2026-05-25' });
  const started = intake.start(review.id, [join(drop)]);
  const scanned = await intake.settled(started.jobId);
  if (scanned.state !== 'done') throw new Error(String(scanned.error));
  const outcome = intake.commit(started.jobId, []);
  writeSync(1, `ack ${review.id} ${outcome.applications.reduce((n, a) => n + a.added, 0)}\n`);
}
