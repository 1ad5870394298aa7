// The trust feature through the API, as two computers would use it: a coordinator enrols an expert
// from a key card and issues a signed package; the expert imports it, scores, signs, amends, re-signs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import type { Program } from '../../../../shared/domain/program.ts';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { verifySheet } from '../../../../shared/sheets/verify-sheet.ts';
import { rewriteZip } from '../../../support/rewrite-zip.ts';
import { apiOf, finishBuild, scoreEverything, type TestApi, uploadBytes } from '../../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';
const passphrase = '评审专用口令-2026';
let root: string;
let coordinator: AppServices;
let expert: AppServices;
let c: TestApi;
let e: TestApi;
let packageBytes: Uint8Array;
let packageDigest: string;
let expertKey: string;
let recusedSubmission: string;

async function rubricsOf(api: TestApi): Promise<Map<string, Rubric>> {
  const program: Program = await api.value('scoring:program', { reviewId });
  const review = await api.value('reviews:get', { reviewId });
  return new Map(review.submissions.map((s) => [s.id, program.rubrics.find((r) => r.id === program.categories.find((k) => k.id === s.fieldId)?.rubricId)!]));
}

async function exported(version: number): Promise<Uint8Array> {
  const file = await e.value('sheets:export', { reviewId, version });
  expect(file.fileName).toBe(`${reviewId}-expert-1-v${String(version)}.pingshen-sheet.json`);
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-trust-'));
  coordinator = await startAppServices({ dataDir: join(root, 'coordinator'), transport: 'http' });
  // The expert's computer has the built-in demo too: importing the package of the same review replaces it.
  expert = await startAppServices({ dataDir: join(root, 'expert'), transport: 'http' });
  c = apiOf(coordinator);
  e = apiOf(expert);
}, 60_000);

afterAll(() => {
  coordinator?.close();
  expert?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('identity', () => {
  it('is created sealed by a passphrase of at least 8 characters, and never shows the private key', async () => {
    expect(await c.value('identity:get', {})).toMatchObject({ exists: false, sealer: 'passphrase', unlocked: false });
    const short = await c.api('identity:create', { name: '省职教评审秘书处', organisation: '', passphrase: 'short' });
    expect(short).toMatchObject({ ok: false });
    if (!short.ok) expect(short.error.message).toContain('至少需要 8 个字符');
    const created = await c.value('identity:create', { name: '省职教评审秘书处', organisation: '', passphrase });
    expect(created).toMatchObject({ exists: true, unlocked: true, needsPassphrase: false, name: '省职教评审秘书处' });
    expect(created.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(JSON.stringify(created)).not.toMatch(/private/i);
    expect(await c.api('identity:create', { name: 'x', organisation: '', passphrase })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const identityFile = readFileSync(join(root, 'coordinator', 'identity.json'), 'utf8');
    expect(identityFile).toContain('"sealer": "passphrase"');
  });

  it('after a restart needs the passphrase again; a wrong one is refused in Chinese', async () => {
    const again = await startAppServices({ dataDir: join(root, 'coordinator'), transport: 'http', seedDemo: false });
    const a = apiOf(again);
    try {
      expect(await a.value('identity:get', {})).toMatchObject({ exists: true, unlocked: false, needsPassphrase: true });
      expect(await a.api('identity:key-card', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const wrong = await a.api('identity:unlock', { passphrase: '不是这个口令123' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!wrong.ok) expect(wrong.error.message).toContain('口令不正确');
      expect(await a.value('identity:unlock', { passphrase })).toMatchObject({ unlocked: true, needsPassphrase: false });
    } finally {
      again.close();
    }
  });
});

describe('coordinator: roster from key cards, package', () => {
  it('enrols an expert from a verified key card after the fingerprint is confirmed', async () => {
    const me = await e.value('identity:create', { name: '王明', organisation: '安徽职业技术大学', passphrase });
    expertKey = me.publicKey!;
    const card = await e.value('identity:key-card', {});
    expect(card.fileName).toBe(`keycard-${me.fingerprint!.replaceAll(' ', '').slice(0, 8)}.pingshen-keycard.json`);
    const info = await c.value('keycards:inspect', { text: card.text });
    expect(info).toMatchObject({ expertName: '王明', fingerprint: me.fingerprint });
    const tampered = card.text.replace('王明', '王朋');
    expect(await c.api('keycards:inspect', { text: tampered })).toMatchObject({ ok: false, error: { message: expect.stringContaining('签名无效') } });
    const wrongFingerprint = await c.api('experts:enroll', { reviewId, expertId: null, text: card.text, fingerprint: '0000 0000 0000 0000 0000 0000 0000 0000' });
    expect(wrongFingerprint).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const roster = await c.value('experts:enroll', { reviewId, expertId: null, text: card.text, fingerprint: info.fingerprint });
    expect(roster).toHaveLength(1);
    expect(roster[0]).toMatchObject({ id: 'expert-1', name: '王明', publicKey: expertKey, fingerprint: me.fingerprint });
    expect(roster[0]!.submissionIds).toHaveLength(6);
    // The same key cannot stand for a second expert.
    const second = await c.value('experts:save', { reviewId, expertId: null, name: '李华', organisation: '合肥工业大学' });
    expect(await c.api('experts:enroll', { reviewId, expertId: second[1]!.id, text: card.text, fingerprint: info.fingerprint })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('records a known conflict, which ends that assignment', async () => {
    const review = await c.value('reviews:get', { reviewId });
    recusedSubmission = review.submissions[2]!.id;
    const roster = await c.value('experts:conflict', { reviewId, expertId: 'expert-1', submissionId: recusedSubmission, reason: '本人曾在该校任教' });
    expect(roster[0]!.submissionIds).not.toContain(recusedSubmission);
    expect(roster[0]!.conflicts).toEqual([{ submissionId: recusedSubmission, reason: '本人曾在该校任教' }]);
    expect(await c.api('experts:assign', { reviewId, expertId: 'expert-1', submissionIds: [recusedSubmission] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('builds a signed package in the background with progress, downloadable by opaque id', async () => {
    const started = await c.value('packages:build', { reviewId, forExpertId: 'expert-1' });
    expect(started.state).toBe('running');
    const progress = await finishBuild(c, started);
    expect(progress).toMatchObject({ state: 'done', error: null });
    expect(progress.done).toBe(progress.total);
    const output = coordinator.findOutput(progress.output!.id)!;
    expect(output.fileName).toBe(`${reviewId}-expert-1.pingshen-pkg`);
    packageBytes = new Uint8Array(readFileSync(output.path));
    packageDigest = progress.output!.digest;
    expect(await c.value('packages:issued', { reviewId })).toEqual([expect.objectContaining({ digest: packageDigest, presetExpertId: 'expert-1' })]);
  });
});

describe('full package', () => {
  it('carries the known conflicts: once imported they are the expert\'s own 回避 (scoring locked)', async () => {
    const progress = await finishBuild(c, await c.value('packages:build', { reviewId, forExpertId: null }));
    expect(progress.state).toBe('done');
    const other = await startAppServices({ dataDir: join(root, 'other'), transport: 'http', seedDemo: false });
    try {
      const o = apiOf(other);
      const uploadId = await uploadBytes(o, 'full.pingshen-pkg', new Uint8Array(readFileSync(coordinator.findOutput(progress.output!.id)!.path)));
      const preview = await o.value('packages:open', { uploadId });
      expect(preview).toMatchObject({ presetExpertId: null, replacesDemo: false, submissions: 6 });
      expect(preview.experts.map((x) => x.id)).toEqual(['expert-1', 'expert-2']);
      expect(await o.value('packages:import', { uploadId, expertId: 'expert-1', replaceDemo: false })).toEqual({ reviewId, alreadyImported: false });
      const scoring = await o.value('scoring:get', { reviewId, submissionId: recusedSubmission });
      expect(scoring.conflict?.reason).toBe('本人曾在该校任教');
    } finally {
      other.close();
    }
  });
});

describe('expert: open, import, score, sign, amend', () => {
  it('refuses a tampered package with the reason and keeps nothing', async () => {
    const good = join(root, 'good.pingshen-pkg');
    const bad = join(root, 'bad.pingshen-pkg');
    writeFileSync(good, packageBytes);
    await rewriteZip(good, bad, (entries) => {
      const [name, bytes] = [...entries].find(([n]) => n.startsWith('files/'))!;
      entries.set(name, new Uint8Array([...bytes.subarray(0, -1), bytes.at(-1)! ^ 1]));
    });
    const tampered = new Uint8Array(readFileSync(bad));
    const uploadId = await uploadBytes(e, 'bad.pingshen-pkg', tampered);
    const refused = await e.api('packages:open', { uploadId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/评审包已拒绝，未保存任何内容：.*与清单记录不符/);
    expect(await e.api('packages:open', { uploadId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await e.value('reviews:list', {})).map((r) => r.isDemo)).toEqual([true]);
  });

  it('opens the package, shows the roster, and imports it in place of the built-in demo once confirmed', async () => {
    const uploadId = await uploadBytes(e, 'pkg.pingshen-pkg', packageBytes);
    const preview = await e.value('packages:open', { uploadId });
    expect(preview).toMatchObject({ digest: packageDigest, presetExpertId: 'expert-1', replacesDemo: true, alreadyImported: false, submissions: 5 });
    expect(preview.coordinator.fingerprint).toBe((await c.value('identity:get', {})).fingerprint);
    expect(preview.experts).toEqual([expect.objectContaining({ id: 'expert-1', isThisComputer: true })]);
    expect(await e.api('packages:import', { uploadId, expertId: 'expert-1', replaceDemo: false })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await e.value('packages:import', { uploadId, expertId: 'expert-1', replaceDemo: true })).toEqual({ reviewId, alreadyImported: false });
    const reviews = await e.value('reviews:list', {});
    expect(reviews).toEqual([expect.objectContaining({ id: reviewId, isDemo: false, submissionCount: 5 })]);
  });

  it('signs only when everything is scored; the exported bytes verify against the package and the enrolled key', async () => {
    expect(await e.value('sheets:status', { reviewId })).toMatchObject({ signer: { id: 'expert-1', name: '王明' }, packageDigest, demoDigest: false, keyMismatch: false, locked: false, versions: [] });
    expect(await e.api('sheets:sign', { reviewId })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('仍有申报未完成') } });
    await scoreEverything(e, reviewId);
    const status = await e.value('sheets:sign', { reviewId });
    expect(status).toMatchObject({ locked: true, versions: [{ version: 1, supersedes: null, amendedAt: null }] });
    const bytes = await exported(1);
    expect(bytes.at(-1)).toBe(0x0a);
    const roster = await c.value('experts:list', { reviewId });
    const result = verifySheet({
      bytes,
      crypto: nodeCrypto,
      context: { enrolledKeys: new Map(roster.flatMap((x) => (x.publicKey ? [[x.id, x.publicKey] as const] : []))), reviewId, packageDigest, rubrics: await rubricsOf(c) },
    });
    expect(result).toMatchObject({ ok: true, digest: status.versions[0]!.digest });
    if (result.ok) {
      // A per-expert package carries only the expert's assignments: the recused application is not in it.
      expect(result.sheet.conflicts).toEqual([]);
      expect(result.sheet.submissions.map((s) => s.submissionId)).not.toContain(recusedSubmission);
      expect(result.sheet.submissions).toHaveLength(5);
      expect(result.sheet.expert).toEqual({ id: 'expert-1', name: '王明', organisation: '安徽职业技术大学', publicKey: expertKey });
    }
    const view = await e.value('sheets:get', { reviewId, version: 1 });
    expect(view.fingerprint).toBe((await e.value('identity:get', {})).fingerprint);
  });

  it('refuses every scoring edit while the signed version is the newest', async () => {
    const review = await e.value('reviews:get', { reviewId });
    const submissionId = review.submissions[0]!.id;
    const edit = await e.api('scoring:edit', { reviewId, submissionId, edit: { kind: 'overall-comment', comment: '改动' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('第 1 版已签名，评分已锁定') } });
    expect(await e.api('scoring:conflict', { reviewId, submissionId, reason: '忽然想起' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await e.api('sheets:sign', { reviewId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('amends: scoring unlocks, the next signing is version 2 naming the digest of version 1', async () => {
    const v1 = (await e.value('sheets:status', { reviewId })).versions[0]!;
    expect(await e.value('sheets:amend', { reviewId })).toMatchObject({ locked: false });
    await scoreEverything(e, reviewId, 1);
    // Every changed score needs its reason: refused without, nothing stored.
    const refused = await e.api('sheets:sign', { reviewId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('每项都须写明修改理由') } });
    expect((await e.value('sheets:status', { reviewId })).versions).toHaveLength(1);
    const changes = await e.value('sheets:changes', { reviewId });
    expect(changes.previousVersion).toBe(1);
    const changed = changes.scores.filter((c) => c.changed);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed[0]).toMatchObject({ from: expect.any(Number), to: expect.any(Number), applicant: expect.any(String), criterionTitle: expect.any(String) });
    const reasons = changed.map((c) => ({ submissionId: c.submissionId, criterionId: c.criterionId, reason: `复议后调整：${c.criterionTitle}` }));
    const status = await e.value('sheets:sign', { reviewId, reasons });
    expect(status.versions.map((v) => v.version)).toEqual([1, 2]);
    const v2Sheet = (await e.value('sheets:get', { reviewId, version: 2 })).sheet;
    expect(v2Sheet.revisions).toHaveLength(changed.length);
    expect(v2Sheet.revisions?.[0]).toEqual({ submissionId: changed[0]!.submissionId, criterionId: changed[0]!.criterionId, from: changed[0]!.from, reason: reasons[0]!.reason });
    expect(status.versions[1]).toMatchObject({ supersedes: v1.digest, amendedAt: null });
    const known = [{ expertId: 'expert-1', version: 2, digest: status.versions[1]!.digest, supersedes: v1.digest }];
    expect(verifySheet({ bytes: await exported(1), crypto: nodeCrypto, context: { knownSheets: known } })).toMatchObject({ ok: true, superseded: true });
    expect(verifySheet({ bytes: await exported(2), crypto: nodeCrypto, context: { packageDigest } })).toMatchObject({ ok: true, superseded: false });
  });
});
