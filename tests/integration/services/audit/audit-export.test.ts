// The audit trail out of the app: the hash-chained log exported as JSON lines (and an xlsx sheet to
// read); `pingshen audit verify` finds an edited, a deleted and a reordered row, naming the first.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoExperts, demoKey } from '../../../../electron/services/demo/demo-experts.ts';
import { makeKeyCard } from '../../../../electron/services/identity/key-card.ts';
import { rootDir } from '../../../support/corpus.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';

const reviewId = 'demo-2026-anhui';
const profile = useServicesProfile('pingshen-audit-');

function verify(file: string) {
  const run = spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'audit', 'verify', '--json', file], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, report: JSON.parse(run.stdout) as { ok: boolean; rows?: number; lastHash?: string; index?: number; seq?: number; reason?: string; message?: string } };
}

describe('the audit log, exported and checked', () => {
  let lines: string[];
  let file: (name: string, content: string[]) => string;

  it('exports every row as JSON lines; pingshen audit verify finds the chain whole and prints the last hash the app reported', async () => {
    for (const e of demoExperts.slice(0, 3)) {
      const card = makeKeyCard({ expertName: e.name, organisation: e.organisation, privateKeyPkcs8: demoKey(e.id).privateKeyPkcs8 });
      await profile.api.value('experts:enroll', { reviewId, expertId: null, text: new TextDecoder().decode(card.bytes), fingerprint: card.card.fingerprint });
    }
    const exported = await profile.api.value('audit:export', { format: 'jsonl' });
    expect(exported.fileName).toMatch(/^pingshen-audit-\d{4}-\d{2}-\d{2}\.jsonl$/);
    lines = Buffer.from(exported.base64, 'base64').toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(exported.rows);
    expect(lines.filter((l) => l.includes('"action":"expert.enrolled"'))).toHaveLength(3);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    file = (name, content) => {
      const path = join(profile.root, name);
      writeFileSync(path, `${content.join('\n')}\n`);
      return path;
    };
    expect(verify(file('whole.jsonl', lines))).toEqual({ status: 0, report: { ok: true, rows: lines.length, lastHash: exported.lastHash } });
    // The export is itself audited, with the last hash it wrote.
    const again = Buffer.from((await profile.api.value('audit:export', { format: 'jsonl' })).base64, 'base64').toString('utf8').trim().split('\n');
    expect(JSON.parse(again.at(-1)!)).toMatchObject({ action: 'audit.exported', detail: expect.stringContaining(exported.lastHash!) });
  });

  it('an edited row is named: its content no longer matches its hash', () => {
    const edited = [...lines];
    edited[1] = edited[1]!.replace(/"at":"[^"]+"/, '"at":"2020-01-01T00:00:00.000Z"');
    expect(verify(file('edited.jsonl', edited))).toMatchObject({ status: 1, report: { ok: false, index: 2, reason: 'edited', message: expect.stringContaining('第 2 行') } });
  });

  it('a deleted row is found at the row after it, which no longer links to the one before', () => {
    const deleted = lines.filter((_, i) => i !== 1);
    const seq = (JSON.parse(lines[2]!) as { seq: number }).seq;
    expect(verify(file('deleted.jsonl', deleted))).toMatchObject({ status: 1, report: { ok: false, index: 2, seq, reason: 'link' } });
  });

  it('two rows swapped are found at the first of them', () => {
    const swapped = [...lines];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(verify(file('swapped.jsonl', swapped))).toMatchObject({ status: 1, report: { ok: false, index: 2, reason: 'link' } });
    // The same rows renumbered to look in order still fail: the hash covers the link, not the number.
    const renumbered = swapped.map((l, i) => l.replace(/"seq":\d+/, `"seq":${String(i + 1)}`));
    expect(verify(file('renumbered.jsonl', renumbered)).report).toMatchObject({ ok: false, index: 2 });
  });

  it('a file that is not an exported log says so; bad usage exits 2', () => {
    expect(verify(file('not-a-log.jsonl', ['{"hello":1}']))).toMatchObject({ status: 1, report: { ok: false, reason: 'format', message: expect.stringContaining('pingshen.audit/1') } });
    const usage = spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'audit', 'check', 'x'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(readFileSync(join(profile.root, 'whole.jsonl'), 'utf8')).toContain('pingshen.audit/1');
  });

  it('exports the same rows as an xlsx sheet to read and filter', async () => {
    const exported = await profile.api.value('audit:export', { format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.getRow(2).values).toEqual([undefined, '序号', '时间', '动作', '对象', '详情', '前一行摘要', '本行摘要']);
    expect(sheet.rowCount - 2).toBe(exported.rows);
    expect(sheet.getCell(sheet.rowCount, 7).value).toBe(exported.lastHash);
  });
});
