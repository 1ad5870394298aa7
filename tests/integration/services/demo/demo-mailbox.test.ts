// The demo mailbox (pingshen demo --out DIR → 邮箱附件/) as the coordinator's first week would meet
// it: zips made on Chinese Windows, stamped scans, the 汇总表 of everything, and exactly the defects
// docs/demo.md lists, each found by the formal check through `pingshen intake`, nothing else.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoEntries } from '../../../../shared/domain/demo-review.ts';
import { formalCheckRuleIds } from '../../../../shared/domain/formal-check-rules.ts';
import { loadDemoReview } from '../../../../electron/services/demo/load-demo-review.ts';
import { MAILBOX_FOLDER, mailboxDefects, mailboxSentAt, writeDemoMailbox } from '../../../../electron/services/demo/write-demo-mailbox.ts';
import type { IntakeReportJson } from '../../../../electron/services/intake/intake-report.ts';
import { rootDir } from '../../../support/corpus.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const demo = loadDemoReview();

/** The names of a zip's central directory entries with their general purpose flags. */
function centralNames(zip: Buffer): { flags: number; name: Buffer }[] {
  const out: { flags: number; name: Buffer }[] = [];
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const length = zip.readUInt16LE(at + 28);
    out.push({ flags: zip.readUInt16LE(at + 8), name: zip.subarray(at + 46, at + 46 + length) });
  }
  return out;
}

describe('the demo mailbox', () => {
  it('holds one GBK-named zip per applicant and the 汇总表, the loose file dated before the deadline', async () => {
    const out = tempDir();
    const written = await writeDemoMailbox(out);
    const dir = join(out, MAILBOX_FOLDER);
    expect(readdirSync(dir).sort()).toEqual([...demoEntries(demo).map((e) => `${String(e.index).padStart(2, '0')}-${e.submission.applicant}.zip`), '申报信息汇总表.xlsx'].sort());
    expect(written.map((f) => f.path).every((p) => p.startsWith(`${MAILBOX_FOLDER}/`))).toBe(true);
    expect(statSync(join(dir, '申报信息汇总表.xlsx')).mtime.getTime()).toBe(mailboxSentAt(demo).getTime());
    const names = centralNames(readFileSync(join(dir, readdirSync(dir).find((n) => n.startsWith('01-'))!)));
    // As Chinese Windows writes them: no UTF-8 flag, names in GBK (申 is 0xC9EA).
    expect(names.every((n) => (n.flags & 0x0800) === 0)).toBe(true);
    expect(names.some((n) => n.name.subarray(0, 2).equals(Buffer.from([0xc9, 0xea])))).toBe(true);
  });

  it('pingshen intake finds exactly the defects docs/demo.md lists: each rule fails where it should, and nowhere else', async () => {
    const out = tempDir();
    await writeDemoMailbox(out);
    const run = spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'intake', '--program', 'anhui-2026-high-skill-clusters', '--deadline', demo.review.deadline, join(out, MAILBOX_FOLDER), '--json'], { encoding: 'utf8', timeout: 180_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as IntakeReportJson;
    expect(report.refused).toEqual([]);
    const applicantOf = new Map(demo.review.submissions.map((s) => [s.id, s.applicant]));
    const expected = new Set(mailboxDefects(demo).map((d) => `${applicantOf.get(d.submissionId) ?? ''} ${d.rule}`));
    const failed = new Set(report.applicants.flatMap((a) => a.results.filter((r) => r.result === 'fail').map((r) => `${a.name} ${r.rule}`)));
    expect([...failed].sort()).toEqual([...expected].sort());
    // Every applicant's files were found (zips decoded), every rule ran, and no warning is left: the scans' seals were found.
    expect(report.applicants.map((a) => a.name).sort()).toEqual(demo.review.submissions.map((s) => s.applicant).sort());
    for (const applicant of report.applicants) {
      expect(applicant.results.map((r) => r.rule).sort()).toEqual([...formalCheckRuleIds].sort());
      expect(applicant.results.filter((r) => r.result === 'warn')).toEqual([]);
      expect(applicant.files.some((f) => f.path.includes('.zip/申报书.pdf') && f.role === 'application')).toBe(true);
    }
  }, 200_000);
});
