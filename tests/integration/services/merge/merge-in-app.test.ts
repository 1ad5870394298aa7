// The coordinator's merge in the app, through the API on real services, SQLite and signatures.
// Sheets held back (issue 12 §1): a key not enrolled for its expert waits for the coordinator to
// compare its fingerprint in person; two different sheets of one version wait for a choice; a final
// list takes no new sheet. Then the review's own merge settings: rule and where trimming applies.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { expertCopyId } from '../../../../electron/services/packages/package-place.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import { signSheet } from '../../../../electron/services/sheets/sign-sheet.ts';
import { fingerprintOf } from '../../../../shared/crypto/fingerprint.ts';
import type { ScoreSheet, UnsignedScoreSheet } from '../../../../shared/sheets/sheet-schema.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';
import { testKeys, type TestKeys } from '../../../support/sheet-fixture.ts';
import { finishBuild, scoreEverything, uploadBytes } from '../../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';
const profile = useServicesProfile('pingshen-merge-held-');

/** A copy of a sheet as another expert would sign it with their own key. */
function signedAs(sheet: ScoreSheet, keys: TestKeys, expert: { id: string; name: string }, change: (s: UnsignedScoreSheet) => UnsignedScoreSheet = (s) => s) {
  const { signature: _signature, ...unsigned } = sheet;
  const signed = signSheet(change({ ...unsigned, expert: { ...unsigned.expert, ...expert, organisation: '合肥工业大学', publicKey: keys.publicKey } }), keys.privateKeyPkcs8, keys.publicKeyRaw);
  return { fileName: `${expert.id}-v${String(signed.sheet.version)}-${signed.digest.slice(0, 6)}.pingshen-sheet.json`, base64: Buffer.from(signed.bytes).toString('base64'), digest: signed.digest };
}

function audited(action: string): Record<string, unknown>[] {
  const db = new Database(join(profile.root, 'profile', databaseFileName), { readonly: true });
  const rows = db.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { detail: string }[];
  db.close();
  return rows.map((r) => JSON.parse(r.detail) as Record<string, unknown>);
}

describe('sheets held back at the merge', () => {
  let own: ScoreSheet;
  const lihua = { id: 'expert-2', name: '李华' };
  const keys = testKeys();
  const fingerprint = fingerprintOf(nodeCrypto, keys.publicKeyRaw);
  let first: ReturnType<typeof signedAs>;
  let second: ReturnType<typeof signedAs>;

  it('set-up: the coordinator is expert 1 (key enrolled); 李华 (expert 2) has no key; expert 1 signs in the package copy', async () => {
    const { api } = profile;
    await api.value('identity:create', { name: '王明', organisation: '安徽职业技术大学', passphrase: '评审专用口令-2026' });
    const card = await api.value('identity:key-card', {});
    const info = await api.value('keycards:inspect', { text: card.text });
    await api.value('experts:enroll', { reviewId, expertId: null, text: card.text, fingerprint: info.fingerprint });
    await api.value('experts:save', { reviewId, expertId: null, name: '李华', organisation: '合肥工业大学' });
    const progress = await finishBuild(api, await api.value('packages:build', { reviewId, forExpertId: null }));
    const bytes = readFileSync(profile.services.findOutput(progress.output!.id)!.path);
    const uploadId = await uploadBytes(api, 'full.pingshen-pkg', new Uint8Array(bytes));
    await api.value('packages:open', { uploadId });
    await api.value('packages:import', { uploadId, expertId: 'expert-1', replaceDemo: false });
    await scoreEverything(api, expertCopyId(reviewId));
    await api.value('sheets:sign', { reviewId: expertCopyId(reviewId) });
    const file = await api.value('sheets:export', { reviewId: expertCopyId(reviewId), version: 1 });
    own = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as ScoreSheet;
    expect((await api.value('merge:receive', { reviewId, files: [file] })).report.counted).toHaveLength(1);
  }, 120_000);

  it('a sheet signed by a key not enrolled for its expert is held, not refused: stored, not counted, its fingerprint shown', async () => {
    first = signedAs(own, keys, lihua);
    const view = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: first.fileName, base64: first.base64 }] });
    expect(view.lastDrop).toEqual({ stored: 1, held: 1, unchanged: 0, refused: [] });
    expect(view.held).toEqual([expect.objectContaining({ kind: 'key', expertId: 'expert-2', name: '李华', version: 1, digest: first.digest, fingerprint, reason: expect.stringContaining('尚未登记'), why: expect.objectContaining({ key: 'sheet-refusals.key-not-enrolled' }) })]);
    expect(view.report.counted.map((c) => c.expertId)).toEqual(['expert-1']);
    expect(view.report.refused).toEqual([]);
    expect(view.board.find((r) => r.expertId === 'expert-2')!.cells.map((c) => c.state)).toContain('held');
    expect(audited('sheet.held')).toEqual([expect.objectContaining({ digest: first.digest, expertId: 'expert-2', fingerprint })]);
    // Received again: nothing changes.
    expect((await profile.api.value('merge:receive', { reviewId, files: [{ fileName: first.fileName, base64: first.base64 }] })).lastDrop).toEqual({ stored: 0, held: 0, unchanged: 1, refused: [] });
  });

  it('confirming needs the very fingerprint; then the sheet counts, at first sight, audited', async () => {
    expect(await profile.api.api('merge:confirm-key', { reviewId, expertId: 'expert-2', fingerprint: '0000 1111' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await profile.api.api('merge:confirm-key', { reviewId, expertId: 'expert-1', fingerprint })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Read out without spaces, in capitals: the same fingerprint.
    const view = await profile.api.value('merge:confirm-key', { reviewId, expertId: 'expert-2', fingerprint: fingerprint.replaceAll(' ', '').toUpperCase() });
    expect(view.held).toEqual([]);
    expect(view.report.counted.find((c) => c.expertId === 'expert-2')).toMatchObject({ digest: first.digest, firstSight: true, fingerprint });
    expect(audited('merge.key-confirmed')).toEqual([expect.objectContaining({ expertId: 'expert-2', fingerprint, publicKey: keys.publicKey, sheets: [first.digest] })]);
  });

  it('one key stands for one expert: the same key claimed for another id is held, and cannot be confirmed for it', async () => {
    const stranger = signedAs(own, keys, { id: 'expert-9', name: '赵六' });
    const view = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: stranger.fileName, base64: stranger.base64 }] });
    expect(view.held.map((h) => h.expertId)).toEqual(['expert-9']);
    expect(await profile.api.api('merge:confirm-key', { reviewId, expertId: 'expert-9', fingerprint })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('一把公钥只能代表一位专家') } });
  });

  it('a held sheet the coordinator will not take is set aside with a reason: removed, audited; received again it is held again', async () => {
    expect(await profile.api.api('merge:set-aside', { reviewId, expertId: 'expert-9', fingerprint, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', domainCode: 'merge.set-aside-reason' } });
    expect(await profile.api.api('merge:set-aside', { reviewId, expertId: 'expert-9', fingerprint: '0000 1111', reason: '指纹不符' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const stranger = signedAs(own, keys, { id: 'expert-9', name: '赵六' });
    const view = await profile.api.value('merge:set-aside', { reviewId, expertId: 'expert-9', fingerprint: fingerprint.toUpperCase(), reason: '名单中没有这位专家，公钥卡不符' });
    expect(view.held.filter((h) => h.expertId === 'expert-9')).toEqual([]);
    expect(view.report.counted.map((c) => c.expertId)).not.toContain('expert-9');
    expect(audited('merge.sheet-set-aside')).toEqual([
      expect.objectContaining({ expertId: 'expert-9', name: '赵六', fingerprint, reason: '名单中没有这位专家，公钥卡不符', sheets: [{ file: stranger.fileName, digest: stranger.digest, version: 1 }] }),
    ]);
    // Nothing of it kept: received again, it is new and held again.
    const again = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: stranger.fileName, base64: stranger.base64 }] });
    expect(again.lastDrop).toMatchObject({ stored: 1, held: 1 });
    expect(again.held.map((h) => h.expertId)).toContain('expert-9');
  });

  it('two different sheets of one version are both held, naming each other, until the coordinator chooses one with a reason; the other is kept', async () => {
    second = signedAs(own, keys, lihua, (s) => ({ ...s, submissions: s.submissions.map((x, i) => (i === 0 ? { ...x, overallComment: '复核后补充的评语' } : x)) }));
    const view = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: second.fileName, base64: second.base64 }] });
    const conflicts = view.held.filter((h) => h.kind === 'conflict');
    expect(conflicts.map((h) => [h.digest, h.others.map((o) => o.digest)])).toEqual(expect.arrayContaining([[first.digest, [second.digest]], [second.digest, [first.digest]]]));
    expect(conflicts[0]!.reason).toContain('内容不同');
    expect(view.report.counted.map((c) => c.expertId)).toEqual(['expert-1']);
    expect(view.board.find((r) => r.expertId === 'expert-2')!.cells.map((c) => c.state)).toContain('conflict');
    const choose = (digest: string, reason: string) => profile.api.api('merge:choose-version', { reviewId, expertId: 'expert-2', version: 1, digest, reason });
    expect(await choose(second.digest, ' ')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await choose('ab'.repeat(32), '已核对')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const chosen = await choose(second.digest, '已电话与专家确认，第二份为最终评分');
    expect(chosen.ok).toBe(true);
    if (!chosen.ok) return;
    expect(chosen.value.held.filter((h) => h.kind === 'conflict')).toEqual([]);
    expect(chosen.value.report.counted.find((c) => c.expertId === 'expert-2')).toMatchObject({ digest: second.digest });
    expect(chosen.value.notChosen).toEqual([{ file: first.fileName, expertId: 'expert-2', version: 1, chosen: second.fileName }]);
    expect(audited('merge.version-chosen')).toEqual([{ expertId: 'expert-2', version: 1, digest: second.digest, others: [first.digest], reason: '已电话与专家确认，第二份为最终评分' }]);
  });

  it('a new sheet for a category whose list is final is refused with the reason, and nothing of it is kept', async () => {
    const view = await profile.api.value('merge:get', { reviewId });
    const category = view.report.categories.find((c) => c.ranking.some((a) => a.experts.some((e) => e.expertId === 'expert-2')))!;
    for (const a of category.ranking) await profile.api.value('merge:decide', { reviewId, submissionId: a.submissionId, decision: 'reserve', reason: '测试：暂列候补' });
    await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: true });
    const v2 = signedAs(own, keys, lihua, (s) => ({ ...s, version: 2, supersedes: second.digest }));
    const after = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: v2.fileName, base64: v2.base64 }] });
    expect(after.lastDrop).toMatchObject({ stored: 0, held: 0, refused: [{ file: v2.fileName, reason: expect.stringContaining(`「${category.name}」的推荐名单已确定`) }] });
    expect(after.report.counted.find((c) => c.expertId === 'expert-2')).toMatchObject({ version: 1, digest: second.digest });
    // Reopened, the same file is taken.
    await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: false });
    const reopened = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: v2.fileName, base64: v2.base64 }] });
    expect(reopened.report.counted.find((c) => c.expertId === 'expert-2')).toMatchObject({ version: 2 });
  });
});

describe("a review's merge settings", () => {
  it("start as the program's rule, trimming on the totals; a change is stored, audited and ranks the merge", async () => {
    const view = await profile.api.value('merge:get', { reviewId });
    expect(view.settings).toMatchObject({ rule: view.settings.programRule, trimOn: 'totals' });
    const changed = await profile.api.value('merge:settings', { reviewId, rule: 'median', trimOn: 'criteria' });
    expect(changed.settings).toMatchObject({ rule: 'median', trimOn: 'criteria' });
    expect(changed.report.rule).toBe('median');
    expect((await profile.api.value('merge:get', { reviewId })).settings).toEqual(changed.settings);
    // The same settings again: nothing to audit.
    await profile.api.value('merge:settings', { reviewId, rule: 'median', trimOn: 'criteria' });
    expect(audited('merge.settings-changed')).toEqual([{ before: { rule: view.settings.programRule, trimOn: 'totals' }, after: { rule: 'median', trimOn: 'criteria' } }]);
  });

  it('the Excel, while trimming per criterion, carries 单项得分 for its trimmed-mean formulas', async () => {
    const exported = await profile.api.value('merge:export-xlsx', { reviewId });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['专家评分汇总表', '推荐名单', '单项得分', '评分明细', '签名与校验']);
  });

  it('cannot change while a list is final', async () => {
    const view = await profile.api.value('merge:get', { reviewId });
    const category = view.report.categories[0]!;
    for (const a of category.ranking) await profile.api.value('merge:decide', { reviewId, submissionId: a.submissionId, decision: 'reserve', reason: '测试：暂列候补' });
    await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: true });
    expect(await profile.api.api('merge:settings', { reviewId, rule: 'mean', trimOn: 'totals' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('重新打开') } });
    await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: false });
    expect((await profile.api.value('merge:settings', { reviewId, rule: 'mean', trimOn: 'totals' })).report.rule).toBe('mean');
  });

  it('the signed result says where the trimmed mean trimmed: trimOn criteria when per criterion, absent for totals', async () => {
    const signedWith = async (trimOn: 'totals' | 'criteria') => {
      let view = await profile.api.value('merge:settings', { reviewId, rule: 'trimmed-mean', trimOn });
      for (const category of view.report.categories) {
        for (const a of category.ranking) await profile.api.value('merge:decide', { reviewId, submissionId: a.submissionId, decision: 'reserve', reason: '测试：暂列候补' });
        view = await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: true });
      }
      const file = await profile.api.value('merge:sign-result', { reviewId });
      for (const category of view.report.categories) await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: false });
      return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as Record<string, unknown>;
    };
    expect(await signedWith('criteria')).toMatchObject({ rule: 'trimmed-mean', trimOn: 'criteria' });
    expect(await signedWith('totals')).not.toHaveProperty('trimOn');
  });
});
