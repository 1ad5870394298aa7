import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../shared/api/dispatch.ts';
import { startAppServices } from '../../../../electron/services/app-services.ts';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { runAndKill } from '../../../support/run-and-kill.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const reviewId = 'demo-2026-anhui';

/** Runs the writer, kills it with SIGKILL after `afterMs`, and returns the last acknowledged edit per key. */
async function runEditsAndKill(dataDir: string, firstN: number, targets: string[], afterMs: number): Promise<Map<string, number>> {
  const acked = new Map<string, number>();
  for (const line of await runAndKill('edit-writer.ts', [dataDir, reviewId, String(firstN), ...targets], afterMs)) {
    const match = /^ack (\d+) (\S+) (\S+)$/.exec(line);
    if (match) acked.set(`${match[2]}/${match[3]}`, Number(match[1]));
  }
  return acked;
}

describe('durability of the expert edits', () => {
  it('keeps every acknowledged edit through repeated kill -9, with an intact database', async () => {
    const dataDir = tempDir();
    const services = await startAppServices({ dataDir, transport: 'http' });
    const overview = await dispatchCall(services.handlers, 'scoring:program', { reviewId });
    if (!overview.ok) throw new Error(overview.error.message);
    const criteria = (overview.value as { rubrics: { sections: { criteria: { id: string }[] }[] }[] }).rubrics[0]!.sections.flatMap((s) => s.criteria.map((c) => c.id));
    const review = await dispatchCall(services.handlers, 'reviews:get', { reviewId });
    if (!review.ok) throw new Error(review.error.message);
    const submissions = (review.value as { submissions: { id: string }[] }).submissions.map((s) => s.id);
    services.close();
    const targets = submissions.slice(0, 3).flatMap((s) => criteria.slice(0, 4).map((c) => `${s}/${c}`));

    const lastAcked = new Map<string, number>();
    let totalAcked = 0;
    for (let round = 0; round < 12; round++) {
      // Random moments, from right after start-up to well into the edit stream.
      const acked = await runEditsAndKill(dataDir, round * 1_000_000, targets, Math.floor(Math.random() * 400));
      for (const [key, n] of acked) lastAcked.set(key, n);
      totalAcked += acked.size;

      const db = new Database(join(dataDir, databaseFileName));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const [key, n] of lastAcked) {
        const [submissionId, criterionId] = key.split('/');
        const row = db.prepare('SELECT comment FROM scores WHERE review_id = ? AND submission_id = ? AND criterion_id = ?').get(reviewId, submissionId, criterionId) as
          | { comment: string }
          | undefined;
        // The stored edit is the acknowledged one or a later one that committed just before the kill.
        const stored = Number(/^第(\d+)次修改$/.exec(row?.comment ?? '')?.[1] ?? -1);
        expect(stored, `${key} lost acknowledged edit ${n}`).toBeGreaterThanOrEqual(n);
      }
      db.close();
    }
    expect(totalAcked).toBeGreaterThan(0);
    // Twelve child processes started and killed: on a loaded CI machine that alone nears a minute.
  }, 180_000);
});
