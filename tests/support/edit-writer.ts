// Child process for the durability test: applies scoring edits through the real service table as
// fast as it can and prints `ack <n> <submission> <criterion>` only after each edit has returned,
// i.e. after its transaction committed. The parent kills it with SIGKILL at a random moment.
import { writeSync } from 'node:fs';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import { startAppServices } from '../../electron/services/app-services.ts';

const [dataDir, reviewId, first, ...targets] = process.argv.slice(2);
if (!dataDir || !reviewId || !first || targets.length === 0) throw new Error('usage: edit-writer DATA_DIR REVIEW_ID FIRST_N SUBMISSION/CRITERION…');
const services = await startAppServices({ dataDir, transport: 'http', seedDemo: false });
writeSync(1, 'ready\n');
// Numbers keep rising across runs (FIRST_N), so a later run's edits always count as later.
for (let n = Number(first); ; n++) {
  const [submissionId, criterionId] = (targets[n % targets.length] as string).split('/') as [string, string];
  const result = await dispatchCall(services.handlers, 'scoring:edit', { reviewId, submissionId, edit: { kind: 'comment', criterionId, comment: `第${n}次修改` } });
  if (!result.ok) throw new Error(result.error.message);
  writeSync(1, `ack ${n} ${submissionId} ${criterionId}\n`);
}
